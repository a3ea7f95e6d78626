/** CSV through csv-parse, with the line each record starts on kept for messages. */
import { BadInput, Limits, Records } from "@valuelens/core"
import { parse } from "csv-parse/sync"
import { Exit } from "effect"

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
 * Parses CSV text with a header row. Header names are trimmed and lower-cased. Parsing stops one row past the
 * `csvRows` limit, so a file over it is refused without reading the rest.
 */
export const table = (
  text: string,
  file: string,
  limits: Limits.Limits = Limits.defaults,
): Exit.Exit<CsvTable, BadInput> => {
  let rows: Parsed[]
  try {
    rows = parse(text, {
      info: true,
      raw: true,
      skip_empty_lines: true,
      bom: true,
      to: limits.csvRows + 2,
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
  if (rows.length > limits.csvRows + 1)
    return Exit.fail(Limits.exceeded(file, "csvRows", limits, `a CSV of more than ${limits.csvRows} rows`))
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
