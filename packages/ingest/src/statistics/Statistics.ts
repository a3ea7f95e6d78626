/**
 * Statistics in long format, one observation per row: `country,year,indicator,value,unit,source,confidence`
 * (an optional `note` column too). Every row is decoded with a Schema; the first bad row stops the import with
 * its line and field.
 */
import { BadInput, Limits, type Observation } from "@valuelens/core"
import { Exit, Schema } from "effect"
import * as Csv from "../Csv.js"
import * as Fields from "../Fields.js"

export const REQUIRED = ["country", "year", "indicator", "value", "source"] as const
export const COLUMNS = [...REQUIRED.slice(0, 4), "unit", "source", "confidence", "note"] as const

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

export const Row = Schema.Struct({
  country: Fields.Country,
  year: Fields.IntFromText.check(
    Schema.isBetween({ minimum: 1800, maximum: 2200 }, { message: "expected a year such as 2021" }),
  ),
  indicator: Schema.String.check(
    Schema.isPattern(/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/, {
      message: "expected an indicator key such as enforcement.convictions",
    }),
  ),
  value: Schema.NonEmptyString,
  unit: Fields.Optional,
  source: Schema.NonEmptyString,
  confidence: Fields.Optional,
  note: Fields.Optional,
})

export interface ObservationRow {
  readonly observation: Observation
  readonly line: number
}

/** Whether a CSV header is a statistics table's. */
export const isStatisticsHeader = (header: ReadonlyArray<string>) => REQUIRED.every((c) => header.includes(c))

export const read = (
  text: string,
  file: string,
  limits: Limits.Limits = Limits.defaults,
): Exit.Exit<ReadonlyArray<ObservationRow>, BadInput> => {
  const t = Csv.table(text, file, limits)
  if (Exit.isFailure(t)) return Fields.propagate(t)
  const { header, records } = t.value
  const missing = REQUIRED.filter((c) => !header.includes(c))
  const unknown = header.filter((c) => !(COLUMNS as ReadonlyArray<string>).includes(c))
  if (missing.length > 0 || unknown.length > 0)
    return Exit.fail(
      new BadInput({
        reason: "invalid-statistics-header",
        file,
        line: 1,
        field: missing[0] ?? unknown[0],
        message: `${file}:1: expected the columns ${COLUMNS.slice(0, 7).join(",")} (note optional)${missing.length ? `; missing ${missing.join(", ")}` : ""}${unknown.length ? `; unknown ${unknown.join(", ")}` : ""}`,
      }),
    )
  if (records.length === 0)
    return Exit.fail(new BadInput({ reason: "empty-file", file, message: `${file}: the CSV has no rows` }))
  const rows: ObservationRow[] = []
  const seen = new Map<string, ObservationRow>()
  for (const r of records) {
    const decoded = Fields.decode(Row, r.cells, { file, line: () => r.line }, "invalid-statistics-row")
    if (Exit.isFailure(decoded)) return Fields.propagate(decoded)
    const d = decoded.value
    const observation: Observation = {
      country: d.country,
      year: d.year,
      indicator: d.indicator,
      value: NUMBER.test(d.value) ? Number(d.value) : d.value,
      unit: d.unit,
      source: d.source,
      confidence: d.confidence,
      note: d.note,
    }
    const key = [d.country, d.year, d.indicator, d.source].join("\u0000")
    const before = seen.get(key)
    if (before && before.observation.value !== observation.value)
      return Exit.fail(
        new BadInput({
          reason: "conflicting-observation",
          file,
          line: r.line,
          field: "value",
          message: `${file}:${r.line}: value: ${d.indicator} for ${d.country} ${d.year} from ${d.source} is ${observation.value} here but ${before.observation.value} on line ${before.line}`,
        }),
      )
    const row = { observation, line: r.line }
    seen.set(key, row)
    rows.push(row)
  }
  return Exit.succeed(rows)
}
