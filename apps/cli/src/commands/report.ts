import { Renderer, Sections } from "@valuelens/report"
import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  format: Flag.Literals("format", Renderer.formats).pipe(
    Flag.withDescription(
      "md, html (one self-contained file), json (the findings model), csv (a folder), docx",
    ),
  ),
  out: Flag.String("out").pipe(Flag.withDescription("the file to write (for csv: the folder)")),
  sections: Flags.list(
    "sections",
    `sections to include, comma-separated (default all): ${Sections.ids.join(", ")}`,
  ),
  quotes: Flag.Int("quotes").pipe(
    Flag.withDescription("exemplar quotations per theme (default 3)"),
    Flag.withDefault(3),
  ),
  coders: Flags.coders,
  consensus: Flags.consensus,
  run: Flag.String("run").pipe(
    Flag.withDescription(
      "show the recorded analyses saved under this name (--save NAME); default: the most recent of each kind",
    ),
    Flag.optional,
  ),
  project: Flags.project,
  json: Flags.json,
}

export const report = Command.make(
  "report",
  config,
  handler(() => import("../handlers/report.js")),
).pipe(Command.withDescription("render the findings as Markdown, HTML, JSON, CSV or DOCX"))
