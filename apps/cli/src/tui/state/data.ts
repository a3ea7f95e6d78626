/**
 * What the terminal UI knows about a project: a snapshot loaded through `Services.load`, and indexes derived
 * from it once per load (counts per code, codings per source), so a key press never scans the whole project.
 */
import type { Agreement } from "@valuelens/coding"
import type { Code, CodingStatus, Memo, SourceKind, Turn } from "@valuelens/core"
import type { Renderer } from "@valuelens/report"
import type { CodeGuidance, CodingRow } from "@valuelens/store"
import type { Comparison } from "@valuelens/triangulation"

export interface SourceInfo {
  readonly id: string
  readonly title: string
  readonly kind: SourceKind
  readonly participantId: string | undefined
  readonly group: string | undefined
  readonly country: string | undefined
  readonly position: number
  readonly length: number
}

/** A matched term of an engine's explanation, in code points of the source text. */
export interface Match {
  readonly term: string
  readonly rule: string
  readonly start: number
  readonly end: number
}

/** One coding with what the screens show about it: its segment, source, participant group and code. */
export interface CodingInfo
  extends Pick<
    CodingRow,
    | "segmentId"
    | "sourceId"
    | "sourceTitle"
    | "sourceKind"
    | "participantId"
    | "group"
    | "start"
    | "end"
    | "text"
    | "codeId"
    | "coderId"
    | "status"
    | "origin"
    | "score"
  > {
  readonly id: string
  readonly matches: ReadonlyArray<Match>
  readonly note: string | undefined
}

/** The agreement figures `valuelens agreement` kept (`agreement.last`): per code and overall α, κ and percent. */
export type StoredAgreement = Pick<
  Agreement.AgreementReport,
  "coders" | "unit" | "units" | "overall" | "perCode"
>

export interface Snapshot {
  readonly project: string
  readonly sources: ReadonlyArray<SourceInfo>
  readonly participants: ReadonlyArray<{ readonly id: string; readonly group: string }>
  readonly codes: ReadonlyArray<Code>
  /** Every coding of the project (accepted, suggested and rejected), in source order. */
  readonly codings: ReadonlyArray<CodingInfo>
  readonly memos: number
  /** Every memo, oldest first, to show beside the source or code it is attached to. */
  readonly memoList: ReadonlyArray<Memo>
  /** Codes' inclusion and exclusion criteria and examples. */
  readonly guidance: ReadonlyArray<CodeGuidance>
  /** The factor → value pairs the plugins' framework expects (`Registry.model`). */
  readonly model: ReadonlyArray<{ readonly factor: string; readonly value: string }>
  readonly agreement: StoredAgreement | undefined
  /** Labels of the operation `undo` and `redo` would replay. */
  readonly undo: string | undefined
  readonly redo: string | undefined
}

/** The memos on a source or a code, newest first. */
export const memosOn = (p: Project, target: "source" | "code", id: string): ReadonlyArray<Memo> =>
  p.memoList.filter((m) => m.target === target && m.targetId === id).reverse()

/** A code's inclusion and exclusion criteria and examples, when it has any. */
export const guidanceOf = (p: Project, codeId: string): CodeGuidance | undefined =>
  p.guidance.find((g) => g.codeId === codeId)

/** A memo in one line: its title and text. */
export const memoLine = (m: Memo): string => (m.title ? `${m.title}: ${m.text}` : m.text).replace(/\s+/g, " ")

/** The countries the project is about, and their comparison when a plugin of the project defines them. */
export interface CountryComparison {
  readonly countries: ReadonlyArray<string>
  /** The project's countries no plugin defines (so they cannot be compared). */
  readonly unknown: ReadonlyArray<string>
  readonly comparison: Comparison.Comparison | undefined
}

/** The report formats the Export screen offers: the single-file ones. */
export const reportFormats = ["md", "html", "docx"] as const satisfies ReadonlyArray<Renderer.Format>
export type ReportFormat = (typeof reportFormats)[number]

export interface SourceText {
  readonly sourceId: string
  readonly text: string
  readonly turns: ReadonlyArray<Turn>
}

export interface CodeCounts {
  readonly accepted: number
  readonly suggested: number
  readonly rejected: number
}

/** A snapshot with its indexes. */
export interface Project extends Snapshot {
  readonly codeById: ReadonlyMap<string, Code>
  readonly codingById: ReadonlyMap<string, CodingInfo>
  readonly counts: ReadonlyMap<string, CodeCounts>
  readonly bySource: ReadonlyMap<string, ReadonlyArray<CodingInfo>>
  readonly suggested: number
  readonly accepted: number
  readonly rejected: number
}

const zero: CodeCounts = { accepted: 0, suggested: 0, rejected: 0 }

export const index = (s: Snapshot): Project => {
  const counts = new Map<string, CodeCounts>()
  const bySource = new Map<string, CodingInfo[]>()
  const codingById = new Map<string, CodingInfo>()
  let suggested = 0
  let accepted = 0
  let rejected = 0
  for (const c of s.codings) {
    codingById.set(c.id, c)
    const n = counts.get(c.codeId) ?? zero
    counts.set(c.codeId, { ...n, [c.status]: n[c.status] + 1 })
    if (c.status === "suggested") suggested++
    else if (c.status === "accepted") accepted++
    else rejected++
    const list = bySource.get(c.sourceId)
    if (list) list.push(c)
    else bySource.set(c.sourceId, [c])
  }
  return {
    ...s,
    codeById: new Map(s.codes.map((c) => [c.id, c])),
    codingById,
    counts,
    bySource,
    suggested,
    accepted,
    rejected,
  }
}

export const countsOf = (p: Project, codeId: string): CodeCounts => p.counts.get(codeId) ?? zero

export const codeName = (p: Project, codeId: string): string => p.codeById.get(codeId)?.name ?? codeId

/**
 * The same project with some codings' status changed, as the store will have it once the write lands.
 * Incremental (only the changed codings, their codes and their sources are touched), so accepting one
 * suggestion in a queue of 10,000 does not re-index the project.
 */
export const withStatus = (p: Project, ids: ReadonlyArray<string>, status: CodingStatus): Project => {
  const changed = new Map<string, CodingInfo>()
  const counts = new Map(p.counts)
  const tally = { suggested: p.suggested, accepted: p.accepted, rejected: p.rejected }
  for (const id of ids) {
    const c = p.codingById.get(id)
    if (!c || c.status === status || changed.has(id)) continue
    changed.set(id, { ...c, status })
    const n = counts.get(c.codeId) ?? zero
    counts.set(c.codeId, { ...n, [c.status]: n[c.status] - 1, [status]: n[status] + 1 })
    tally[c.status]--
    tally[status]++
  }
  if (changed.size === 0) return p
  const codingById = new Map(p.codingById)
  for (const [id, c] of changed) codingById.set(id, c)
  const bySource = new Map(p.bySource)
  for (const sourceId of new Set([...changed.values()].map((c) => c.sourceId)))
    bySource.set(
      sourceId,
      (p.bySource.get(sourceId) ?? []).map((c) => changed.get(c.id) ?? c),
    )
  return {
    ...p,
    ...tally,
    codings: p.codings.map((c) => changed.get(c.id) ?? c),
    codingById,
    counts,
    bySource,
  }
}

/** A code tree flattened in display order: roots by name, each followed by its children. */
export const codeTree = (codes: ReadonlyArray<Code>): ReadonlyArray<{ code: Code; depth: number }> => {
  const ids = new Set(codes.map((c) => c.id))
  const children = new Map<string | undefined, Code[]>()
  for (const c of codes) {
    const parent = c.parentId !== undefined && ids.has(c.parentId) ? c.parentId : undefined
    const list = children.get(parent)
    if (list) list.push(c)
    else children.set(parent, [c])
  }
  const out: Array<{ code: Code; depth: number }> = []
  const seen = new Set<string>()
  const walk = (parent: string | undefined, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))
    for (const c of list) {
      if (seen.has(c.id)) continue
      seen.add(c.id)
      out.push({ code: c, depth })
      walk(c.id, depth + 1)
    }
  }
  walk(undefined, 0)
  return out
}

/** Caches a derived table per loaded project, so redrawing a tab does not recount. */
export const perProject = <A>(f: (p: Project) => A): ((p: Project) => A) => {
  const cache = new WeakMap<Project, A>()
  return (p) => {
    if (cache.has(p)) return cache.get(p)!
    const value = f(p)
    cache.set(p, value)
    return value
  }
}
