/** `valuelens export …`: the project's codings and the whole project in formats other tools read. */
import { Command } from "effect/cli"
import { exportCodebook } from "./export-codebook.js"
import { exportCodings } from "./export-codings.js"
import { exportQdpx } from "./export-qdpx.js"

export const exportCommand = Command.make("export").pipe(
  Command.withDescription("export codings (csv, json), the project (qdpx) or the codebook (qdc)"),
  Command.withSubcommands([exportCodings, exportQdpx, exportCodebook]),
)
