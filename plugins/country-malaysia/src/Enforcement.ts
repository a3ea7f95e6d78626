/**
 * Malaysia's investigations, prosecutions, convictions and confirmed victims as quoted from the TIP reports
 * (`data/malaysia_enforcement.csv`). The year is the report's year, like the tiers (the figures describe the
 * reporting period the row names, usually the calendar year before). Empty cells (no figure found) give no
 * observation. The CSV has no confidence column, so these observations carry the row's notes, which say how
 * each figure was found, and no confidence of their own rather than a guessed one. Government counts
 * (`malaysia_gov_stats.csv`) count cases and investigation papers, not persons, and are deliberately not mixed in.
 */
import type { PluginDefinition } from "@valuelens/plugin-api"
import { readCsv } from "@valuelens/plugin-asean/data"

type Observation = NonNullable<PluginDefinition["observations"]>[number]

export interface EnforcementRow {
  readonly report_year: string
  readonly reporting_period: string
  readonly investigations: string
  readonly prosecutions: string
  readonly convictions: string
  readonly victims_identified: string
  readonly source_ids: string
  readonly notes: string
}

export const rows = (): ReadonlyArray<EnforcementRow> =>
  readCsv("malaysia_enforcement.csv", new URL("../data/", import.meta.url)) as unknown as EnforcementRow[]

/** The CSV column behind each indicator key. */
export const columns = [
  { column: "investigations", indicator: "enforcement.investigations", unit: "cases" },
  { column: "prosecutions", indicator: "enforcement.prosecutions", unit: "persons" },
  { column: "convictions", indicator: "enforcement.convictions", unit: "persons" },
  { column: "victims_identified", indicator: "victims.identified", unit: "persons" },
] as const

export const observations = (data: ReadonlyArray<EnforcementRow>): ReadonlyArray<Observation> =>
  data.flatMap((r) =>
    columns.flatMap(({ column, indicator, unit }) => {
      const cell = r[column].trim()
      if (cell === "") return []
      if (!/^\d+$/.test(cell))
        throw new Error(`malaysia_enforcement.csv ${r.report_year} ${column}: "${cell}" is not a count`)
      return [
        {
          country: "MYS",
          year: Number(r.report_year),
          indicator,
          value: Number(cell),
          unit,
          source: r.source_ids,
          note: `TIP report ${r.report_year}, reporting period ${r.reporting_period}: ${r.notes}`,
        },
      ]
    }),
  )
