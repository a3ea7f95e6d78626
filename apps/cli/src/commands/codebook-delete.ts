import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  dryRun: Flags.dryRun,
  project: Flags.project,
  json: Flags.json,
}

export const codebookDelete = Command.make(
  "delete",
  config,
  handler(() => import("../handlers/codebook-delete.js")),
).pipe(
  Command.withDescription(
    "delete a code with its codings, memos and criteria; its sub-codes move up (undo with `code undo`)",
  ),
)
