import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = { project: Flags.project, json: Flags.json }

export const pluginsList = Command.make(
  "list",
  config,
  handler(() => import("../handlers/plugins-list.js")),
).pipe(
  Command.withDescription("each plugin of the project with its version, namespace and what it contributes"),
)
