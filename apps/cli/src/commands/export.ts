import { Command } from "effect/cli"
import { exportCodings } from "./export-codings.js"

export const exportCommand = Command.make("export").pipe(
  Command.withDescription("export a project's data"),
  Command.withSubcommands([exportCodings]),
)
