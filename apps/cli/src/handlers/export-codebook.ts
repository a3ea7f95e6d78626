import { extname } from "node:path"
import { CodebookCsv, Export } from "@valuelens/refi"
import { Escape } from "@valuelens/report"
import { Effect, Option } from "effect"
import type { config } from "../commands/export-codebook.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { VERSION } from "../Version.js"
import { withProject } from "../Workspace.js"
import { writeOut } from "./export-qdpx.js"

/** The codebook's rows as CSV through the project's spreadsheet-safe field writer. */
const csv = (rows: ReadonlyArray<CodebookCsv.Row>) =>
  [
    CodebookCsv.columns.join(","),
    ...rows.map((r) => CodebookCsv.columns.map((c) => Escape.csv(r[c])).join(",")),
  ]
    .map((line) => `${line}\r\n`)
    .join("")

export const run = ({ out, format, allCodes, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const { xml, codes, tree } = yield* Export.codebook(p.store, {
        origin: `ValueLens ${VERSION}`,
        allCodes,
      })
      const as = Option.getOrElse(format, () => (extname(out).toLowerCase() === ".csv" ? "csv" : "qdc"))
      yield* writeOut(out, as === "csv" ? csv(CodebookCsv.rows(tree)) : xml)
      yield* Output.result(json, { out, format: as, codes }, () => `Wrote ${out}: ${codes} codes`)
    }),
  )
