import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { project: Flags.project, json: Flags.json }

export const codebookList = Command.make(
  "list",
  config,
  handler(() => import("../handlers/codebook-list.js")),
).pipe(
  Command.withDescription(
    "the codebook as a tree: each code's name, id, kind and how many accepted codings it has",
  ),
)
