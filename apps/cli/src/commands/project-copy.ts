import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  to: Flag.String("to").pipe(
    Flag.withDescription(
      "where to: postgres://USER@HOST[:PORT]/DATABASE (an empty database) or a new SQLite file (FILE.db)",
    ),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const projectCopy = Command.make(
  "copy",
  config,
  handler(() => import("../handlers/project-copy.js")),
).pipe(
  Command.withDescription(
    "copy the whole project to a PostgreSQL database or a SQLite file, checked row for row",
  ),
)
