import { Command } from "effect/cli"
import { memoAdd } from "./memo-add.js"

export const memo = Command.make("memo").pipe(
  Command.withDescription("memos on the project, a source, a code or a segment"),
  Command.withSubcommands([memoAdd]),
)
