import { Schema } from "effect"
import { BUSY_TIMEOUT_MS } from "./Sqlite.js"

/** A storage failure the user cannot fix by changing input (disk, driver, constraint the code should have checked). */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect()),
}) {
  /**
   * A failed transaction, said so that a researcher knows what happened and that nothing was written: another
   * command holding the project past the busy timeout, or a full disk, get their own sentence.
   */
  static fromCause(cause: unknown, location: string): StoreError {
    const code = (cause as { code?: unknown } | null)?.code
    const message =
      code === "SQLITE_BUSY" || code === "SQLITE_LOCKED"
        ? `${location}: the project is busy: another valuelens command has been writing to it for longer than the ${BUSY_TIMEOUT_MS / 1000} s this one waits; nothing was changed, run it again when the other has finished`
        : code === "SQLITE_FULL" || (cause as { code?: unknown } | null)?.code === "ENOSPC"
          ? `${location}: the disk is full; nothing was changed, free some space and run it again`
          : `transaction failed: ${String(cause)}`
    return new StoreError({ message, cause })
  }
}
