/** The `valuelens` command tree. Each subcommand lives in `commands/`, one file each. */
import { Command } from "effect/cli"
import { demo } from "./commands/demo.js"
import { exportCommand } from "./commands/export.js"
import { importCommand } from "./commands/import.js"
import { init } from "./commands/init.js"
import { status } from "./commands/status.js"

export const commands = [init, status, importCommand, exportCommand, demo] as const

export const root = Command.make("valuelens").pipe(
  Command.withDescription("ValueLens: qualitative policy research from the terminal"),
  Command.withSubcommands(commands),
)
