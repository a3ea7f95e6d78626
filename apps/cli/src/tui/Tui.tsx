/** Starts the terminal UI on a project and resolves when the person quits. */
import { render } from "ink"
import { App } from "./App.js"
import { fromWorkspace, type Workspace } from "./services.js"

/** `coder` is the current coder (`Coder.current`). */
export const run = async (workspace: Workspace, coder: string): Promise<void> => {
  const services = fromWorkspace(workspace, { coder })
  // Ink treats any CI environment as non-interactive and then draws only the last frame; a terminal UI that a
  // person (or a test driving tmux) opened on a terminal must draw every frame, so the terminal decides.
  const app = render(<App services={services} />, {
    alternateScreen: true,
    exitOnCtrlC: true,
    interactive: process.stdout.isTTY === true,
  })
  await app.waitUntilExit()
}
