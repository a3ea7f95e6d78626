/**
 * CSV: one file per table in a folder (RFC 4180, UTF-8, a header row, `\r\n` line ends), so each table opens in
 * a spreadsheet or loads into R or pandas directly. Empty tables are written with their header only, so the
 * set of files is the same for every project.
 */
import { Effect } from "effect"
import * as Escape from "../Escape.js"
import type { Findings } from "../Findings.js"
import type { Renderer, RenderOptions } from "../Renderer.js"
import * as Tables from "../Tables.js"

const line = (cells: ReadonlyArray<Tables.Cell>) => cells.map(Escape.csv).join(",")

export const renderTable = (t: Tables.Table): string =>
  `${[line(t.header), ...t.rows.map(line)].join("\r\n")}\r\n`

/** Which section each table belongs to, so `--sections` can narrow the folder. */
const sectionOf: Record<string, string> = {
  sources: "summary",
  participants: "summary",
  "research-questions": "themes",
  themes: "themes",
  "theme-groups": "matrix",
  "theme-participants": "themes",
  quotations: "themes",
  documentary: "themes",
  statistical: "themes",
  convergence: "themes",
  links: "model",
  saturation: "saturation",
  "saturation-verdict": "saturation",
  reliability: "reliability",
  "reliability-per-code": "reliability",
  tiers: "comparison",
  indicators: "comparison",
  institutions: "comparison",
  memos: "memos",
  plugins: "method",
  coders: "method",
}

export const render = (f: Findings, options: RenderOptions = {}) => {
  const selected = options.sections ?? []
  return Tables.all(f)
    .filter((t) => selected.length === 0 || selected.includes(sectionOf[t.name] as never))
    .map((t) => ({ path: `${t.name}.csv`, content: renderTable(t) }))
}

export const renderer: Renderer = {
  format: "csv",
  description: "a folder with one CSV file per table",
  layout: "folder",
  extension: "",
  render: (f, options) => Effect.sync(() => render(f, options)),
}
