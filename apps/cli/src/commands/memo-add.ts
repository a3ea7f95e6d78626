import { Argument, Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

const target = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

export const config = {
  text: Argument.String("text").pipe(Argument.withDescription("the memo")),
  source: target("source", "attach to this source (handle or id)"),
  code: target("code", "attach to this code"),
  segment: target("segment", "attach to this segment"),
  title: Flag.String("title").pipe(Flag.withDescription("a short title"), Flag.optional),
  author: Flag.String("author").pipe(Flag.withDescription(`who writes it (${Coder.DEFAULT})`), Flag.optional),
  project: Flags.project,
  json: Flags.json,
}

export const memoAdd = Command.make(
  "add",
  config,
  handler(() => import("../handlers/memo-add.js")),
).pipe(Command.withDescription("add a memo to the project, or to a source, code or segment"))
