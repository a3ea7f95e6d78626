import { Manual } from "@valuelens/coding"
import { Effect } from "effect"
import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const codeUndo = Command.make(
  "undo",
  { project: Flags.project, json: Flags.json },
  ({ project, json }) =>
    withProject(project, (p) =>
      Effect.flatMap(Manual.undo(p.store), (label) =>
        Output.result(json, { undone: label ?? null }, () => (label ? `Undid: ${label}` : "Nothing to undo")),
      ),
    ),
).pipe(Command.withDescription("undo the last coding action (manual coding, review, memo)"))
