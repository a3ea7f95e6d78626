/** What the fuzz suites share: damage to a file's bytes, and the only failure a file may cause. */
import { Cause, type Exit } from "effect"
import fc from "fast-check"
import { expect } from "vitest"

/** Damage to a file's bytes: cut it short, flip some bytes, or both. */
export const damage = (bytes: Uint8Array) =>
  fc
    .record({
      cut: fc.option(fc.nat({ max: bytes.length }), { nil: undefined }),
      flips: fc.array(
        fc.tuple(fc.nat({ max: Math.max(bytes.length - 1, 0) }), fc.integer({ min: 1, max: 255 })),
        {
          maxLength: 8,
        },
      ),
    })
    .map(({ cut, flips }) => {
      const out = bytes.slice(0, cut ?? bytes.length)
      for (const [at, x] of flips) if (at < out.length) out[at] = out[at]! ^ x
      return out
    })

/** A failed import must be a `BadInput` whose message starts with the file it names; anything else fails the run. */
export const expectBadInput = (exit: Exit.Failure<unknown, unknown>, file: string) => {
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  const error =
    failure?._tag === "Fail"
      ? (failure.error as { _tag?: string; file?: string; message: string })
      : undefined
  if (error?._tag !== "BadInput") throw new Error(`internal error on ${file}:\n${Cause.pretty(exit.cause)}`)
  expect(error.file).toBeDefined()
  expect(error.message.startsWith(error.file!)).toBe(true)
  return error
}

export const RUNS = { numRuns: 60, seed: 18, endOnFailure: true }
