/**
 * Reads a country plugin's statistics from CSV in the long format of DESIGN §4
 * (`country,year,indicator,value,unit,source,confidence[,note]`), so a team keeps its figures in a
 * spreadsheet-friendly file next to the plugin, each with its source and confidence. Quoting follows RFC 4180 (csv-parse).
 * Numbers become numbers; anything else (a TIP tier) stays text. A bad row throws, naming the file and line, and
 * the loader reports it as that plugin's error.
 */
import type { Observation } from "@valuelens/core"
import { parse } from "csv-parse/sync"

const COLUMNS = ["country", "year", "indicator", "value", "unit", "source", "confidence"] as const

/** The CSV's rows (RFC 4180, through csv-parse) with the line each starts on; blank lines are skipped. */
const rows = (text: string, file: string): Array<{ line: number; cells: string[] }> => {
  try {
    return (
      parse(text, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
      }) as unknown as Array<{
        record: string[]
        info: { lines: number }
      }>
    ).map(({ record, info }) => ({ line: info.lines, cells: record }))
  } catch (e) {
    const line = (e as { lines?: number }).lines
    throw new Error(
      `${file}${line ? `:${line}` : ""}: not valid CSV (${e instanceof Error ? e.message : String(e)})`,
    )
  }
}

/** Parses observations from CSV text; `file` names the file in error messages. */
export const fromCsv = (text: string, file = "observations.csv"): Observation[] => {
  const [header, ...body] = rows(text, file)
  if (!header) return []
  const names = header.cells.map((h) => h.trim())
  const missing = COLUMNS.filter((c) => !names.includes(c))
  if (missing.length > 0)
    throw new Error(`${file}:1: the header lacks ${missing.join(", ")}; expected ${COLUMNS.join(",")}[,note]`)
  return body.map(({ line, cells }) => {
    if (cells.length !== names.length)
      throw new Error(`${file}:${line}: expected ${names.length} cells, found ${cells.length}`)
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i]!.trim()]))
    const where = `${file}:${line}`
    if (!/^[A-Z]{3}$/.test(row.country!))
      throw new Error(`${where}: country "${row.country}" is not an ISO3 code such as MYS`)
    if (!/^\d{4}$/.test(row.year!)) throw new Error(`${where}: year "${row.year}" is not a year such as 2015`)
    if (!row.indicator) throw new Error(`${where}: indicator is empty; name one such as tip.tier`)
    if (!row.value) throw new Error(`${where}: value is empty; leave out rows without a figure`)
    if (!row.source) throw new Error(`${where}: source is empty; every figure needs its source`)
    const numeric = /^-?\d+(\.\d+)?$/.test(row.value)
    return {
      country: row.country!,
      year: Number(row.year),
      indicator: row.indicator,
      value: numeric ? Number(row.value) : row.value,
      ...(row.unit ? { unit: row.unit } : {}),
      source: row.source,
      ...(row.confidence ? { confidence: row.confidence } : {}),
      ...(row.note ? { note: row.note } : {}),
    }
  })
}
