/** Why a REFI-QDA project or codebook is refused on import or export. */
export type RefiReason =
  | "absolute-path"
  | "invalid-codebook"
  | "invalid-export"
  | "invalid-refi"
  | "invalid-utf8"
  | "malformed-xml"
  | "missing-file"
  | "no-codes"
  | "path-traversal"
  | "unreadable-docx"
  | "unreadable-file"
  | "unsafe-xml"
  | "unsupported-file"

declare module "@valuelens/core" {
  interface BadInputReasons extends Record<RefiReason, true> {}
}
