/** Why the store refuses a project: its folder, its configuration and its database. */
export type StoreReason =
  | "cannot-create"
  | "invalid-config"
  | "missing-database"
  | "not-a-project"
  | "not-a-project-database"
  | "password-in-url"
  | "project-exists"
  | "project-too-new"
  | "unsupported-storage"

declare module "@valuelens/core" {
  interface BadInputReasons extends Record<StoreReason, true> {}
}
