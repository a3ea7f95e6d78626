/** Why a report cannot be made. */
export type ReportReason = "cannot-write" | "unknown-run"

declare module "@valuelens/core" {
  interface BadInputReasons extends Record<ReportReason, true> {}
}
