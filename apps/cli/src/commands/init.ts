import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  dir: Argument.String("dir").pipe(
    Argument.withDescription("folder for the new project (created if missing)"),
  ),
  name: Flag.String("name").pipe(
    Flag.withDescription("project name (default: the folder's name)"),
    Flag.optional,
  ),
  storage: Flag.String("storage").pipe(
    Flag.withDescription(
      "where the project's data lives: a SQLite file in DIR (default valuelens.db), or postgres://USER@HOST[:PORT]/DATABASE for a team's server (the password from PGPASSWORD or ~/.pgpass, never the URL)",
    ),
    Flag.optional,
  ),
  plugins: Flags.list(
    "plugins",
    "extra plugins to load after the framework, comma-separated (short names, npm names or paths)",
  ),
  json: Flags.json,
}

export const init = Command.make(
  "init",
  config,
  handler(() => import("../handlers/init.js")),
).pipe(Command.withDescription("create a project in DIR (SQLite, or a PostgreSQL database with --storage)"))
