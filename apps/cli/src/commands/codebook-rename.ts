import { Argument, Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  code: Flags.code,
  name: Argument.String("name").pipe(Argument.withDescription("the code's new name")),
  project: Flags.project,
  json: Flags.json,
}

export const codebookRename = Command.make(
  "rename",
  config,
  handler(() => import("../handlers/codebook-rename.js")),
).pipe(Command.withDescription("rename a code; its id and codings stay (undo with `code undo`)"))
