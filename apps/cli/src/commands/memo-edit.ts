import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  memo: Flags.memo,
  text: Argument.String("text").pipe(Argument.withDescription("the memo's new text"), Argument.optional),
  title: Flag.String("title").pipe(Flag.withDescription("a new title"), Flag.optional),
  project: Flags.project,
  json: Flags.json,
}

export const memoEdit = Command.make(
  "edit",
  config,
  handler(() => import("../handlers/memo-edit.js")),
).pipe(Command.withDescription("change a memo's text or title (undo with `code undo`)"))
