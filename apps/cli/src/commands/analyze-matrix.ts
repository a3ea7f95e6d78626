import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  by: Flag.Literals("by", ["group", "source", "document-type"]).pipe(
    Flag.withDescription("columns: participant group, source, or document type"),
    Flag.withDefault("group" as const),
  ),
  measure: Flag.Literals("measure", ["segments", "participants", "sources"]).pipe(
    Flag.withDescription("what each cell counts"),
    Flag.withDefault("segments" as const),
  ),
  coders: Flags.coders,
  consensus: Flags.consensus,
  project: Flags.project,
  json: Flags.json,
}

export const analyzeMatrix = Command.make(
  "matrix",
  config,
  handler(() => import("../handlers/analyze-matrix.js")),
).pipe(Command.withDescription("code × participant group, code × source, or code × document type"))
