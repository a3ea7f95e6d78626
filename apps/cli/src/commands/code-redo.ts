import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { project: Flags.project, json: Flags.json }

export const codeRedo = Command.make(
  "redo",
  config,
  handler(() => import("../handlers/code-redo.js")),
).pipe(Command.withDescription("redo the last coding action undone"))
