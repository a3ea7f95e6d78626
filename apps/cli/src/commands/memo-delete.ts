import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { memo: Flags.memo, project: Flags.project, json: Flags.json }

export const memoDelete = Command.make(
  "delete",
  config,
  handler(() => import("../handlers/memo-delete.js")),
).pipe(Command.withDescription("delete a memo (undo with `code undo`)"))
