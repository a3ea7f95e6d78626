import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  name: Argument.String("name").pipe(Argument.withDescription("the new code's name")),
  parent: Flag.String("parent").pipe(Flag.withDescription("make it a sub-code of this code"), Flag.optional),
  definition: Flag.String("definition").pipe(Flag.withDescription("what the code means"), Flag.optional),
  project: Flags.project,
  json: Flags.json,
}

export const codebookCreate = Command.make(
  "create",
  config,
  handler(() => import("../handlers/codebook-create.js")),
).pipe(
  Command.withDescription(
    "make a code of your own (id free/NAME), at the top or under --parent (undo with `code undo`)",
  ),
)
