/** The `valuelens` command tree. Each subcommand lives in `commands/`, one file each. */
import { Command } from "effect/cli"
import { demo } from "./commands/demo.js"
import { init } from "./commands/init.js"
import { status } from "./commands/status.js"
import { tui } from "./commands/tui.js"

export const commands = [init, status, demo, tui] as const

export const root = Command.make("valuelens").pipe(
  Command.withDescription("ValueLens: qualitative policy research from the terminal"),
  Command.withSubcommands(commands),
)
