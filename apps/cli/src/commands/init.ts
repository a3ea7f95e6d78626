import { basename, resolve } from "node:path"
import { Project } from "@valuelens/store"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"

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
      const project = yield* Project.create(dir, config)
      yield* project.store.close()
      yield* Output.result(
        json,
        { project: project.dir, database: project.database, config },
        () =>
          `Created project "${config.name}" in ${project.dir}\n  database: ${project.database}\n  plugins:  ${config.plugins.join(", ")}`,
      )
    }),
).pipe(Command.withDescription("create a project (SQLite) in DIR"))
