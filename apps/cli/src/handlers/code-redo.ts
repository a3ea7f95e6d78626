import { Manual } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/code-redo.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.flatMap(Manual.redo(p.store), (label) =>
      Output.result(json, { redone: label ?? null }, () => (label ? `Redid: ${label}` : "Nothing to redo")),
    ),
  )
