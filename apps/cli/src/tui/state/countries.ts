/**
 * Country comparison and triangulation. The tier timeline reads the TIP tiers of `Triangulation.compare` for
 * the project's countries; the triangulation matrix shows `Triangulation.run`'s convergence verdicts (Farmer
 * et al. 2006) per theme and evidence pair, with the rule and the evidence behind the selected cell. Both are
 * asked for when their screen opens, so they reflect the codings as they are then.
 */
import { Convergence, type Project as Triangulation } from "@valuelens/triangulation"
import type { KeyPress } from "./keys.js"
import { navigate, start } from "./list.js"
import { openSource } from "./sources.js"
import { bodyRows, type State, type Step } from "./types.js"

/** TIP Report tiers from best to worst, the rows of the timeline chart. */
export const TIERS: ReadonlyArray<string> = ["1", "2", "2W", "3"]

/** `Tier 2 Watch List` → `2W`; anything that is not a tier (`Not ranked`) stays as written. */
export const normaliseTier = (tier: string): string => {
  const t = tier
    .toUpperCase()
    .replace(/^TIER\s*/, "")
    .replace(/\s*WATCH\s*LIST$/, "W")
    .replace(/\s+/g, "")
  return t === "2WL" ? "2W" : TIERS.includes(t) ? t : tier
}

/** Lines a country takes in the chart: one per tier and a blank one. */
export const LINES_PER_COUNTRY = TIERS.length + 1
export const countryRows = (s: State): number =>
  Math.max(1, Math.floor((bodyRows(s) - 2) / LINES_PER_COUNTRY))

export const onCountriesKey = (s: State, key: KeyPress): Step => {
  const n = s.countries.result?.comparison?.countries.length ?? 0
  const moved = navigate(s.countries.list, key, n, countryRows(s))
  return moved ? [{ ...s, countries: { ...s.countries, list: moved } }, []] : [s, []]
}

/** One piece of evidence behind a verdict: a passage to open, or a statistical rule's reading. */
export interface EvidenceLine {
  readonly text: string
  readonly sourceId?: string
  readonly start?: number
}

/** The evidence of both sides of a pair for one theme: quotations, document passages, rule evaluations. */
export const evidenceOf = (
  theme: Triangulation.ThemeResult,
  pair: Convergence.Pair,
  titles: ReadonlyMap<string, string>,
): ReadonlyArray<EvidenceLine> =>
  pair.split("-").flatMap((side): EvidenceLine[] => {
    const e = theme.evidence
    if (side === "interview")
      return e.interview.quotations.map((q) => ({
        text: `${titles.get(q.sourceId) ?? q.sourceId}: “${q.text}”`,
        sourceId: q.sourceId,
        start: q.start,
      }))
    if (side === "document")
      return e.document.documents.flatMap((d) =>
        d.passages.map((x) => ({
          text: `${d.title}${x.page === undefined ? "" : ` p. ${x.page}`}: “${x.text}”`,
          sourceId: d.sourceId,
          start: x.start,
        })),
      )
    return e.statistics.evaluations.map((x) => ({
      text: `${x.rule.id} ${x.country}: ${x.signal}${x.conditions.length ? ` (${x.conditions.map((c) => c.detail).join("; ")})` : ""}`,
    }))
  })

/** Rows of the matrix: its themes, at most half the body; the selected cell's rule and evidence fill the rest. */
export const matrixRows = (s: State): number =>
  Math.max(
    1,
    Math.min(
      s.triangulation.result?.themes.length ?? Number.POSITIVE_INFINITY,
      Math.floor((bodyRows(s) - 3) / 2),
    ),
  )

/** The selected theme, its verdict on the selected pair, and the evidence behind that cell. */
export const selectedCell = (s: State) => {
  const t = s.triangulation
  const theme = t.result?.themes[t.list.cursor]
  const pair = Convergence.pairs[t.pair]!
  const titles = new Map((s.data?.sources ?? []).map((x) => [x.id, x.title]))
  return {
    theme,
    pair,
    verdict: theme?.verdicts.find((v) => v.pair === pair),
    evidence: theme ? evidenceOf(theme, pair, titles) : [],
  }
}

/**
 * Rows left for the evidence: the body minus the caption and column titles, the matrix, and the cell's
 * detail above its evidence (separator, verdict, rule, one line per reading, the evidence title), so the
 * screen never grows past the terminal and the selected theme stays in view.
 */
export const evidenceRows = (s: State): number =>
  Math.max(1, bodyRows(s) - 2 - matrixRows(s) - 4 - (selectedCell(s).verdict?.readings.length ?? 0))

/** `j` `k` move through the evidence as ↓ ↑ move through the themes. */
const evidenceKeys: Readonly<Record<string, string>> = { j: "down", k: "up" }

export const onTriangulationKey = (s: State, key: KeyPress): Step => {
  const t = s.triangulation
  if (!t.result || !s.data) return [s, []]
  const themes = t.result.themes
  const moved = navigate(t.list, key, themes.length, matrixRows(s))
  if (moved) return [{ ...s, triangulation: { ...t, list: moved, evidence: start } }, []]
  const scroll = evidenceKeys[key]
  if (scroll) {
    const evidence = navigate(t.evidence, scroll, selectedCell(s).evidence.length, evidenceRows(s))!
    return [{ ...s, triangulation: { ...t, evidence } }, []]
  }
  const pair = (d: number): Step => [
    {
      ...s,
      triangulation: {
        ...t,
        pair: (t.pair + d + Convergence.pairs.length) % Convergence.pairs.length,
        evidence: start,
      },
    },
    [],
  ]
  if (key === "right" || key === "l" || key === "tab") return pair(1)
  if (key === "left" || key === "h" || key === "shift+tab") return pair(-1)
  if (key === "enter") {
    const { evidence } = selectedCell(s)
    // the marked line, or the first passage after it when it is a statistical reading
    const passage = [...evidence.slice(t.evidence.cursor), ...evidence].find((x) => x.sourceId !== undefined)
    if (!passage?.sourceId) return [{ ...s, message: "no coded passage behind this cell" }, []]
    return openSource(s, passage.sourceId, passage.start ?? 0)
  }
  return [s, []]
}
