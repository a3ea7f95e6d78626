import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  out: Flag.String("out").pipe(Flag.withDescription("the .qdc or .csv file to write")),
  format: Flag.Literals("format", ["qdc", "csv"]).pipe(
    Flag.withDescription(
      "qdc (REFI-QDA) or csv (Taguette's tag,description columns, the path of names as tag); default: from --out",
    ),
    Flag.optional,
  ),
  allCodes: Flag.Boolean("all-codes").pipe(
    Flag.withDescription("also export framework codes nothing in the project uses (default: only used ones)"),
    Flag.withDefault(false),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const exportCodebook = Command.make(
  "codebook",
  config,
  handler(() => import("../handlers/export-codebook.js")),
).pipe(
  Command.withDescription(
    "export the codebook alone as a REFI-QDA .qdc or a CSV for Taguette and spreadsheets",
  ),
)
