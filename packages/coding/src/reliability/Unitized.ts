/**
 * Krippendorff's unitizing α (uα) for coders who each mark spans of a continuum, such as character ranges of a
 * text, and give each span a category (Krippendorff 1995, "On the reliability of unitizing continuous data",
 * Sociological Methodology 25:47–76; Krippendorff 2004, Content Analysis 2nd ed., §12.5, pp. 251–256).
 *
 * For each category c, every coder's continuum [b, b + L) is cut into sections: that coder's units of c and
 * the gaps between them. Two coders' sections that overlap disagree by
 *
 *   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   both units (they overlap),
 *            = l_g²                          g a unit lying wholly inside the gap h (or the mirror case),
 *            = 0                             otherwise,
 *
 * with b the beginning, e = b + l the end and l the length of a section. Then (2004, p. 253)
 *
 *   D_o^c = Σ_{i≠j} Σ_g Σ_h δ²(ig, jh) / (m (m − 1) L²)
 *   D_e^c = (2 / L) Σ_units g [ (N_c − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_gaps h, l_h ≥ l_g (l_h − l_g + 1) ]
 *           / ( mL (mL − 1) − Σ_units g l_g (l_g − 1) )
 *
 * where m is the number of coders, N_c the number of units of c over all coders and the sums over g and h run
 * over every coder's units and gaps. uα_c = 1 − D_o^c / D_e^c, and over all categories
 * uα = 1 − Σ_c D_o^c / Σ_c D_e^c.
 */

/** A coded span, end-exclusive, in the continuum's integer positions (code points of a text). */
export interface Span {
  readonly start: number
  readonly end: number
  readonly category: string
}

export interface CategoryAlpha {
  readonly value: number | null
  readonly observedDisagreement: number
  readonly expectedDisagreement: number
  /** Units of this category over all coders. */
  readonly units: number
  readonly reason?: string
}

export interface UnitizedResult {
  readonly measure: "unitized-alpha"
  readonly value: number | null
  readonly reason?: string
  readonly perCategory: Readonly<Record<string, CategoryAlpha>>
  /** Coded spans over all coders. */
  readonly units: number
  /** Coder-positions compared, m·L. */
  readonly pairable: number
  readonly coders: number
  readonly continuum: { readonly start: number; readonly end: number }
}

interface Section {
  readonly start: number
  readonly end: number
  readonly unit: boolean
}

/** One coder's continuum cut into units of one category and the gaps between them. */
const sections = (spans: ReadonlyArray<Span>, start: number, end: number): Section[] => {
  const out: Section[] = []
  let pos = start
  for (const s of spans) {
    if (s.start > pos) out.push({ start: pos, end: s.start, unit: false })
    out.push({ start: s.start, end: s.end, unit: true })
    pos = s.end
  }
  if (pos < end) out.push({ start: pos, end, unit: false })
  return out
}

const distance = (g: Section, h: Section): number => {
  if (g.unit && h.unit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2
  if (g.unit && !h.unit) return h.start <= g.start && g.end <= h.end ? (g.end - g.start) ** 2 : 0
  if (!g.unit && h.unit) return g.start <= h.start && h.end <= g.end ? (h.end - h.start) ** 2 : 0
  return 0
}

/** Σ_g Σ_h δ² over the overlapping sections of two coders, by a merge walk along the continuum. */
const pairDisagreement = (a: ReadonlyArray<Section>, b: ReadonlyArray<Section>): number => {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.length && j < b.length) {
    const g = a[i]!
    const h = b[j]!
    sum += distance(g, h)
    if (g.end < h.end) i++
    else if (h.end < g.end) j++
    else {
      i++
      j++
    }
  }
  return sum
}

/**
 * uα over coders' spans on the continuum [start, end). `coders[i]` is coder i's spans. Spans of one coder and
 * one category must not overlap (the model has each coder cut the continuum once per category); spans outside
 * the continuum are refused. Throws a RangeError for such input.
 */
export const unitizedAlpha = (
  continuum: { readonly start: number; readonly end: number },
  coders: ReadonlyArray<ReadonlyArray<Span>>,
): UnitizedResult => {
  const { start, end } = continuum
  const L = end - start
  const m = coders.length
  if (!(Number.isInteger(start) && Number.isInteger(end) && L > 0))
    throw new RangeError(`the continuum must be a non-empty integer range, got [${start}, ${end})`)
  if (m < 2) throw new RangeError(`unitized alpha needs at least two coders, got ${m}`)
  const categories = [...new Set(coders.flatMap((spans) => spans.map((s) => s.category)))].sort()
  const byCoder = coders.map(
    (spans, i) =>
      new Map(
        categories.map((c) => {
          const mine = spans.filter((s) => s.category === c).sort((x, y) => x.start - y.start)
          for (const [k, s] of mine.entries()) {
            if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end))
              throw new RangeError(`coder ${i + 1}: span [${s.start}, ${s.end}) is empty or not integer`)
            if (s.start < start || s.end > end)
              throw new RangeError(
                `coder ${i + 1}: span [${s.start}, ${s.end}) lies outside [${start}, ${end})`,
              )
            if (k > 0 && mine[k - 1]!.end > s.start)
              throw new RangeError(
                `coder ${i + 1}: spans of category ${JSON.stringify(c)} overlap at ${s.start}`,
              )
          }
          return [c, sections(mine, start, end)] as const
        }),
      ),
  )
  const perCategory: Record<string, CategoryAlpha> = {}
  let totalObserved = 0
  let totalExpected = 0
  for (const c of categories) {
    const secs = byCoder.map((map) => map.get(c)!)
    let observed = 0
    for (let i = 0; i < m; i++)
      for (let j = i + 1; j < m; j++) observed += 2 * pairDisagreement(secs[i]!, secs[j]!)
    observed /= m * (m - 1) * L * L
    const units = secs.flat().filter((s) => s.unit)
    // gaps longest first, so the inner sum stops at the first gap shorter than the unit
    const gaps = secs
      .flat()
      .filter((s) => !s.unit)
      .map((s) => s.end - s.start)
      .sort((x, y) => y - x)
    const Nc = units.length
    let numerator = 0
    let unitPairs = 0
    for (const g of units) {
      const l = g.end - g.start
      unitPairs += l * (l - 1)
      let fit = 0
      for (const gap of gaps) {
        if (gap < l) break
        fit += gap - l + 1
      }
      numerator += ((Nc - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fit
    }
    const expected = ((2 / L) * numerator) / (m * L * (m * L - 1) - unitPairs)
    totalObserved += observed
    totalExpected += expected
    perCategory[c] =
      expected === 0
        ? {
            value: null,
            observedDisagreement: observed,
            expectedDisagreement: expected,
            units: Nc,
            reason: "no expected disagreement",
          }
        : {
            value: 1 - observed / expected,
            observedDisagreement: observed,
            expectedDisagreement: expected,
            units: Nc,
          }
  }
  const units = coders.reduce((n, spans) => n + spans.length, 0)
  const common = {
    measure: "unitized-alpha" as const,
    perCategory,
    units,
    pairable: m * L,
    coders: m,
    continuum,
  }
  if (categories.length === 0) return { ...common, value: null, reason: "no coder marked any span" }
  if (totalExpected === 0) return { ...common, value: null, reason: "no expected disagreement" }
  return { ...common, value: 1 - totalObserved / totalExpected }
}
