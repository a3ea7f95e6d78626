import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
import { withWorkspace } from "../Workspace.js"

export const tui = Command.make(
  "tui",
  {
    project: Flags.project,
    coder: Flag.String("coder").pipe(
      Flag.withDescription(`who is coding: manual codings and memos carry this coder (${Coder.DEFAULT})`),
      Flag.optional,
    ),
  },
  ({ project, coder }) =>
    withWorkspace(project, (workspace) =>
      // loaded on use, so other commands never pay for starting React and Ink
      Effect.promise(() => import("../tui/Tui.js").then((Tui) => Tui.run(workspace, Coder.current(coder)))),
    ),
).pipe(
  Command.withDescription(
    "open the terminal UI on a project (also: valuelens with no arguments on a terminal)",
  ),
)
