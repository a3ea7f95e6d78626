/**
 * The terminal UI's work on a project, once its first screen is drawn: open the project, load its plugins,
 * bring the codebook in line, hand the UI its services, and close the project when the person quits.
 */
import { Codebook } from "@valuelens/coding"
import { Effect, type Option } from "effect"
import * as Coder from "../Coder.js"
import * as Output from "../Output.js"
import { loadRegistry, withProject } from "../Workspace.js"
import { fromWorkspace } from "./services.js"
import type { Screen } from "./Tui.js"

/** `coder` is the `--coder` flag (see `Coder.current`). */
export const run = (project: string, coder: Option.Option<string>, screen: Screen) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const registry = yield* loadRegistry(p)
      const synced = yield* Codebook.sync(p.store, registry)
      screen.open(fromWorkspace({ project: p, registry }, { coder: Coder.current(coder) }))
      yield* Effect.promise(() => screen.quit)
      // what opening changed in the codebook is said once the terminal shows the shell again
      yield* Effect.forEach(Codebook.warnings(synced), Output.message, { discard: true })
    }),
  ).pipe(Effect.onError(() => Effect.promise(screen.close)))
