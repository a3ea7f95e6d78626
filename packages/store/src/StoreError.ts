import { Schema } from "effect"
import { BUSY_TIMEOUT_MS } from "./dialect/Sqlite.js"

/** A storage failure the user cannot fix by changing input (disk, driver, constraint the code should have checked). */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect()),
}) {
  /**
   * A failed storage step (`what`), said so that a researcher knows what happened and that nothing was written:
   * another command holding the project past the busy timeout, a full disk, a lost database server or a
   * conflicting concurrent change get their own sentence.
   */
  static fromCause(cause: unknown, what: string): StoreError {
    const code = String((cause as { code?: unknown } | null)?.code ?? "")
    const detail =
      code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
        ? `the project is busy: another valuelens command has been writing to it for longer than the ${BUSY_TIMEOUT_MS / 1000} s this one waits; nothing was changed, run it again when the other has finished`
        : code.startsWith("SQLITE_FULL") || code === "ENOSPC" || code === "53100"
          ? "the disk is full; nothing was changed, free some space and run it again"
          : // PostgreSQL: the server went away (connection reset, shut down) or a concurrent change conflicted
            code === "ECONNRESET" || code === "ECONNREFUSED" || code === "57P01" || code === "57P02"
            ? "the connection to the database server was lost; nothing was changed, run it again when the server is up"
            : // a coder's role writing outside their lane (row-level security, or a table not granted to them)
              code === "42501"
              ? "the server refused it: a coder may add and change only their own codings and memos; the codebook, the sources and other coders' work are the lead's to change"
              : code === "40001" || code === "40P01"
                ? "another coder changed the same rows at the same time; nothing was changed, run it again"
                : cause instanceof Error
                  ? cause.message
                  : String(cause)
    return new StoreError({ message: `${what}: ${detail}`, cause })
  }
}
