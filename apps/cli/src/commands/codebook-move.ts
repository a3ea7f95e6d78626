import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  parent: Flag.String("parent").pipe(Flag.withDescription("the code to move it under"), Flag.optional),
  top: Flag.Boolean("top").pipe(
    Flag.withDescription("move it to the top of the tree"),
    Flag.withDefault(false),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const codebookMove = Command.make(
  "move",
  config,
  handler(() => import("../handlers/codebook-move.js")),
).pipe(
  Command.withDescription(
    "move a code under another (--parent) or to the top (--top) (undo with `code undo`)",
  ),
)
