/** Starts the terminal UI on a project and resolves when the person quits. */
import { userInfo } from "node:os"
import type { Project } from "@valuelens/store"
import { render } from "ink"
import { App } from "./App.js"
import { fromStore } from "./services.js"

const person = (): string => {
  try {
    return userInfo().username || "researcher"
  } catch {
    return "researcher"
  }
}

export const run = async (project: Project.Project, coder?: string): Promise<void> => {
  const id = coder ?? person()
  const services = fromStore(project, { coder: { id, name: id } })
  const app = render(<App services={services} />, { alternateScreen: true, exitOnCtrlC: true })
  await app.waitUntilExit()
}
