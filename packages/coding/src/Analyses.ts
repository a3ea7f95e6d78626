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
 * Visits every pair of coded segments of different codes that overlap or are the same segment, once per pair.
 * Codings of one code on one span (several coders) form one unit. A sweep over each source's segments in start
 * order keeps only the segments still open, so the cost is the number of rows plus the number of pairs.
 */
const sweep = (
  rows: ReadonlyArray<CodedSegment>,
  codeIndex: (code: string) => number,
  onUnit: (row: number, code: number) => void,
  onPair: (a: number, b: number, codeA: number, codeB: number) => void,
): void => {
  const n = rows.length
  let order: Uint32Array | undefined
  // rows from the store come grouped by source in start order; sort only when they do not
  {
    const seen = new Set<string>()
    let prev: CodedSegment | undefined
    for (let i = 0; i < n; i++) {
      const r = rows[i]!
      if (!prev || r.sourceId !== prev.sourceId) {
        if (seen.has(r.sourceId)) {
          order = new Uint32Array(n)
          break
        }
        seen.add(r.sourceId)
      } else if (r.start < prev.start) {
        order = new Uint32Array(n)
        break
      }
      prev = r
    }
    if (order) {
      for (let i = 0; i < n; i++) order[i] = i
      order.sort((x, y) => {
        const a = rows[x]!
        const b = rows[y]!
        return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start
      })
    }
  }
  const codes = new Int32Array(n)
  for (let i = 0; i < n; i++) codes[i] = codeIndex(rows[i]!.codeId)
  const active: number[] = []
  let source: string | undefined
  for (let k = 0; k < n; k++) {
    const i = order ? order[k]! : k
    const r = rows[i]!
    if (r.sourceId !== source) {
      active.length = 0
      source = r.sourceId
    }
    // drop segments that ended before this one starts (end-exclusive: touching is not overlapping)
    let w = 0
    for (let q = 0; q < active.length; q++) {
      const j = active[q]!
      if (rows[j]!.end > r.start) active[w++] = j
    }
    active.length = w
    const c = codes[i]!
    let duplicate = false
    for (let q = 0; q < w; q++) {
      const j = active[q]!
      if (codes[j] === c && rows[j]!.start === r.start && rows[j]!.end === r.end) {
        duplicate = true
        break
      }
    }
    if (duplicate) continue
    onUnit(i, c)
    for (let q = 0; q < w; q++) {
      const j = active[q]!
      const d = codes[j]!
      if (d !== c) onPair(j, i, d, c)
    }
    active.push(i)
  }
}

export interface CodeCount {
  readonly code: string
  /** Coded segments (n1 or n2 below). */
  readonly n: number
}

export interface Cooccurrence {
  readonly a: string
  readonly b: string
  /** Pairs of overlapping (or identical) segments coded a and b: n12. */
  readonly count: number
  readonly n1: number
  readonly n2: number
  /** The c-coefficient n12 / (n1 + n2 − n12). */
  readonly c: number
  /**
   * True when c > 1, which happens when one segment overlaps several of the other code's: the coefficient
   * assumes separate, non-overlapping segments (ATLAS.ti flags the same case).
   */
  readonly outOfRange: boolean
}

export interface CooccurrenceTable {
  readonly codes: ReadonlyArray<CodeCount>
  /** Pairs that co-occur at least once, by count (descending) and then by codes. */
  readonly pairs: ReadonlyArray<Cooccurrence>
}

/** Numbers codes 0, 1, 2, … in the order first seen, so pair tables can be flat arrays. */
const numbering = () => {
  const index = new Map<string, number>()
  const names: string[] = []
  const codeIndex = (code: string): number => {
    let i = index.get(code)
    if (i === undefined) {
      i = names.length
      index.set(code, i)
      names.push(code)
    }
    return i
  }
  return { codeIndex, names }
}

/**
 * Code co-occurrence with the c-coefficient c = n12 / (n1 + n2 − n12) (ATLAS.ti's code co-occurrence table,
 * from quantitative content analysis), where n1 and n2 count the segments of each code and n12 counts the pairs
 * of their segments that overlap or coincide.
 */
export const cooccurrence = (rows: ReadonlyArray<CodedSegment>): CooccurrenceTable => {
  const { codeIndex, names } = numbering()
  // codes are numbered before the sweep so the pair table can be a flat array
  for (const r of rows) codeIndex(r.codeId)
  const k = names.length
  const dense = k <= 2048
  const table = dense ? new Float64Array(k * k) : undefined
  const sparse = dense ? undefined : new Map<number, number>()
  const units = new Float64Array(k)
  sweep(
    rows,
    codeIndex,
    (_row, c) => {
      units[c]! += 1
    },
    (_a, _b, ca, cb) => {
      const key = ca < cb ? ca * k + cb : cb * k + ca
      if (table) table[key]! += 1
      else sparse!.set(key, (sparse!.get(key) ?? 0) + 1)
    },
  )
  const pairs: Cooccurrence[] = []
  const emit = (key: number, count: number) => {
    const x = Math.floor(key / k)
    const y = key % k
    const [a, b, n1, n2] =
      names[x]! < names[y]!
        ? [names[x]!, names[y]!, units[x]!, units[y]!]
        : [names[y]!, names[x]!, units[y]!, units[x]!]
    const c = count / (n1 + n2 - count)
    pairs.push({ a, b, count, n1, n2, c, outOfRange: c > 1 })
  }
  if (table) {
    for (let key = 0; key < table.length; key++) if (table[key]! > 0) emit(key, table[key]!)
  } else for (const [key, count] of sparse!) emit(key, count)
  pairs.sort(
    (p, q) => q.count - p.count || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0),
  )
  return {
    codes: sortStrings(names).map((code) => ({ code, n: units[codeIndex(code)]! })),
    pairs,
  }
}

// ── factor → value links ──────────────────────────────────────────────────────────────────────────

export interface Link {
  readonly factor: string
  readonly value: string
  /** Co-occurring segment pairs of the factor and the value (n12). */
  readonly count: number
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
 * Factor × value co-occurrence: the evidence for the factor → value-deficit model. Which codes are factors and
 * which are values comes from the code kinds; `model` lists the pairs the framework expects.
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
  const relevant = rows.filter((r) => {
    const k = kinds.get(r.codeId)
    return k === "factor" || k === "value"
  })
  const { codeIndex } = numbering()
  const units = new Map<string, number>()
  const cells = new Map<string, { count: number; participants: Set<string>; sources: Set<string> }>()
  sweep(
    relevant,
    codeIndex,
    (row) => {
      const code = relevant[row]!.codeId
      units.set(code, (units.get(code) ?? 0) + 1)
    },
    (a, b) => {
      const ra = relevant[a]!
      const rb = relevant[b]!
      const ka = kinds.get(ra.codeId)
      const kb = kinds.get(rb.codeId)
      if (ka === kb) return
      const [f, v] = ka === "factor" ? [ra, rb] : [rb, ra]
      const key = `${f.codeId}\u0000${v.codeId}`
      let cell = cells.get(key)
      if (!cell) {
        cell = { count: 0, participants: new Set(), sources: new Set() }
        cells.set(key, cell)
      }
      cell.count++
      cell.sources.add(f.sourceId)
      for (const p of [f.participantId, v.participantId]) if (p !== undefined) cell.participants.add(p)
    },
  )
  const expected = new Set(model.map((m) => `${m.factor}\u0000${m.value}`))
  const out: Link[] = []
  for (const factor of factors)
    for (const value of values) {
      const key = `${factor}\u0000${value}`
      const cell = cells.get(key)
      const count = cell?.count ?? 0
      const n1 = units.get(factor) ?? 0
      const n2 = units.get(value) ?? 0
      out.push({
        factor,
        value,
        count,
        c: count === 0 ? 0 : count / (n1 + n2 - count),
        participants: cell ? sortStrings(cell.participants) : [],
        sources: cell?.sources.size ?? 0,
        expected: expected.has(key),
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
