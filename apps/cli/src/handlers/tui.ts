import { Effect } from "effect"
import * as Coder from "../Coder.js"
import type { config } from "../commands/tui.js"
import type { Input } from "../Lazy.js"
import * as Tui from "../tui/Tui.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ project, coder }: Input<typeof config>) =>
  withWorkspace(project, (workspace) => Effect.promise(() => Tui.run(workspace, Coder.current(coder))))
