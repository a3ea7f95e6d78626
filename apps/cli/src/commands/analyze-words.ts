import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  top: Flag.Int("top").pipe(
    Flag.withDescription("words listed per group (default 15)"),
    Flag.withDefault(15),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const analyzeWords = Command.make(
  "words",
  config,
  handler(() => import("../handlers/analyze-words.js")),
).pipe(
  Command.withDescription(
    "word frequencies per participant group (participants' words, without English and Malay stop words)",
  ),
)
