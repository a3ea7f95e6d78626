import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  coders: Flags.coders,
  consensus: Flags.consensus,
  project: Flags.project,
  json: Flags.json,
}

export const analyzeCooccurrence = Command.make(
  "cooccurrence",
  config,
  handler(() => import("../handlers/analyze-cooccurrence.js")),
).pipe(
  Command.withDescription(
    "code pairs on the same passages (overlapping coded segments), with the c-coefficient",
  ),
)
