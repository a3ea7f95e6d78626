/**
 * Simple counts over accepted codings for the Analyses screen: code × participant group, co-occurrence of
 * codes on overlapping segments, factor → value links, the saturation curve, and percent agreement per code.
 * Plain functions over the loaded rows; the statistics packages compute the published measures.
 */
import { type CodingInfo, codeName, type Project, perProject } from "./data.js"
import type { KeyPress } from "./keys.js"
import { navigate } from "./list.js"
import { type AnalysisTab, bodyRows, type State, type Step } from "./types.js"

export const tabs: ReadonlyArray<{ readonly id: AnalysisTab; readonly title: string }> = [
  { id: "matrix", title: "Code × group" },
  { id: "cooccurrence", title: "Co-occurrence" },
  { id: "links", title: "Factor → value" },
  { id: "saturation", title: "Saturation" },
  { id: "agreement", title: "Agreement" },
]

const accepted = (p: Project) => p.codings.filter((c) => c.status === "accepted")

export interface Matrix {
  readonly groups: ReadonlyArray<string>
  readonly rows: ReadonlyArray<{
    readonly codeId: string
    readonly name: string
    readonly counts: ReadonlyArray<number>
  }>
}

/** Accepted codings per code and participant group (documents count under "document"). */
export const codeByGroup = perProject((p: Project): Matrix => {
  const rows = accepted(p)
  const groups = [...new Set(rows.map((c) => c.group ?? c.sourceKind))].sort()
  const counts = new Map<string, number[]>()
  for (const c of rows) {
    const g = groups.indexOf(c.group ?? c.sourceKind)
    const row = counts.get(c.codeId) ?? groups.map(() => 0)
    row[g]!++
    counts.set(c.codeId, row)
  }
  return {
    groups,
    rows: [...counts.entries()]
      .map(([codeId, n]) => ({ codeId, name: codeName(p, codeId), counts: n }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
})

export interface Pair {
  readonly a: string
  readonly b: string
  readonly count: number
}

/** Pairs of codes applied to overlapping spans of the same source, counted once per pair of codings. */
export const cooccurrence = (p: Project, keep: (a: CodingInfo, b: CodingInfo) => boolean = () => true) => {
  const pairs = new Map<string, Pair>()
  for (const list of p.bySource.values()) {
    const rows = list.filter((c) => c.status === "accepted").sort((x, y) => x.start - y.start)
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!
      for (let j = i + 1; j < rows.length && rows[j]!.start < x.end; j++) {
        const y = rows[j]!
        if (x.codeId === y.codeId) continue
        const [a, b] = keep(x, y) ? [x, y] : keep(y, x) ? [y, x] : [undefined, undefined]
        if (!a || !b) continue
        const key = `${a.codeId}\u0000${b.codeId}`
        const before = pairs.get(key)
        pairs.set(key, { a: a.codeId, b: b.codeId, count: (before?.count ?? 0) + 1 })
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  )
}

/** Co-occurrence with the two codes in either order, named alphabetically. */
export const codePairs = perProject((p: Project): ReadonlyArray<Pair> => {
  const merged = new Map<string, Pair>()
  for (const pair of cooccurrence(p)) {
    const [a, b] = [pair.a, pair.b].sort((x, y) => codeName(p, x).localeCompare(codeName(p, y)))
    const key = `${a}\u0000${b}`
    merged.set(key, { a: a!, b: b!, count: (merged.get(key)?.count ?? 0) + pair.count })
  }
  return [...merged.values()].sort(
    (x, y) => y.count - x.count || codeName(p, x.a).localeCompare(codeName(p, y.a)),
  )
})

/** Factor codes co-occurring with value codes: the organisational factor behind a value deficit. */
export const factorValueLinks = perProject(
  (p: Project): ReadonlyArray<Pair> =>
    cooccurrence(
      p,
      (a, b) => p.codeById.get(a.codeId)?.kind === "factor" && p.codeById.get(b.codeId)?.kind === "value",
    ),
)

export interface SaturationPoint {
  readonly title: string
  readonly added: number
  readonly total: number
}

/** New codes each interview brought, in import order (the saturation curve of Guest et al. 2006). */
export const saturation = perProject((p: Project): ReadonlyArray<SaturationPoint> => {
  const seen = new Set<string>()
  const out: SaturationPoint[] = []
  for (const source of [...p.sources]
    .filter((x) => x.kind === "interview")
    .sort((a, b) => a.position - b.position)) {
    let added = 0
    for (const c of p.bySource.get(source.id) ?? [])
      if (c.status === "accepted" && !seen.has(c.codeId)) {
        seen.add(c.codeId)
        added++
      }
    out.push({ title: source.title, added, total: seen.size })
  }
  return out
})

/** A verdict from the curve: saturated when the last `run` interviews added no new code. */
export const saturationVerdict = (points: ReadonlyArray<SaturationPoint>, run = 3): string => {
  if (points.length < run) return `too few interviews (${points.length}) to judge`
  const tail = points.slice(-run)
  return tail.every((x) => x.added === 0)
    ? `saturated: the last ${run} interviews added no new code`
    : `not saturated: ${tail.reduce((n, x) => n + x.added, 0)} new codes in the last ${run} interviews`
}

export interface Agreement {
  readonly codeId: string
  readonly name: string
  readonly units: number
  readonly agreed: number
}

/**
 * Percent agreement per code between coders who coded the same source: of the spans any of them gave the
 * code, how many every one of them gave it (same source, same start and end).
 */
export const agreement = perProject(
  (p: Project): { coders: ReadonlyArray<string>; rows: ReadonlyArray<Agreement> } => {
    const rows = p.codings.filter((c) => c.status !== "rejected")
    const coders = [...new Set(rows.map((c) => c.coderId))].sort()
    const codersBySource = new Map<string, Set<string>>()
    for (const c of rows) {
      const set = codersBySource.get(c.sourceId) ?? new Set()
      set.add(c.coderId)
      codersBySource.set(c.sourceId, set)
    }
    const spans = new Map<string, Map<string, Set<string>>>()
    for (const c of rows) {
      if ((codersBySource.get(c.sourceId)?.size ?? 0) < 2) continue
      const byCode = spans.get(c.codeId) ?? new Map<string, Set<string>>()
      const key = `${c.sourceId}:${c.start}:${c.end}`
      const who = byCode.get(key) ?? new Set<string>()
      who.add(c.coderId)
      byCode.set(key, who)
      spans.set(c.codeId, byCode)
    }
    return {
      coders,
      rows: [...spans.entries()]
        .map(([codeId, byKey]) => {
          let agreed = 0
          for (const [key, who] of byKey)
            if (who.size === codersBySource.get(key.split(":")[0]!)!.size) agreed++
          return { codeId, name: codeName(p, codeId), units: byKey.size, agreed }
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    }
  },
)

/** Rows of a tab's table: the body minus the tab bar and the table's header. */
export const tableRows = (s: State): number => Math.max(1, bodyRows(s) - 3)

export const tabLength = (s: State): number => {
  const p = s.data
  if (!p) return 0
  switch (s.analyses.tab) {
    case "matrix":
      return codeByGroup(p).rows.length
    case "cooccurrence":
      return codePairs(p).length
    case "links":
      return factorValueLinks(p).length
    case "saturation":
      return saturation(p).length
    case "agreement":
      return agreement(p).rows.length
  }
}

export const onKey = (s: State, key: KeyPress): Step => {
  const i = tabs.findIndex((t) => t.id === s.analyses.tab)
  const to = (j: number): Step => [
    { ...s, analyses: { tab: tabs[(j + tabs.length) % tabs.length]!.id, list: { cursor: 0, top: 0 } } },
    [],
  ]
  if (key === "tab" || key === "right" || key === "l") return to(i + 1)
  if (key === "shift+tab" || key === "left" || key === "h") return to(i - 1)
  const moved = navigate(s.analyses.list, key, tabLength(s), tableRows(s))
  if (moved) return [{ ...s, analyses: { ...s.analyses, list: moved } }, []]
  return [s, []]
}
