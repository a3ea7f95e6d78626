/**
 * Country comparison and triangulation. The tier timeline reads `tip.tier` observations; the triangulation
 * matrix lays value codes against kinds of evidence, with verdicts left "not computed" until a triangulation
 * run stores them.
 */
import { type CodingInfo, codeName, type Project, perProject } from "./data.js"
import type { KeyPress } from "./keys.js"
import { navigate } from "./list.js"
import { openSource } from "./sources.js"
import { bodyRows, type State, type Step } from "./types.js"

/** TIP Report tiers from best to worst, the rows of the timeline chart. */
export const TIERS: ReadonlyArray<string> = ["1", "2", "2W", "3"]

const normaliseTier = (tier: string): string => {
  const t = tier
    .toUpperCase()
    .replace(/^TIER\s*/, "")
    .replace(/\s*WATCH\s*LIST$/, "W")
    .replace(/\s+/g, "")
  return t === "2WL" ? "2W" : t
}

export interface Timeline {
  readonly years: ReadonlyArray<number>
  readonly countries: ReadonlyArray<{ readonly country: string; readonly tiers: ReadonlyMap<number, string> }>
}

export const timeline = perProject((p: Project): Timeline => {
  const years = [...new Set(p.tiers.map((t) => t.year))].sort((a, b) => a - b)
  const byCountry = new Map<string, Map<number, string>>()
  for (const t of p.tiers) {
    const m = byCountry.get(t.country) ?? new Map<number, string>()
    m.set(t.year, normaliseTier(t.tier))
    byCountry.set(t.country, m)
  }
  return {
    years,
    countries: [...byCountry.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([country, tiers]) => ({ country, tiers })),
  }
})

/** Lines a country takes in the chart: one per tier and a blank one. */
export const LINES_PER_COUNTRY = TIERS.length + 1
export const countryRows = (s: State): number =>
  Math.max(1, Math.floor((bodyRows(s) - 2) / LINES_PER_COUNTRY))

export const onCountriesKey = (s: State, key: KeyPress): Step => {
  const n = s.data ? timeline(s.data).countries.length : 0
  const moved = navigate(s.countries, key, n, countryRows(s))
  return moved ? [{ ...s, countries: moved }, []] : [s, []]
}

export const EVIDENCE = ["interview", "document", "statistics"] as const

export interface TriangulationRow {
  readonly codeId: string
  readonly name: string
  readonly counts: ReadonlyArray<number>
  readonly evidence: ReadonlyArray<CodingInfo>
}

/** Value codes against the kinds of source their accepted codings come from. */
export const triangulationRows = perProject(
  (p: Project): ReadonlyArray<TriangulationRow> =>
    p.codes
      .filter((c) => c.kind === "value")
      .map((c) => {
        const evidence = p.codings.filter((x) => x.codeId === c.id && x.status === "accepted")
        return {
          codeId: c.id,
          name: codeName(p, c.id),
          counts: EVIDENCE.map((k) => evidence.filter((x) => x.sourceKind === k).length),
          evidence,
        }
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
)

/** Rows of the matrix: half the body; the evidence of the selected row fills the rest. */
export const matrixRows = (s: State): number => Math.max(1, Math.floor((bodyRows(s) - 3) / 2))

export const onTriangulationKey = (s: State, key: KeyPress): Step => {
  if (!s.data) return [s, []]
  const rows = triangulationRows(s.data)
  const moved = navigate(s.triangulation, key, rows.length, matrixRows(s))
  if (moved) return [{ ...s, triangulation: moved }, []]
  if (key === "enter") {
    const first = rows[s.triangulation.cursor]?.evidence[0]
    if (!first) return [{ ...s, message: "no accepted evidence for this code yet" }, []]
    return openSource(s, first.sourceId, first.start)
  }
  return [s, []]
}
