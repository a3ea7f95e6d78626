/**
 * Runs the CLI and turns its outcome into one exit-code rule for every command: 0 ok, 1 a usage mistake (the
 * command line itself), 2 bad input (what the command read or named: the message names file, line and field),
 * 3 an internal error, 130 interrupted. A failure is said on stderr: as a line of text, or with `--json` as
 * one JSON object, `{"error": {"reason", "message", "file"?, "line"?, "column"?, "byte"?, "field"?}}`.
 */
import * as NodeServices from "@effect/platform-node/NodeServices"
import type { BadInput, BadInputReason } from "@valuelens/core"
import { Cause, Effect, Exit } from "effect"
import { CliOutput, Command } from "effect/cli"
import { root } from "./Cli.js"
import { VERSION } from "./Version.js"

type Tagged = { readonly _tag?: string; readonly message?: unknown }

export const exitCodeOf = (error: unknown): number => {
  const tag = (error as Tagged | null)?._tag
  if (tag === "BadInput") return 2
  if (tag === "UsageError") return 1
  if (tag === "ShowHelp")
    return ((error as { errors?: ReadonlyArray<unknown> }).errors?.length ?? 0) > 0 ? 1 : 0
  return 3
}

const describe = (error: unknown): string => {
  const message = (error as Tagged | null)?.message
  return typeof message === "string" ? message : String(error)
}

/** A failure as `--json` prints it on stderr. */
export interface ErrorJson {
  readonly error: {
    /**
     * `usage`, `internal`, or the reason of a `BadInput` (`unknown-code`, `invalid-utf8`, …): each package
     * lists its reasons in its `Reasons.ts`
     */
    readonly reason: BadInputReason | "usage" | "internal"
    readonly message: string
    readonly file?: string
    readonly line?: number
    readonly column?: number
    readonly byte?: number
    readonly field?: string
  }
}

export const errorJson = (error: unknown): ErrorJson => {
  const e = (error ?? {}) as Tagged & Record<string, unknown>
  if (e._tag === "BadInput") {
    const where = Object.fromEntries(
      ["file", "line", "column", "byte", "field"].filter((k) => e[k] !== undefined).map((k) => [k, e[k]]),
    )
    return { error: { reason: (error as BadInput).reason, message: describe(error), ...where } }
  }
  if (e._tag === "UsageError") return { error: { reason: "usage", message: describe(error) } }
  if (e._tag === "ShowHelp") {
    const errors = (e.errors ?? []) as ReadonlyArray<unknown>
    return { error: { reason: "usage", message: errors.map(describe).join("; ") } }
  }
  return { error: { reason: "internal", message: describe(error) } }
}

/** Bare `valuelens` at a terminal opens the terminal UI on the current folder. */
export const withDefaultCommand = (
  argv: ReadonlyArray<string>,
  interactive: boolean,
): ReadonlyArray<string> => (argv.length === 0 && interactive ? ["tui"] : argv)

/** With `--json`, a usage mistake is the JSON error alone, without the help text effect/cli would print. */
const jsonPresenter = CliOutput.layerPresenter({
  present: (event) =>
    event._tag === "InvalidInvocation" ? Effect.void : CliOutput.defaultPresenter.present(event),
})

export const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const args = withDefaultCommand(argv, process.stdin.isTTY === true && process.stdout.isTTY === true)
  const json = args.includes("--json")
  const run = Command.runWith(root, { version: VERSION })(args).pipe(Effect.provide(NodeServices.layer))
  const program = json ? run.pipe(Effect.provide(jsonPresenter)) : run
  const exit = await Effect.runPromiseExit(program as Effect.Effect<void, unknown>)
  if (Exit.isSuccess(exit)) return 0
  const say = (error: unknown, text: string) =>
    process.stderr.write(json ? `${JSON.stringify(errorJson(error))}\n` : `${text}\n`)
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (failure && failure._tag === "Fail") {
    const code = exitCodeOf(failure.error)
    // effect/cli has already printed help and parse errors as text; everything else is ours to say
    if ((failure.error as Tagged)._tag !== "ShowHelp") say(failure.error, `error: ${describe(failure.error)}`)
    else if (json && code !== 0) say(failure.error, "")
    return code
  }
  if (Cause.hasInterrupts(exit.cause)) return 130
  say(Cause.squash(exit.cause), `internal error: ${Cause.pretty(exit.cause)}`)
  return 3
}
