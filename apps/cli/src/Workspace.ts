/** Opens the project a command works on for the length of the command, and closes it after. */
import type { BadInput } from "@valuelens/core"
import { Project, type StoreError } from "@valuelens/store"
import { Effect } from "effect"

export const withProject = <A, E>(
  dir: string,
  f: (project: Project.Project) => Effect.Effect<A, E>,
): Effect.Effect<A, E | BadInput | StoreError> =>
  Effect.acquireUseRelease(Project.open(dir), f, (p) => p.store.close())
