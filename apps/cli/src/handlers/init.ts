import { basename, resolve } from "node:path"
import { Postgres } from "@valuelens/store"
import { Effect, Option } from "effect"
import type { config } from "../commands/init.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { createProject } from "../Workspace.js"

/** The framework every new project starts with unless `--plugins` says otherwise. */
export const DEFAULT_PLUGINS = ["framework-value-deficits"]

export const run = ({ dir, name, storage, plugins, json }: Input<typeof config>) =>
  Effect.gen(function* () {
    const config = {
      name: Option.getOrElse(name, () => basename(resolve(dir))),
      plugins: [...DEFAULT_PLUGINS, ...plugins.filter((p) => !DEFAULT_PLUGINS.includes(p))],
      ...Option.match(storage, {
        onNone: () => ({}),
        onSome: (s) => ({ storage: Postgres.isUrl(s) ? { url: s } : { file: s } }),
      }),
    }
    const { project, codebook } = yield* createProject(dir, config)
    yield* project.store.close()
    yield* Output.result(
      json,
      { project: project.dir, database: project.database, config, codes: codebook.added },
      () =>
        [
          `Created project "${config.name}" in ${project.dir}`,
          `  database: ${project.database}`,
          `  plugins:  ${config.plugins.join(", ")}`,
          `  codebook: ${codebook.added.length} codes from the plugins`,
        ].join("\n"),
    )
  })
