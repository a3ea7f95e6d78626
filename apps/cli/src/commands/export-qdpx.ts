import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  out: Flag.String("out").pipe(Flag.withDescription("the .qdpx file to write")),
  includeSuggestions: Flag.Boolean("include-suggestions").pipe(
    Flag.withDescription("also export suggested codings (default: accepted codings only)"),
    Flag.withDefault(false),
  ),
  allCodes: Flag.Boolean("all-codes").pipe(
    Flag.withDescription("also export framework codes nothing in the project uses (default: only used ones)"),
    Flag.withDefault(false),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const exportQdpx = Command.make(
  "qdpx",
  config,
  handler(() => import("../handlers/export-qdpx.js")),
).pipe(
  Command.withDescription("export the project as a REFI-QDA .qdpx for ATLAS.ti, NVivo, MAXQDA or QualCoder"),
)
