import { Command } from "effect/cli"
import { projectCopy } from "./project-copy.js"

export const project = Command.make("project").pipe(
  Command.withDescription("the project as a whole: move it between SQLite and a PostgreSQL server"),
  Command.withSubcommands([projectCopy]),
)
