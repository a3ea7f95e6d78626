/** `valuelens export …`: the project in formats other tools read. */
import { Command } from "effect/cli"
import { exportCodebook } from "./export-codebook.js"
import { exportQdpx } from "./export-qdpx.js"

export const exportCommand = Command.make("export").pipe(
  Command.withDescription("export the project for other tools (qdpx, codebook)"),
  Command.withSubcommands([exportQdpx, exportCodebook]),
)
