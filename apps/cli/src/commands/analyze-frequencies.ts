import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  coders: Flags.coders,
  consensus: Flags.consensus,
  project: Flags.project,
  json: Flags.json,
}

export const analyzeFrequencies = Command.make(
  "frequencies",
  config,
  handler(() => import("../handlers/analyze-frequencies.js")),
).pipe(Command.withDescription("per code: segments, sources and participants, by participant group"))
