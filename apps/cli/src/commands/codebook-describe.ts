import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  definition: Flag.String("definition").pipe(
    Flag.withDescription("what the code means (an empty text clears it)"),
    Flag.optional,
  ),
  include: Flag.String("include").pipe(
    Flag.withDescription("inclusion criteria: when to use the code (an empty text clears them)"),
    Flag.optional,
  ),
  exclude: Flag.String("exclude").pipe(
    Flag.withDescription("exclusion criteria: when not to use it (an empty text clears them)"),
    Flag.optional,
  ),
  example: Flag.String("example").pipe(
    Flag.withDescription(
      "an example passage; repeat for more; replaces the examples (--example '' clears them)",
    ),
    Flag.atLeast(0),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const codebookDescribe = Command.make(
  "describe",
  config,
  handler(() => import("../handlers/codebook-describe.js")),
).pipe(
  Command.withDescription(
    "set a code's definition, inclusion and exclusion criteria and examples (undo with `code undo`)",
  ),
)
