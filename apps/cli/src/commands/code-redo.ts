import { Manual } from "@valuelens/coding"
import { Effect } from "effect"
import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const codeRedo = Command.make(
  "redo",
  { project: Flags.project, json: Flags.json },
  ({ project, json }) =>
    withProject(project, (p) =>
      Effect.flatMap(Manual.redo(p.store), (label) =>
        Output.result(json, { redone: label ?? null }, () => (label ? `Redid: ${label}` : "Nothing to redo")),
      ),
    ),
).pipe(Command.withDescription("redo the last coding action undone"))
