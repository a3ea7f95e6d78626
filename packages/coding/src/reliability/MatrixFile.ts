/**
 * Reads reliability data from a file's text: JSON `{ "matrix": [[…], …] }` (coders × units, `null` missing,
 * numbers or strings) or CSV with one row per coder and one column per unit (an empty cell or `NA` is
 * missing; cells that read as numbers are numbers). Anything wrong becomes a `BadInput` naming the file and,
 * where it applies, the line, the coder row and the unit column.
 */
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { type Cell, check, type Level, type Matrix, type Measure } from "./Data.js"

export type MatrixFormat = "json" | "csv"

/** The format by extension, else by the first non-blank character (`{` or `[` means JSON). */
export const formatOf = (file: string, text: string): MatrixFormat => {
  const lower = file.toLowerCase()
  if (lower.endsWith(".json")) return "json"
  if (lower.endsWith(".csv")) return "csv"
  return /^\s*[[{]/.test(text) ? "json" : "csv"
}

const lineColumn = (text: string, position: number) => {
  const before = text.slice(0, position).split("\n")
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

const parseJson = (text: string, file: string): Effect.Effect<unknown, BadInput> =>
  Effect.try({
    try: () => JSON.parse(text) as unknown,
    catch: (e) => {
      const detail = e instanceof Error ? e.message : String(e)
      const lc = /line (\d+) column (\d+)/.exec(detail)
      const pos = /position (\d+)/.exec(detail)
      const at = lc
        ? { line: Number(lc[1]), column: Number(lc[2]) }
        : pos
          ? lineColumn(text, Number(pos[1]))
          : undefined
      return new BadInput({
        reason: "malformed-json",
        file,
        ...at,
        message: `${file}${at ? `:${at.line}:${at.column}` : ""}: not valid JSON (${detail}); expected { "matrix": [[…], …] }`,
      })
    },
  }).pipe(
    Effect.flatMap((doc) => {
      if (Array.isArray(doc)) return Effect.succeed(doc)
      if (doc !== null && typeof doc === "object" && "matrix" in doc) return Effect.succeed(doc.matrix)
      return Effect.fail(
        new BadInput({
          reason: "no-matrix",
          file,
          field: "matrix",
          message: `${file}: expected a JSON object with a "matrix" field (an array of coder rows)`,
        }),
      )
    }),
  )

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

const cellOf = (raw: string): Cell => {
  const s = raw.trim()
  if (s === "" || s === "NA") return null
  return NUMBER.test(s) ? Number(s) : s
}

interface CsvRecord {
  readonly line: number
  readonly cells: Cell[]
}

/** RFC 4180 CSV: comma-separated, `"` quotes a field, `""` is a quote inside one; blank lines are skipped. */
export const parseCsv = (text: string, file: string): Effect.Effect<CsvRecord[], BadInput> =>
  Effect.suspend(() => {
    const records: CsvRecord[] = []
    const bad = (line: number, column: number, what: string) =>
      Effect.fail(
        new BadInput({
          reason: "malformed-csv",
          file,
          line,
          column,
          message: `${file}:${line}:${column}: ${what}`,
        }),
      )
    let line = 1
    let col = 1
    let i = 0
    let fields: string[] = []
    let recordLine = 1
    let field = ""
    let quoted = false
    let quoteLine = 1
    let quoteColumn = 1
    let blank = true
    const endRecord = () => {
      fields.push(field)
      if (!(blank && fields.length === 1 && field.trim() === ""))
        records.push({ line: recordLine, cells: fields.map(cellOf) })
      fields = []
      field = ""
      blank = true
    }
    while (i < text.length) {
      const ch = text[i]!
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            col += 2
            continue
          }
          quoted = false
          const next = text[i + 1]
          if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
            return bad(
              line,
              col + 1,
              `unexpected ${JSON.stringify(next)} after a closing quote; expected a comma or a line end`,
            )
          i++
          col++
          continue
        }
        if (ch === "\n") {
          line++
          col = 1
        } else col++
        field += ch
        i++
        continue
      }
      if (ch === '"') {
        if (field.trim() !== "")
          return bad(
            line,
            col,
            'a quote inside an unquoted field; quote the whole field and double inner quotes ("")',
          )
        field = ""
        quoted = true
        quoteLine = line
        quoteColumn = col
        blank = false
        i++
        col++
        continue
      }
      if (ch === ",") {
        fields.push(field)
        field = ""
        blank = false
        i++
        col++
        continue
      }
      if (ch === "\r" || ch === "\n") {
        endRecord()
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1
        line++
        col = 1
        recordLine = line
        continue
      }
      field += ch
      blank = false
      i++
      col++
    }
    if (quoted)
      return bad(quoteLine, quoteColumn, "this quoted field is not closed before the end of the file")
    if (field !== "" || fields.length > 0) endRecord()
    return Effect.succeed(records)
  })

export interface ReadMatrixOptions {
  readonly measure: Measure
  readonly level?: Level
  readonly ordered?: boolean
  readonly format?: MatrixFormat
}

/**
 * Parses and checks a reliability-data file: the matrix it holds, or a `BadInput` saying what is wrong and
 * where (empty file, malformed JSON or CSV, ragged rows, one coder, values the level cannot take).
 */
export const readMatrix = (
  text: string,
  file: string,
  options: ReadMatrixOptions,
): Effect.Effect<Matrix, BadInput> =>
  Effect.gen(function* () {
    if (text.trim() === "")
      return yield* new BadInput({
        reason: "empty-file",
        file,
        message: `${file}: the file is empty; expected JSON { "matrix": [[…], …] } or CSV with one row per coder`,
      })
    const format = options.format ?? formatOf(file, text)
    let matrix: unknown
    let lines: ReadonlyArray<number> | undefined
    if (format === "json") matrix = yield* parseJson(text, file)
    else {
      const records = yield* parseCsv(text, file)
      matrix = records.map((r) => r.cells)
      lines = records.map((r) => r.line)
    }
    const problem = check(matrix, options)
    if (problem) {
      const line = problem.row !== undefined && lines ? lines[problem.row - 1] : undefined
      const place =
        format === "csv"
          ? line !== undefined
            ? `${file}:${line}${problem.column !== undefined ? `:${problem.column}` : ""}`
            : file
          : file
      return yield* new BadInput({
        reason: problem.reason,
        file,
        ...(line === undefined ? {} : { line }),
        ...(problem.column === undefined ? {} : { column: problem.column }),
        ...(format === "json" && problem.row !== undefined
          ? {
              field: `matrix[${problem.row - 1}]${problem.column === undefined ? "" : `[${problem.column - 1}]`}`,
            }
          : {}),
        message: `${place}: ${problem.message}`,
      })
    }
    return matrix as Matrix
  })
