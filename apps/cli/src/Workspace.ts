/**
 * Opens the project a command works on for the length of the command, and closes it after. `withWorkspace`
 * also loads the project's plugins into a registry (lexicons, countries, indicators, …) and brings the
 * project's codebook in line with them (see `Codebook`), telling the researcher on stderr about plugin codes it
 * kept although no plugin contributes them any more.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from "node:fs"
import { resolve } from "node:path"
import { Codebook } from "@valuelens/coding"
import type { BadInput, ProjectConfig } from "@valuelens/core"
import { Loader, type PluginRegistry } from "@valuelens/plugin-api"
import { Project, type StoreError } from "@valuelens/store"
import { Effect } from "effect"
import * as Output from "./Output.js"

export const withProject = <A, E>(
  dir: string,
  f: (project: Project.Project) => Effect.Effect<A, E>,
): Effect.Effect<A, E | BadInput | StoreError> =>
  Effect.acquireUseRelease(Project.open(dir), f, (p) => p.store.close())

export interface Workspace {
  readonly project: Project.Project
  readonly registry: PluginRegistry
  /** What opening the project changed in its codebook, and what it kept although no plugin contributes it. */
  readonly codebook: Codebook.SyncReport
}

/** Bundled plugins resolve from the CLI's own dependencies when the project folder does not have them. */
export const bundledFrom = [
  import.meta.url.startsWith("file:") ? new URL(import.meta.url).pathname : import.meta.url,
]

/** Loads the plugins a project names (`projectDir` is where relative paths start). */
export const loadPlugins = (
  plugins: ReadonlyArray<string>,
  projectDir: string,
): Effect.Effect<PluginRegistry, BadInput> => Loader.load(plugins, projectDir, bundledFrom)

export const loadRegistry = (project: Project.Project): Effect.Effect<PluginRegistry, BadInput> =>
  loadPlugins(project.config.plugins, project.dir)

/** Syncs the codebook with the registry and says on stderr what a researcher should know. */
export const syncCodebook = (
  project: Project.Project,
  registry: PluginRegistry,
): Effect.Effect<Codebook.SyncReport, StoreError> =>
  Effect.tap(Codebook.sync(project.store, registry), (report) =>
    Effect.forEach(Codebook.warnings(report), Output.message, { discard: true }),
  )

export const withWorkspace = <A, E>(
  dir: string,
  f: (workspace: Workspace) => Effect.Effect<A, E>,
): Effect.Effect<A, E | BadInput | StoreError> =>
  withProject(dir, (project) =>
    Effect.gen(function* () {
      const registry = yield* loadRegistry(project)
      const codebook = yield* syncCodebook(project, registry)
      return yield* f({ project, registry, codebook })
    }),
  )

/**
 * Creates a project with its plugins loaded and its codebook synced. The plugins load before anything is
 * written, and a failure after that removes what was made, so a failed create leaves no project behind.
 */
export const createProject = (
  dir: string,
  config: ProjectConfig,
): Effect.Effect<Workspace, BadInput | StoreError> =>
  Effect.gen(function* () {
    const abs = resolve(dir)
    const registry = yield* loadPlugins(config.plugins, abs)
    const folderExisted = existsSync(abs)
    const project = yield* Project.create(abs, config)
    const removeProject = Effect.andThen(
      project.store.close(),
      Effect.sync(() => {
        for (const f of [
          Project.CONFIG_FILE,
          project.database,
          `${project.database}-wal`,
          `${project.database}-shm`,
        ])
          rmSync(resolve(abs, f), { force: true })
        if (!folderExisted && readdirSync(abs).length === 0) rmdirSync(abs)
      }),
    )
    const codebook = yield* syncCodebook(project, registry).pipe(Effect.tapError(() => removeProject))
    return { project, registry, codebook }
  })
