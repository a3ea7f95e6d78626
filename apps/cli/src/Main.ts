/**
 * Runs the CLI and turns its outcome into the exit codes of DESIGN §9: 0 ok, 1 usage, 2 bad input (the
 * message names file, line and field), 3 internal.
 */
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Effect, Exit } from "effect"
import { Command } from "effect/cli"
import { root } from "./Cli.js"
import { VERSION } from "./Version.js"

export const exitCodeOf = (error: unknown): number => {
  const tag = (error as { _tag?: string } | null)?._tag
  if (tag === "BadInput") return 2
  if (tag === "UsageError") return 1
  if (tag === "ShowHelp")
    return ((error as { errors?: ReadonlyArray<unknown> }).errors?.length ?? 0) > 0 ? 1 : 0
  return 3
}

const describe = (error: unknown): string => {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string")
    return error.message
  return String(error)
}

/** Bare `valuelens` at a terminal opens the terminal UI on the current folder. */
export const withDefaultCommand = (
  argv: ReadonlyArray<string>,
  interactive: boolean,
): ReadonlyArray<string> => (argv.length === 0 && interactive ? ["tui"] : argv)

export const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const args = withDefaultCommand(argv, process.stdin.isTTY === true && process.stdout.isTTY === true)
  const program = Command.runWith(root, { version: VERSION })(args).pipe(Effect.provide(NodeServices.layer))
  const exit = await Effect.runPromiseExit(program as Effect.Effect<void, unknown>)
  if (Exit.isSuccess(exit)) return 0
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (failure && failure._tag === "Fail") {
    const code = exitCodeOf(failure.error)
    const tag = (failure.error as { _tag?: string })._tag
    // effect/cli has already printed help and parse errors; everything else is ours to say
    if (tag !== "ShowHelp") process.stderr.write(`error: ${describe(failure.error)}\n`)
    return code
  }
  if (Cause.hasInterrupts(exit.cause)) return 130
  process.stderr.write(`internal error: ${Cause.pretty(exit.cause)}\n`)
  return 3
}
