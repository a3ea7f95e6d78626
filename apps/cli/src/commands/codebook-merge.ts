import { Argument, Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  into: Argument.String("into").pipe(Argument.withDescription("the code that stays (its id)")),
  dryRun: Flags.dryRun,
  project: Flags.project,
  json: Flags.json,
}

export const codebookMerge = Command.make(
  "merge",
  config,
  handler(() => import("../handlers/codebook-merge.js")),
).pipe(
  Command.withDescription(
    "merge a code into another: codings, sub-codes and memos move, duplicates collapse (undo with `code undo`)",
  ),
)
