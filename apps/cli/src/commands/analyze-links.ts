import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  coders: Flags.coders,
  consensus: Flags.consensus,
  project: Flags.project,
  json: Flags.json,
}

export const analyzeLinks = Command.make(
  "links",
  config,
  handler(() => import("../handlers/analyze-links.js")),
).pipe(Command.withDescription("factor × value co-occurrence with the participants behind each cell"))
