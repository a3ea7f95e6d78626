import { Argument, Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  participant: Argument.String("participant").pipe(
    Argument.withDescription("the participant's id or handle (AGC 1, agc-1)"),
  ),
  id: Argument.String("id").pipe(Argument.withDescription("the new id, as findings will cite it")),
  project: Flags.project,
  json: Flags.json,
}

export const participantRename = Command.make(
  "rename",
  config,
  handler(() => import("../handlers/participant-rename.js")),
).pipe(
  Command.withDescription(
    "rename a participant: findings cite the new id; their sources and attributes follow (undo with `code undo`)",
  ),
)
