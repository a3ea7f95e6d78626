import { basename, resolve } from "node:path"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { createProject } from "../Workspace.js"

/** The framework every new project starts with unless `--plugins` says otherwise. */
export const DEFAULT_PLUGINS = ["framework-value-deficits"]

export const init = Command.make(
  "init",
  {
    dir: Argument.String("dir").pipe(
      Argument.withDescription("folder for the new project (created if missing)"),
    ),
    name: Flag.String("name").pipe(
      Flag.withDescription("project name (default: the folder's name)"),
      Flag.optional,
    ),
    plugins: Flags.list(
      "plugins",
      "extra plugins to load after the framework, comma-separated (short names, npm names or paths)",
    ),
    json: Flags.json,
  },
  ({ dir, name, plugins, json }) =>
    Effect.gen(function* () {
      const config = {
        name: Option.getOrElse(name, () => basename(resolve(dir))),
        plugins: [...DEFAULT_PLUGINS, ...plugins.filter((p) => !DEFAULT_PLUGINS.includes(p))],
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
    }),
).pipe(Command.withDescription("create a project (SQLite) in DIR"))
