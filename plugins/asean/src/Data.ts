/**
 * The sourced ASEAN data this package ships in `data/` (copied unchanged from the project's reference data): TIP
 * tiers of the ten states, the legal and institutional facts, and the source list. The CSVs are read when a
 * plugin loads, so every value keeps its confidence and source keys exactly as sourced, and an empty cell stays
 * missing. The country plugins read the shared tables through this module (`@valuelens/plugin-asean/data`).
 */
import { readFileSync } from "node:fs"
import type { PluginDefinition } from "@valuelens/plugin-api"
import { parse } from "csv-parse/sync"

type Observation = NonNullable<PluginDefinition["observations"]>[number]

const dataDir = new URL("../data/", import.meta.url)

/** The rows of one CSV, keyed by the header: by default from this package's `data/`, else from `dir`. */
export const readCsv = (file: string, dir: URL = dataDir): ReadonlyArray<Record<string, string>> =>
  parse(readFileSync(new URL(file, dir), "utf8"), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as Array<Record<string, string>>

export interface TierRow {
  readonly country_iso3: string
  readonly country: string
  readonly report_year: string
  readonly tier: string
  readonly confidence: string
  readonly source_ids: string
}

export const tierRows = (): ReadonlyArray<TierRow> => readCsv("tip_tiers_asean.csv") as unknown as TierRow[]

/**
 * One `tip.tier` observation per row with a tier; rows whose tier is empty (confidence `unknown`) give none, so
 * the comparison shows those years as "no data". The year is the TIP report's year; `source` is the row's
 * `;`-separated source keys.
 */
export const tierObservations = (
  rows: ReadonlyArray<TierRow>,
  countries?: ReadonlyArray<string>,
): ReadonlyArray<Observation> =>
  rows
    .filter((r) => r.tier !== "" && (countries === undefined || countries.includes(r.country_iso3)))
    .map((r) => ({
      country: r.country_iso3,
      year: Number(r.report_year),
      indicator: "tip.tier",
      value: r.tier,
      source: r.source_ids,
      confidence: r.confidence,
      note: `US Trafficking in Persons Report ${r.report_year}`,
    }))

export interface SourceRow {
  readonly source_id: string
  readonly title: string
  readonly url_or_repo_path: string
  readonly what_it_supports: string
}

export const sourceRows = (): ReadonlyArray<SourceRow> => readCsv("sources.csv") as unknown as SourceRow[]

/** The keys a `;`-separated source list names. */
export const sourceKeys = (sources: string): ReadonlyArray<string> =>
  sources
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)

/** A Markdown bibliography of the source keys used, in the order of `sources.csv`. */
export const bibliography = (rows: ReadonlyArray<SourceRow>, used: ReadonlyArray<string>): string => {
  const keys = new Set(used.flatMap(sourceKeys))
  return rows
    .filter((r) => keys.has(r.source_id))
    .map((r) => `- **${r.source_id}**: ${r.title}. ${r.url_or_repo_path}`)
    .join("\n")
}

export interface FactRow {
  readonly fact_id: string
  readonly country: string
  readonly topic: string
  readonly fact: string
  readonly source_ids: string
  readonly confidence: string
}

export const factRows = (): ReadonlyArray<FactRow> => readCsv("framework_facts.csv") as unknown as FactRow[]

type Institution = NonNullable<NonNullable<PluginDefinition["countries"]>[number]["institutions"]>[number]

/** How a fact of `framework_facts.csv` is shown in the comparison: its kind, a short name, and its year. */
export interface FactLabel {
  readonly kind: Institution["kind"]
  readonly name: string
  readonly year?: number
}

/**
 * Institutions from the facts named in `labels`, in the order of the CSV. The detail, source keys and confidence
 * are the CSV's own; a label naming a fact the CSV lacks is a packaging mistake and fails loudly.
 */
export const institutions = (
  rows: ReadonlyArray<FactRow>,
  labels: Readonly<Record<string, FactLabel>>,
): ReadonlyArray<Institution> => {
  for (const id of Object.keys(labels))
    if (!rows.some((r) => r.fact_id === id)) throw new Error(`framework_facts.csv has no fact ${id}`)
  return rows
    .filter((r) => r.fact_id in labels)
    .map((r) => {
      const label = labels[r.fact_id]!
      return {
        kind: label.kind,
        name: label.name,
        ...(label.year === undefined ? {} : { year: label.year }),
        detail: `${r.topic}: ${r.fact} [${r.fact_id}]`,
        source: r.source_ids,
        confidence: r.confidence,
      }
    })
}
