import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { project: Flags.project, json: Flags.json }

export const status = Command.make(
  "status",
  config,
  handler(() => import("../handlers/status.js")),
).pipe(
  Command.withDescription(
    "summarise a project: counts, plugins, and every source with the handle commands take",
  ),
)
