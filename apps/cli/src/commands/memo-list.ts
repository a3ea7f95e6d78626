import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  source: Flag.String("source").pipe(
    Flag.withDescription("only memos on this source (handle or id)"),
    Flag.optional,
  ),
  code: Flag.String("code").pipe(Flag.withDescription("only memos on this code"), Flag.optional),
  author: Flag.String("author").pipe(Flag.withDescription("only memos by this author"), Flag.optional),
  project: Flags.project,
  json: Flags.json,
}

export const memoList = Command.make(
  "list",
  config,
  handler(() => import("../handlers/memo-list.js")),
).pipe(Command.withDescription("list memos (of a source, a code or an author), oldest first"))
