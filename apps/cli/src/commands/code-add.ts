import { Argument, Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  source: Argument.String("source").pipe(
    Argument.withDescription(
      "the source (handle or id), alone or with a place: SOURCE:3 is turn 3, SOURCE:3.2 its sentence 2 (see `valuelens show`)",
    ),
  ),
  rest: Argument.String("start end code").pipe(
    Argument.withDescription(
      "START END CODE: the range in code points (end-exclusive) and the code id; or only CODE after SOURCE:TURN[.SENTENCE]",
    ),
    Argument.between(1, 3),
  ),
  coder: Flag.String("coder").pipe(Flag.withDescription(`who is coding (${Coder.DEFAULT})`), Flag.optional),
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
).pipe(
  Command.withDescription(
    "code a passage of a source with a code: a range of code points, a turn (SOURCE:3) or a sentence (SOURCE:3.2)",
  ),
)
