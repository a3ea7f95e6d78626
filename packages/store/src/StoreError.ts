import { Schema } from "effect"
import { BUSY_TIMEOUT_MS } from "./dialect/Sqlite.js"

/** A storage failure the user cannot fix by changing input (disk, driver, constraint the code should have checked). */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect()),
}) {
  /**
   * A failed storage step (`what`), said so that a researcher knows what happened and that nothing was written:
   * another command holding the project past the busy timeout, or a full disk, get their own sentence.
   */
  static fromCause(cause: unknown, what: string): StoreError {
    const code = String((cause as { code?: unknown } | null)?.code ?? "")
    const detail =
      code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
        ? `the project is busy: another valuelens command has been writing to it for longer than the ${BUSY_TIMEOUT_MS / 1000} s this one waits; nothing was changed, run it again when the other has finished`
        : code.startsWith("SQLITE_FULL") || code === "ENOSPC"
          ? "the disk is full; nothing was changed, free some space and run it again"
          : cause instanceof Error
            ? cause.message
            : String(cause)
    return new StoreError({ message: `${what}: ${detail}`, cause })
  }
}
