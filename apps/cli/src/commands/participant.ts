import { Command } from "effect/cli"
import { participantRename } from "./participant-rename.js"

export const participant = Command.make("participant").pipe(
  Command.withDescription("the study's participants"),
  Command.withSubcommands([participantRename]),
)
