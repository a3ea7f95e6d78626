/**
 * Opens the project a command works on for the length of the command, and closes it after. `withWorkspace`
 * also loads the project's plugins into a registry (lexicons, countries, indicators, …).
 */
import type { BadInput } from "@valuelens/core"
import { Loader, type PluginRegistry } from "@valuelens/plugin-api"
import { Project, type StoreError } from "@valuelens/store"
import { Effect } from "effect"

export const withProject = <A, E>(
  dir: string,
  f: (project: Project.Project) => Effect.Effect<A, E>,
): Effect.Effect<A, E | BadInput | StoreError> =>
  Effect.acquireUseRelease(Project.open(dir), f, (p) => p.store.close())

export interface Workspace {
  readonly project: Project.Project
  readonly registry: PluginRegistry
}

/** Bundled plugins resolve from the CLI's own dependencies when the project folder does not have them. */
const bundledFrom = [
  import.meta.url.startsWith("file:") ? new URL(import.meta.url).pathname : import.meta.url,
]

export const loadRegistry = (project: Project.Project): Effect.Effect<PluginRegistry, BadInput> =>
  Loader.load(project.config.plugins, project.dir, bundledFrom)

export const withWorkspace = <A, E>(
  dir: string,
  f: (workspace: Workspace) => Effect.Effect<A, E>,
): Effect.Effect<A, E | BadInput | StoreError> =>
  withProject(dir, (project) => Effect.flatMap(loadRegistry(project), (registry) => f({ project, registry })))
