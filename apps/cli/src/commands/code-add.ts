import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  source: Argument.String("source").pipe(Argument.withDescription("the source id")),
  start: Argument.String("start").pipe(Argument.withDescription("first code point (0-based)")),
  end: Argument.String("end").pipe(Argument.withDescription("code point after the last (end-exclusive)")),
  code: Argument.String("code").pipe(Argument.withDescription("the code id, such as vd/integrity")),
  coder: Flag.String("coder").pipe(
    Flag.withDescription("who is coding (default: $VALUELENS_CODER or your login)"),
    Flag.optional,
  ),
  memo: Flag.String("memo").pipe(
    Flag.withDescription("a memo to attach to the coded segment"),
    Flag.optional,
  ),
  project: Flags.project,
  json: Flags.json,
}

export const codeAdd = Command.make(
  "add",
  config,
  handler(() => import("../handlers/code-add.js")),
).pipe(Command.withDescription("code a range of a source (code points, end-exclusive) with a code"))
