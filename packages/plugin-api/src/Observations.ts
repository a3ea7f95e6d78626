/**
 * Reads a country plugin's statistics from CSV in the long format of DESIGN §4
 * (`country,year,indicator,value,unit,source,confidence[,note]`), so a team keeps its figures in a
 * spreadsheet-friendly file next to the plugin, each with its source and confidence. Quoting follows RFC 4180.
 * Numbers become numbers; anything else (a TIP tier) stays text. A bad row throws, naming the file and line, and
 * the loader reports it as that plugin's error.
 */
import type { Observation } from "@valuelens/core"

const COLUMNS = ["country", "year", "indicator", "value", "unit", "source", "confidence"] as const

/** RFC 4180 rows with the line each starts on. */
const rows = (text: string): Array<{ line: number; cells: string[] }> => {
  const out: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let line = 1
  let start = 1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === "\n") line++
        cell += c
      }
    } else if (c === '"') quoted = true
    else if (c === ",") {
      cells.push(cell)
      cell = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      cells.push(cell)
      if (cells.some((x) => x.length > 0)) out.push({ line: start, cells })
      cells = []
      cell = ""
      line++
      start = line
    } else cell += c
  }
  cells.push(cell)
  if (cells.some((x) => x.length > 0)) out.push({ line: start, cells })
  return out
}

/** Parses observations from CSV text; `file` names the file in error messages. */
export const fromCsv = (text: string, file = "observations.csv"): Observation[] => {
  const [header, ...body] = rows(text.replace(/^\ufeff/, ""))
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
