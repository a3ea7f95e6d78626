/** Why a command refuses its flags, arguments or the files it reads itself (beyond what the packages check). */
export type CliReason =
  | "ambiguous-name"
  | "cannot-write"
  | "conflicting-flags"
  | "folder-not-empty"
  | "invalid-csv"
  | "invalid-iso3"
  | "invalid-name"
  | "invalid-near"
  | "invalid-offsets"
  | "invalid-pattern"
  | "invalid-place"
  | "invalid-saturation-options"
  | "invalid-status"
  | "invalid-threshold"
  | "missing-corpus"
  | "nothing-chosen"
  | "unknown-code"
  | "unknown-memo"
  | "unknown-participant"
  | "unknown-source"
  | "unreadable-file"

declare module "@valuelens/core" {
  interface BadInputReasons extends Record<CliReason, true> {}
}
