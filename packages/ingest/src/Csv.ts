/** CSV through csv-parse, with the line each record starts on kept for messages. */
import { BadInput, Limits, Records } from "@valuelens/core"
import { parse } from "csv-parse/sync"
import { Exit } from "effect"
import * as Fields from "./Fields.js"

export interface CsvRecord {
  /** 1-based line the record starts on. */
  readonly line: number
  /** Cells by header name (a record without a prototype: any column name is plain data); empty cells are absent. */
  readonly cells: Readonly<Record<string, string>>
}

export interface CsvTable {
  readonly header: ReadonlyArray<string>
  readonly records: ReadonlyArray<CsvRecord>
}

interface Parsed {
  readonly record: string[]
  readonly raw: string
  readonly info: { readonly lines: number }
}

/**
 * The number of non-empty lines outside quoted cells: the records csv-parse would find, counted in one pass
 * without building them. Quotes and line ends are ASCII, so UTF-8 bytes count the same as the decoded text.
 */
const countRecords = (content: string | Uint8Array): number => {
  const code = typeof content === "string" ? (i: number) => content.charCodeAt(i) : (i: number) => content[i]!
  let records = 0
  let quoted = false
  let empty = true
  for (let i = 0; i < content.length; i++) {
    const c = code(i)
    if (c === 0x22) quoted = !quoted
    if (!quoted && (c === 0x0a || c === 0x0d)) {
      if (!empty) records++
      empty = true
    } else empty = false
  }
  return empty ? records : records + 1
}

/**
 * Refuses a CSV with more rows (after its header) than the `csvRows` limit, from its bytes or its text, before
 * it is decoded or parsed.
 */
export const checkRows = (
  content: string | Uint8Array,
  file: string,
  limits: Limits.Limits,
): Exit.Exit<void, BadInput> => {
  const records = countRecords(content)
  return records > limits.csvRows + 1
    ? Exit.fail(Limits.exceeded(file, "csvRows", limits, `a CSV of ${records - 1} rows`))
    : Exit.void
}

/**
 * Parses CSV text with a header row. Header names are trimmed and lower-cased. A file with more rows than the
 * `csvRows` limit is refused before it is parsed.
 */
export const table = (
  text: string,
  file: string,
  limits: Limits.Limits = Limits.defaults,
): Exit.Exit<CsvTable, BadInput> => {
  const counted = checkRows(text, file, limits)
  if (Exit.isFailure(counted)) return Fields.propagate(counted)
  let rows: Parsed[]
  try {
    rows = parse(text, {
      info: true,
      raw: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as Parsed[]
  } catch (cause) {
    const line = (cause as { lines?: number }).lines
    const why = cause instanceof Error ? cause.message : String(cause)
    return Exit.fail(
      new BadInput({
        reason: "malformed-csv",
        file,
        line,
        message: `${file}${line === undefined ? "" : `:${line}`}: malformed CSV: ${why}`,
      }),
    )
  }
  const first = rows[0]
  if (!first)
    return Exit.fail(
      new BadInput({ reason: "empty-file", file, message: `${file}: the CSV has no header row` }),
    )
  const header = first.record.map((h) => h.trim().toLowerCase())
  const records: CsvRecord[] = []
  for (const r of rows.slice(1)) {
    // info.lines is the line a record ends on; a quoted cell may span lines
    const line = r.info.lines - (r.raw.replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0)
    const cells = Records.empty<string>()
    r.record.forEach((v, i) => {
      const name = header[i]
      const value = v.trim()
      if (name !== undefined && name !== "" && value !== "") cells[name] = value
    })
    records.push({ line, cells })
  }
  return Exit.succeed({ header, records })
}
