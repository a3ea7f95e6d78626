import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  project: Flags.project,
  json: Flags.json,
}

export const codebookShow = Command.make(
  "show",
  config,
  handler(() => import("../handlers/codebook-show.js")),
).pipe(
  Command.withDescription(
    "a code's definition, inclusion and exclusion criteria, examples, place in the tree and codings",
  ),
)
