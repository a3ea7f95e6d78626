/**
 * The errors every package shares. `BadInput` is anything the user can fix (a file, a flag, a plugin, a
 * project): it says where (file, line, column, byte, field) and what was expected, and the CLI answers it with
 * exit code 2. Packages add their own reasons; the reason is a short kebab-case identifier.
 */
import { Schema } from "effect"

export class BadInput extends Schema.TaggedError<BadInput>()("BadInput", {
  reason: Schema.String,
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
