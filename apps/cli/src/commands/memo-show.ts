import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { memo: Flags.memo, project: Flags.project, json: Flags.json }

export const memoShow = Command.make(
  "show",
  config,
  handler(() => import("../handlers/memo-show.js")),
).pipe(Command.withDescription("print a memo in full"))
