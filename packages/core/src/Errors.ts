/**
 * The errors every package shares. `BadInput` is anything the user can fix (a file, a flag, a plugin, a
 * project): it says where (file, line, column, byte, field) and what was expected, and the CLI answers it with
 * exit code 2. Its reason is a short kebab-case identifier that scripts read (`--json` errors carry it).
 */
import { Schema } from "effect"

/** Why core refuses input: reading text (`Text.decode`) and the size budget (`Limits`). */
export type CoreReason = "empty-file" | "binary-file" | "invalid-utf8" | "limit-exceeded"

/**
 * Every reason a `BadInput` may carry, as keys. Each package declares its own reasons as a union type (its
 * `…Reason`) and adds them here by declaration merging:
 *
 *     declare module "@valuelens/core" { interface BadInputReasons extends Record<IngestReason, true> {} }
 *
 * so a reason is always one a package declared (a misspelt one does not compile), and the reasons of a
 * package are listed in one place.
 */
export interface BadInputReasons extends Record<CoreReason, true> {}

export type BadInputReason = keyof BadInputReasons

// At run time a reason is a string: the reasons are types the packages declare, which core cannot list.
const Reason = Schema.String as unknown as Schema.Bottom<
  BadInputReason,
  string,
  never,
  never,
  Schema.String["ast"],
  Schema.String
>

export class BadInput extends Schema.TaggedError<BadInput>()("BadInput", {
  reason: Reason,
  message: Schema.String,
  file: Schema.optional(Schema.String),
  line: Schema.optional(Schema.Number),
  column: Schema.optional(Schema.Number),
  byte: Schema.optional(Schema.Number),
  field: Schema.optional(Schema.String),
}) {}

/** A usage mistake on the command line (unknown flag, missing argument): exit code 1. */
export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", {
  message: Schema.String,
}) {}

/** Formats a location as `file:line:column` with whichever parts are known. */
export const where = (loc: {
  file?: string | undefined
  line?: number | undefined
  column?: number | undefined
}) => [loc.file, loc.line, loc.column].filter((x) => x !== undefined).join(":")
