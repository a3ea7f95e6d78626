import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { project: Flags.project, json: Flags.json }

export const codeUndo = Command.make(
  "undo",
  config,
  handler(() => import("../handlers/code-undo.js")),
).pipe(Command.withDescription("undo the last coding action (manual coding, review, memo)"))
