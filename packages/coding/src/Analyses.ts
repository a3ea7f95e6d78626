/**
 * The analyses of coded data, as pure functions over coding rows (one row per coding, joined with its segment,
 * source and participant, as `store.codings.rows()` returns them). Callers choose which codings count; by the
 * project's rule only accepted codings do. Codings of the same code on the same span by several coders count
 * once: the unit of every count here is a coded segment.
 */

/** What the analyses need from a coding. `CodingRow` from the store fits. */
export interface CodedSegment {
  readonly segmentId: string
  readonly sourceId: string
  readonly start: number
  readonly end: number
  readonly codeId: string
  readonly codeKind?: string | undefined
  readonly participantId?: string | undefined
  readonly group?: string | undefined
  readonly sourceKind?: string | undefined
  readonly documentType?: string | undefined
}

const sortStrings = (xs: Iterable<string>) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

// ── frequencies ───────────────────────────────────────────────────────────────────────────────────

export interface Frequency {
  readonly code: string
  /** Distinct coded segments. */
  readonly segments: number
  readonly sources: number
  readonly participants: number
  /** Per participant group: segments and distinct participants. */
  readonly groups: Readonly<Record<string, { readonly segments: number; readonly participants: number }>>
}

/** Per code: how many segments, sources and participants carry it, overall and by participant group. */
export const frequencies = (rows: ReadonlyArray<CodedSegment>): Frequency[] => {
  interface Acc {
    segments: Set<string>
    sources: Set<string>
    participants: Set<string>
    groups: Map<string, { segments: Set<string>; participants: Set<string> }>
  }
  const by = new Map<string, Acc>()
  for (const r of rows) {
    let a = by.get(r.codeId)
    if (!a) {
      a = { segments: new Set(), sources: new Set(), participants: new Set(), groups: new Map() }
      by.set(r.codeId, a)
    }
    a.segments.add(`${r.sourceId}\u0000${r.start}\u0000${r.end}`)
    a.sources.add(r.sourceId)
    if (r.participantId !== undefined) a.participants.add(r.participantId)
    if (r.group !== undefined) {
      let g = a.groups.get(r.group)
      if (!g) {
        g = { segments: new Set(), participants: new Set() }
        a.groups.set(r.group, g)
      }
      g.segments.add(`${r.sourceId}\u0000${r.start}\u0000${r.end}`)
      if (r.participantId !== undefined) g.participants.add(r.participantId)
    }
  }
  return sortStrings(by.keys()).map((code) => {
    const a = by.get(code)!
    const groups: Record<string, { segments: number; participants: number }> = {}
    for (const g of sortStrings(a.groups.keys())) {
      const x = a.groups.get(g)!
      groups[g] = { segments: x.segments.size, participants: x.participants.size }
    }
    return {
      code,
      segments: a.segments.size,
      sources: a.sources.size,
      participants: a.participants.size,
      groups,
    }
  })
}

// ── matrices ──────────────────────────────────────────────────────────────────────────────────────

export type MatrixBy = "group" | "source" | "documentType"
export type MatrixMeasure = "segments" | "participants" | "sources"

export interface Matrix {
  readonly by: MatrixBy
  readonly measure: MatrixMeasure
  readonly rows: ReadonlyArray<string>
  readonly columns: ReadonlyArray<string>
  /** `cells[row][column]`. */
  readonly cells: ReadonlyArray<ReadonlyArray<number>>
}

const columnOf = (r: CodedSegment, by: MatrixBy): string | undefined =>
  by === "group"
    ? r.group
    : by === "source"
      ? r.sourceId
      : (r.documentType ?? (r.sourceKind === "interview" ? "interview" : "other"))

/**
 * Code × participant group, code × source, or code × document type (interviews form their own column), counting
 * distinct segments, participants or sources in each cell. Rows without a column value (a document has no
 * participant group) are left out of a group matrix.
 */
export const matrix = (
  rows: ReadonlyArray<CodedSegment>,
  by: MatrixBy,
  measure: MatrixMeasure = "segments",
): Matrix => {
  const cells = new Map<string, Map<string, Set<string>>>()
  const columns = new Set<string>()
  for (const r of rows) {
    const col = columnOf(r, by)
    if (col === undefined) continue
    const unit =
      measure === "segments"
        ? `${r.sourceId}\u0000${r.start}\u0000${r.end}`
        : measure === "sources"
          ? r.sourceId
          : r.participantId
    columns.add(col)
    let row = cells.get(r.codeId)
    if (!row) {
      row = new Map()
      cells.set(r.codeId, row)
    }
    if (unit === undefined) continue
    let set = row.get(col)
    if (!set) {
      set = new Set()
      row.set(col, set)
    }
    set.add(unit)
  }
  const rowIds = sortStrings(cells.keys())
  const colIds = sortStrings(columns)
  return {
    by,
    measure,
    rows: rowIds,
    columns: colIds,
    cells: rowIds.map((code) => colIds.map((col) => cells.get(code)?.get(col)?.size ?? 0)),
  }
}

// ── co-occurrence ─────────────────────────────────────────────────────────────────────────────────

/**
 * The unit of co-occurrence: a **passage**, the coded segments of one source that overlap one another, joined
 * (end-exclusive: segments that only touch are separate passages). Whoever coded them, and however finely, a
 * turn that the rules coded sentence by sentence and two people coded whole is one passage, so it counts once.
 */
export interface Passage {
  readonly sourceId: string
  readonly start: number
  readonly end: number
  /** The codes on the passage, sorted. */
  readonly codes: ReadonlyArray<string>
  /** The participants whose speech it is (none for a document), sorted. */
  readonly participants: ReadonlyArray<string>
}

/** The rows of each passage (indexes into `rows`), passages by source and then start. */
export const groupPassages = <R extends CodedSegment>(rows: ReadonlyArray<R>): number[][] => {
  const order = rows.map((_, i) => i)
  order.sort((x, y) => {
    const a = rows[x]!
    const b = rows[y]!
    return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start
  })
  const out: number[][] = []
  let source: string | undefined
  let end = 0
  for (const i of order) {
    const r = rows[i]!
    if (out.length === 0 || r.sourceId !== source || r.start >= end) {
      out.push([])
      source = r.sourceId
      end = r.end
    }
    end = Math.max(end, r.end)
    out.at(-1)!.push(i)
  }
  return out
}

/** The passages of the coded segments, by source and then start. */
export const passages = (rows: ReadonlyArray<CodedSegment>): Passage[] =>
  groupPassages(rows).map((members) => {
    const own = members.map((i) => rows[i]!)
    return {
      sourceId: own[0]!.sourceId,
      start: Math.min(...own.map((r) => r.start)),
      end: Math.max(...own.map((r) => r.end)),
      codes: sortStrings(new Set(own.map((r) => r.codeId))),
      participants: sortStrings(
        new Set(own.flatMap((r) => (r.participantId === undefined ? [] : [r.participantId]))),
      ),
    }
  })

export interface CodeCount {
  readonly code: string
  /** Passages carrying the code (n1 or n2 below). */
  readonly n: number
}

export interface Cooccurrence {
  readonly a: string
  readonly b: string
  /** Passages carrying both a and b: n12. */
  readonly count: number
  readonly n1: number
  readonly n2: number
  /** The c-coefficient n12 / (n1 + n2 − n12), between 0 and 1 since n12 ≤ min(n1, n2). */
  readonly c: number
}

export interface CooccurrenceTable {
  readonly codes: ReadonlyArray<CodeCount>
  /** Pairs that co-occur at least once, by count (descending) and then by codes. */
  readonly pairs: ReadonlyArray<Cooccurrence>
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** Passages per code, and per pair of codes the passages that carry both. */
const tally = (units: ReadonlyArray<Passage>) => {
  const n = new Map<string, number>()
  const both = new Map<string, Passage[]>()
  for (const u of units) {
    for (const code of u.codes) n.set(code, (n.get(code) ?? 0) + 1)
    for (let i = 0; i < u.codes.length; i++)
      for (let j = i + 1; j < u.codes.length; j++) {
        const key = pairKey(u.codes[i]!, u.codes[j]!)
        const list = both.get(key)
        if (list) list.push(u)
        else both.set(key, [u])
      }
  }
  return { n, both }
}

/** The c-coefficient; 0 when neither code occurs. */
const cCoefficient = (n12: number, n1: number, n2: number) => (n12 === 0 ? 0 : n12 / (n1 + n2 - n12))

/**
 * Code co-occurrence with the c-coefficient c = n12 / (n1 + n2 − n12) (ATLAS.ti's code co-occurrence table,
 * from quantitative content analysis), where n1 and n2 count the passages carrying each code and n12 the
 * passages carrying both. Counting passages, not pairs of segments, keeps c within [0, 1].
 */
export const cooccurrence = (rows: ReadonlyArray<CodedSegment>): CooccurrenceTable => {
  const { n, both } = tally(passages(rows))
  const pairs: Cooccurrence[] = []
  for (const [key, units] of both) {
    const [a, b] = key.split("\u0000") as [string, string]
    const n1 = n.get(a)!
    const n2 = n.get(b)!
    pairs.push({ a, b, count: units.length, n1, n2, c: cCoefficient(units.length, n1, n2) })
  }
  pairs.sort(
    (p, q) => q.count - p.count || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0),
  )
  return { codes: sortStrings(n.keys()).map((code) => ({ code, n: n.get(code)! })), pairs }
}

// ── factor → value links ──────────────────────────────────────────────────────────────────────────

export interface Link {
  readonly factor: string
  readonly value: string
  /** Passages carrying both the factor and the value (n12). */
  readonly count: number
  /** The c-coefficient over passages, between 0 and 1. */
  readonly c: number
  /** The participants whose speech carries the co-occurrence, sorted. */
  readonly participants: ReadonlyArray<string>
  /** Sources (interviews and documents) where they co-occur. */
  readonly sources: number
  /** Whether the model (the plugin's `drives`) says this factor drives this value. */
  readonly expected: boolean
}

export interface Links {
  readonly factors: ReadonlyArray<string>
  readonly values: ReadonlyArray<string>
  /** One cell per factor × value, factors in order, then values. */
  readonly cells: ReadonlyArray<Link>
}

/**
 * Factor × value co-occurrence over passages: the evidence for the factor → value-deficit model. Which codes
 * are factors and which are values comes from the code kinds; `model` lists the pairs the framework expects.
 */
export const links = (
  rows: ReadonlyArray<CodedSegment>,
  model: ReadonlyArray<{ readonly factor: string; readonly value: string }> = [],
): Links => {
  const kinds = new Map<string, string>()
  for (const r of rows) if (r.codeKind !== undefined) kinds.set(r.codeId, r.codeKind)
  for (const m of model) {
    if (!kinds.has(m.factor)) kinds.set(m.factor, "factor")
    if (!kinds.has(m.value)) kinds.set(m.value, "value")
  }
  const factors = sortStrings([...kinds].filter(([, k]) => k === "factor").map(([c]) => c))
  const values = sortStrings([...kinds].filter(([, k]) => k === "value").map(([c]) => c))
  const { n, both } = tally(passages(rows))
  const expected = new Set(model.map((m) => `${m.factor}\u0000${m.value}`))
  const out: Link[] = []
  for (const factor of factors)
    for (const value of values) {
      const units = both.get(pairKey(factor, value)) ?? []
      out.push({
        factor,
        value,
        count: units.length,
        c: cCoefficient(units.length, n.get(factor) ?? 0, n.get(value) ?? 0),
        participants: sortStrings(new Set(units.flatMap((u) => u.participants))),
        sources: new Set(units.map((u) => u.sourceId)).size,
        expected: expected.has(`${factor}\u0000${value}`),
      })
    }
  return { factors, values, cells: out }
}

// ── saturation ────────────────────────────────────────────────────────────────────────────────────

export interface SaturationOptions {
  /** Interviews in the base (default 4). */
  readonly baseSize?: number
  /** Interviews in each run (default 2). */
  readonly runLength?: number
  /** Most new information a run may add, as a share of the base's codes, for saturation (default 0.05). */
  readonly threshold?: number
}

export interface InterviewCodes {
  readonly id: string
  /** Codes applied in the interview (repeats are ignored). */
  readonly codes: Iterable<string>
}

export interface SaturationStep {
  readonly interview: string
  /** 1-based place in the order. */
  readonly position: number
  readonly codes: number
  /** Codes seen here for the first time. */
  readonly newCodes: ReadonlyArray<string>
  /** Distinct codes seen up to and including this interview. */
  readonly cumulative: number
}

export interface SaturationRun {
  /** 1-based positions of the run's first and last interviews. */
  readonly from: number
  readonly to: number
  /** Codes first seen in the run (not in any interview before it). */
  readonly newCodes: number
  /** newCodes / codes in the base. */
  readonly newInformation: number
  readonly meetsThreshold: boolean
}

export interface Saturation {
  readonly baseSize: number
  readonly runLength: number
  readonly threshold: number
  readonly steps: ReadonlyArray<SaturationStep>
  /** Distinct codes in the base. */
  readonly baseCodes: number
  readonly runs: ReadonlyArray<SaturationRun>
  readonly saturated: boolean
  /** Number of interviews at which saturation was reached (the interviews before the first run under threshold). */
  readonly at: number | undefined
  readonly verdict: string
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`

/**
 * Thematic saturation after Guest, Namey & Chen (2020), "A simple method to assess and report thematic saturation
 * in qualitative research", PLoS ONE 15(5): e0232076. The base is the first `baseSize` interviews and its
 * distinct codes the denominator. Runs of `runLength` consecutive interviews roll forward one interview at a time
 * from the end of the base; a run's new information is the number of codes first seen in the run (in no
 * interview before it) divided by the number of codes in the base. Saturation is reached at the first run whose
 * new information is at or below the threshold, and is reported as the number of interviews before that run
 * ("saturation at N interviews, with ≤5% new information in the next 2"). Fewer interviews than a base and one
 * run, or a base without codes, cannot show saturation.
 */
export const saturation = (
  interviews: ReadonlyArray<InterviewCodes>,
  options: SaturationOptions = {},
): Saturation => {
  const baseSize = options.baseSize ?? 4
  const runLength = options.runLength ?? 2
  const threshold = options.threshold ?? 0.05
  if (!Number.isInteger(baseSize) || baseSize < 1) throw new RangeError("baseSize must be a whole number ≥ 1")
  if (!Number.isInteger(runLength) || runLength < 1)
    throw new RangeError("runLength must be a whole number ≥ 1")
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError("threshold must be between 0 and 1")
  const seen = new Set<string>()
  const firstSeenAt: number[] = []
  const steps: SaturationStep[] = interviews.map((iv, k) => {
    const codes = new Set(iv.codes)
    const fresh = sortStrings([...codes].filter((c) => !seen.has(c)))
    for (const c of fresh) seen.add(c)
    firstSeenAt.push(fresh.length)
    return { interview: iv.id, position: k + 1, codes: codes.size, newCodes: fresh, cumulative: seen.size }
  })
  const base = steps.length >= baseSize ? steps[baseSize - 1]!.cumulative : (steps.at(-1)?.cumulative ?? 0)
  const runs: SaturationRun[] = []
  let at: number | undefined
  if (steps.length >= baseSize + runLength && base > 0)
    for (let start = baseSize; start + runLength <= steps.length; start++) {
      let fresh = 0
      for (let k = start; k < start + runLength; k++) fresh += firstSeenAt[k]!
      const newInformation = fresh / base
      const meets = newInformation <= threshold + 1e-12
      runs.push({
        from: start + 1,
        to: start + runLength,
        newCodes: fresh,
        newInformation,
        meetsThreshold: meets,
      })
      if (meets) {
        at = start
        break
      }
    }
  const setting = `base ${baseSize}, run ${runLength}, new-information threshold ≤${percent(threshold)}`
  let verdict: string
  if (steps.length < baseSize + runLength)
    verdict = `not assessable: ${steps.length} interview${steps.length === 1 ? "" : "s"}, fewer than a base of ${baseSize} and a run of ${runLength}`
  else if (base === 0) verdict = `not assessable: the base of ${baseSize} interviews has no codes`
  else if (at !== undefined) {
    const run = runs.at(-1)!
    verdict = `saturation reached at ${at} interviews: interviews ${run.from}–${run.to} added ${run.newCodes} new code${run.newCodes === 1 ? "" : "s"} (${percent(run.newInformation)} of the ${base} in the base) (${setting})`
  } else
    verdict = `not saturated: every run of ${runLength} after the base added more than ${percent(threshold)} new information (${setting})`
  return {
    baseSize,
    runLength,
    threshold,
    steps,
    baseCodes: base,
    runs,
    saturated: at !== undefined,
    at,
    verdict,
  }
}

/**
 * Interviews in import order (`position`) or date order (undated interviews last, in import order), each with the
 * codes of its rows. Interviews without codings stay in the sequence: they are interviews that added nothing.
 */
export const interviewsInOrder = (
  sources: ReadonlyArray<{
    readonly id: string
    readonly kind: string
    readonly position: number
    readonly date?: string | undefined
  }>,
  rows: ReadonlyArray<CodedSegment>,
  order: "import" | "date" = "import",
): InterviewCodes[] => {
  const codes = new Map<string, Set<string>>()
  for (const r of rows) {
    let set = codes.get(r.sourceId)
    if (!set) {
      set = new Set()
      codes.set(r.sourceId, set)
    }
    set.add(r.codeId)
  }
  const interviews = sources.filter((s) => s.kind === "interview")
  interviews.sort((a, b) => {
    if (order === "date") {
      if (a.date !== undefined && b.date !== undefined && a.date !== b.date) return a.date < b.date ? -1 : 1
      if ((a.date === undefined) !== (b.date === undefined)) return a.date === undefined ? 1 : -1
    }
    return a.position - b.position
  })
  return interviews.map((s) => ({ id: s.id, codes: codes.get(s.id) ?? new Set<string>() }))
}
