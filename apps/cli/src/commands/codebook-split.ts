import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  name: Argument.String("name").pipe(Argument.withDescription("the new code's name")),
  codings: Flags.list("codings", "move these codings (ids, comma-separated)"),
  sources: Flags.list("sources", "move the codings in these sources (handles or ids, comma-separated)"),
  containing: Flag.String("containing").pipe(
    Flag.withDescription("move the codings whose passage contains this text (case-insensitive)"),
    Flag.optional,
  ),
  dryRun: Flags.dryRun,
  project: Flags.project,
  json: Flags.json,
}

export const codebookSplit = Command.make(
  "split",
  config,
  handler(() => import("../handlers/codebook-split.js")),
).pipe(
  Command.withDescription(
    "split a code: a new sibling code takes the codings that --codings, --sources and --containing all choose (undo with `code undo`)",
  ),
)
