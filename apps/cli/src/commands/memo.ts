import { Command } from "effect/cli"
import { memoAdd } from "./memo-add.js"
import { memoDelete, memoEdit, memoList, memoShow } from "./memo-read.js"

export const memo = Command.make("memo").pipe(
  Command.withDescription("memos on the project, a source, a code or a segment"),
  Command.withSubcommands([memoAdd, memoList, memoShow, memoEdit, memoDelete]),
)
