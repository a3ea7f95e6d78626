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
).pipe(Command.withDescription("create a project (SQLite) in DIR"))
