import { Command } from "effect/cli"
import { memoAdd } from "./memo-add.js"
import { memoDelete } from "./memo-delete.js"
import { memoEdit } from "./memo-edit.js"
import { memoList } from "./memo-list.js"
import { memoShow } from "./memo-show.js"

export const memo = Command.make("memo").pipe(
  Command.withDescription("memos on the project, a source, a code or a segment"),
  Command.withSubcommands([memoAdd, memoList, memoShow, memoEdit, memoDelete]),
)
