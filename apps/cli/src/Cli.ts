/** The `valuelens` command tree. Each subcommand lives in `commands/`, one file each. */
import { Command } from "effect/cli"
import { analyze } from "./commands/analyze.js"
import { code } from "./commands/code.js"
import { demo } from "./commands/demo.js"
import { exportCommand } from "./commands/export.js"
import { init } from "./commands/init.js"
import { memo } from "./commands/memo.js"
import { review } from "./commands/review.js"
import { status } from "./commands/status.js"

export const commands = [init, status, demo, code, review, analyze, memo, exportCommand] as const

export const root = Command.make("valuelens").pipe(
  Command.withDescription("ValueLens: qualitative policy research from the terminal"),
  Command.withSubcommands(commands),
)
