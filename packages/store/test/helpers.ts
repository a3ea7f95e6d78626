import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Exit } from "effect"

export const tempDir = (prefix = "vl-store-") => mkdtempSync(join(tmpdir(), prefix))

/** Runs an effect expected to fail and returns its typed error. */
export const failureOf = <A, E>(effect: Effect.Effect<A, E>): Promise<E> =>
  Effect.runPromiseExit(effect).then((exit) => {
    if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${JSON.stringify(exit.value)}`)
    const found = exit.cause.reasons.find((r) => r._tag === "Fail")
    if (found?._tag !== "Fail") throw new Error(`expected a typed failure, got ${String(exit.cause)}`)
    return found.error
  })
