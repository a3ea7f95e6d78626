/**
 * A codebook as CSV, the way Taguette and spreadsheets exchange one: a row per code with its path of names from
 * the root in `tag` (Taguette's column; it also reads `name` or `path`) and its `description`, plus `colour`,
 * which Taguette ignores. The path separator is `/`. Taguette writes these columns (its `codebook_csv`) and
 * reads them (its `import_codebook`): exactly one of `tag`, `name`, `path`, and an optional `description`.
 * A code's inclusion and exclusion criteria and examples (see `CodeDefinition`) have columns of their own,
 * `inclusion`, `exclusion` and `examples` (one example per paragraph), which Taguette ignores.
 */
import { BadInput, CodeDefinition, Ids } from "@valuelens/core"
import { Csv } from "@valuelens/ingest"
import { Effect } from "effect"
import type * as Qde from "./Qde.js"

export const SEPARATOR = "/"
export const columns = ["tag", "description", "inclusion", "exclusion", "examples", "colour"] as const

export type Row = Readonly<Record<(typeof columns)[number], string>>

// examples are paragraphs of one cell
const EXAMPLES = "\n\n"

/** One row per code, each parent before its children, in the tree's order. */
export const rows = (codes: ReadonlyArray<Qde.Code>, path: ReadonlyArray<string> = []): Row[] =>
  codes.flatMap((c) => {
    const here = [...path, c.name]
    const d = CodeDefinition.fromText(c.description)
    return [
      {
        tag: here.join(SEPARATOR),
        description: d.description ?? "",
        inclusion: d.inclusion ?? "",
        exclusion: d.exclusion ?? "",
        examples: d.examples.join(EXAMPLES),
        colour: c.color ?? "",
      },
      ...rows(c.children, here),
    ]
  })

// a spreadsheet-safe CSV writer puts an apostrophe before a cell a spreadsheet would run as a formula
const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

const invalid = (file: string, message: string, line?: number) =>
  new BadInput({
    reason: "invalid-codebook",
    file,
    ...(line === undefined ? {} : { line }),
    message: `${file}${line === undefined ? "" : `:${line}`}: ${message}`,
  })

/** Reads a CSV codebook into the QDA-XML model, so it imports like a `.qdc`. */
export const read = (text: string, file: string): Effect.Effect<Qde.Codebook, BadInput> =>
  Effect.flatMap(Csv.table(text, file), ({ header, records }) => codebookOf(header, records, file))

const codebookOf = (
  header: ReadonlyArray<string>,
  records: ReadonlyArray<Csv.CsvRecord>,
  file: string,
): Effect.Effect<Qde.Codebook, BadInput> => {
  const named = (["tag", "name", "path"] as const).filter((c) => header.includes(c))
  if (named.length !== 1)
    return Effect.fail(
      invalid(
        file,
        named.length === 0
          ? `no "tag", "name" or "path" column; expected a codebook CSV with a tag column (as Taguette writes it)`
          : `both ${named.map((c) => `"${c}"`).join(" and ")} columns; expected one column naming the code`,
        1,
      ),
    )
  const column = named[0]!
  interface Node {
    guid: string
    name: string
    description?: string
    color?: string
    children: Map<string, Node>
  }
  const root = new Map<string, Node>()
  for (const r of records) {
    const tag = unneutralised(r.cells[column] ?? "")
    if (Object.keys(r.cells).length === 0) continue
    const names = tag
      .split(SEPARATOR)
      .map((n) => n.trim())
      .filter((n) => n !== "")
    if (names.length === 0)
      return Effect.fail(invalid(file, `the "${column}" cell is empty; expected a code name`, r.line))
    let level = root
    let node: Node | undefined
    names.forEach((name, i) => {
      node = level.get(name)
      if (!node) {
        node = {
          guid: Ids.guid(`codebook-csv:${names.slice(0, i + 1).join(SEPARATOR)}`),
          name,
          children: new Map(),
        }
        level.set(name, node)
      }
      level = node.children
    })
    const cell = (name: string) => unneutralised(r.cells[name] ?? "")
    const description = CodeDefinition.toText({
      description: cell("description"),
      inclusion: cell("inclusion"),
      exclusion: cell("exclusion"),
      examples: cell("examples").split(/\n\s*\n/),
    })
    const colour = r.cells.colour ?? r.cells.color
    if (node && description && node.description === undefined) node.description = description
    if (node && colour && node.color === undefined) node.color = colour
  }
  const toCode = (n: Node): Qde.Code => ({
    guid: n.guid,
    name: n.name,
    isCodable: true,
    color: n.color,
    description: n.description,
    noteRefs: [],
    children: [...n.children.values()].map(toCode),
  })
  return Effect.succeed({ origin: undefined, codes: [...root.values()].map(toCode), sets: [] })
}
