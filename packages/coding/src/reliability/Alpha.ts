/**
 * Krippendorff's α by the coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", for any number of coders, missing values, and nominal, ordinal, interval or ratio data.
 *
 *   α = 1 − D_o / D_e = 1 − (n.. − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck        (2011, §C)
 *
 * where o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1) is the coincidence matrix, n_c = Σ_k o_ck,
 * n.. = Σ_c n_c the number of pairable values, and m_u the number of values in unit u. Units with fewer than
 * two values are not pairable and drop out. The coincidence matrix is never materialised: D_o is summed over
 * the pairs of each unit directly and D_e from the marginals n_c, so the cost is O(Σ m_u²) plus O(k) (O(k²)
 * for ratio data) and does not grow with the square of the number of categories.
 */
import {
  assertValid,
  type Encoded,
  encode,
  type Level,
  type Matrix,
  type Result,
  type Value,
} from "./Data.js"

export interface AlphaOptions {
  readonly level?: Level
  /** The order of the categories, for ordinal data given as strings (or to fix the order of numbers). */
  readonly order?: ReadonlyArray<Value>
}

export interface AlphaResult extends Result {
  readonly measure: "alpha"
  /** D_o: the observed disagreement, Σ o_ck δ²_ck / n.. (2011, eq. for D_o). */
  readonly observedDisagreement: number | null
  /** D_e: the disagreement expected by chance, Σ n_c n_k δ²_ck / (n.. (n.. − 1)). */
  readonly expectedDisagreement: number | null
  readonly coders: number
}

interface Core {
  readonly units: number
  readonly pairable: number
  readonly observed: number | null
  readonly expected: number | null
  readonly value: number | null
  readonly reason?: string
}

const NO_PAIRS = "no pairable values: no unit has values from two or more coders"
const NO_VARIATION = (v: Value) =>
  `no variation: every pairable value is ${JSON.stringify(v)}, so the disagreement expected by chance is 0 and alpha is undefined`

/**
 * α over the encoded data, restricted to `selection` (unit indices, repeats allowed) when given. Shared by
 * `krippendorffAlpha` and the bootstrap so both compute exactly the same thing.
 */
const core = (enc: Encoded, level: Level, selection: Int32Array | null): Core => {
  const { coders, codes, categories } = enc
  const k = categories.length
  const count = selection ? selection.length : enc.units
  const nc = new Float64Array(k)
  let units = 0
  let n = 0
  for (let s = 0; s < count; s++) {
    const u = selection ? selection[s]! : s
    const base = u * coders
    let m = 0
    for (let r = 0; r < coders; r++) if (codes[base + r]! >= 0) m++
    if (m < 2) continue
    units++
    n += m
    for (let r = 0; r < coders; r++) {
      const c = codes[base + r]!
      if (c >= 0) nc[c]!++
    }
  }
  if (n === 0) return { units, pairable: 0, observed: null, expected: null, value: null, reason: NO_PAIRS }
  let used = -1
  let distinct = 0
  for (let c = 0; c < k; c++)
    if (nc[c]! > 0) {
      distinct++
      used = c
    }
  if (distinct < 2)
    return {
      units,
      pairable: n,
      observed: 0,
      expected: 0,
      value: null,
      reason: NO_VARIATION(categories[used]!),
    }

  // Positions on which δ is a difference: values for interval and ratio data; for ordinal data the mid-rank
  // M_c = Σ_{g<c} n_g + n_c/2, because Krippendorff's ordinal metric δ_ck = Σ_{g=c..k} n_g − (n_c + n_k)/2
  // equals M_k − M_c (2011, §C, ordinal metric).
  const x = new Float64Array(k)
  if (level === "interval" || level === "ratio") for (let c = 0; c < k; c++) x[c] = categories[c] as number
  else if (level === "ordinal") {
    let below = 0
    for (let c = 0; c < k; c++) {
      x[c] = below + nc[c]! / 2
      below += nc[c]!
    }
  }

  // Observed: Σ_u Σ_{i≠j in u} δ²(v_i, v_j) / (m_u − 1), i.e. Σ_c Σ_k o_ck δ²_ck.
  let observedSum = 0
  const buf = new Int32Array(coders)
  for (let s = 0; s < count; s++) {
    const u = selection ? selection[s]! : s
    const base = u * coders
    let m = 0
    for (let r = 0; r < coders; r++) {
      const c = codes[base + r]!
      if (c >= 0) buf[m++] = c
    }
    if (m < 2) continue
    let pairs = 0
    if (level === "nominal") {
      for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (buf[i] !== buf[j]) pairs++
    } else if (level === "ratio") {
      for (let i = 0; i < m; i++)
        for (let j = i + 1; j < m; j++) {
          const a = x[buf[i]!]!
          const b = x[buf[j]!]!
          if (a !== b) {
            const d = (a - b) / (a + b)
            pairs += d * d
          }
        }
    } else {
      for (let i = 0; i < m; i++)
        for (let j = i + 1; j < m; j++) {
          const d = x[buf[i]!]! - x[buf[j]!]!
          pairs += d * d
        }
    }
    // each unordered pair counts twice in o_ck (c–k and k–c)
    observedSum += (2 * pairs) / (m - 1)
  }

  // Expected: Σ_c Σ_k n_c n_k δ²_ck. Nominal: n..² − Σ n_c². Interval and ordinal (squared differences of
  // positions): 2 n.. Σ_c n_c (x_c − x̄)², centred so shifted data lose no precision. Ratio: the double sum.
  let expectedSum = 0
  if (level === "nominal") {
    let sq = 0
    for (let c = 0; c < k; c++) sq += nc[c]! * nc[c]!
    expectedSum = n * n - sq
  } else if (level === "ratio") {
    for (let c = 0; c < k; c++) {
      if (nc[c] === 0) continue
      for (let d = c + 1; d < k; d++) {
        if (nc[d] === 0) continue
        const a = x[c]!
        const b = x[d]!
        const q = (a - b) / (a + b)
        expectedSum += 2 * nc[c]! * nc[d]! * q * q
      }
    }
  } else {
    let mean = 0
    for (let c = 0; c < k; c++) mean += nc[c]! * x[c]!
    mean /= n
    let ss = 0
    for (let c = 0; c < k; c++) ss += nc[c]! * (x[c]! - mean) ** 2
    expectedSum = 2 * n * ss
  }
  const observed = observedSum / n
  const expected = expectedSum / (n * (n - 1))
  return { units, pairable: n, observed, expected, value: 1 - observed / expected }
}

const result = (c: Core, level: Level, coders: number): AlphaResult => ({
  measure: "alpha",
  level,
  value: c.value,
  units: c.units,
  pairable: c.pairable,
  ...(c.reason === undefined ? {} : { reason: c.reason }),
  observedDisagreement: c.observed,
  expectedDisagreement: c.expected,
  coders,
})

/**
 * Krippendorff's α for a coders × units matrix (`null` = missing). Returns `value: null` with a reason when α
 * is undefined: no unit has two values, or every pairable value is the same. Throws a RangeError for data the
 * level cannot take (strings at the interval or ratio level, fewer than two coders, a ragged matrix).
 */
export const krippendorffAlpha = (m: Matrix, options: AlphaOptions = {}): AlphaResult => {
  const level = options.level ?? "nominal"
  assertValid(m, { measure: "alpha", level, ordered: options.order !== undefined })
  return result(core(encode(m, options.order), level, null), level, m.length)
}

// ── bootstrap ──────────────────────────────────────────────────────────────────────────────────────────

/** mulberry32: a small, fast 32-bit PRNG, so a seed always gives the same draws on every platform. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The p-quantile of sorted numbers by linear interpolation between order statistics (Hyndman & Fan 1996
 * type 7, R's default). */
export const quantile = (sorted: ArrayLike<number>, p: number): number => {
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

export interface BootstrapOptions extends AlphaOptions {
  /** Number of bootstrap samples (default 1000). */
  readonly draws?: number
  /** Seed of the random number generator (default 1): the same seed gives the same interval. */
  readonly seed?: number
  /** Coverage of the interval (default 0.95). */
  readonly confidence?: number
  /** The smallest acceptable α; when given, the share of samples below it is reported (Krippendorff's q). */
  readonly minimum?: number
}

export interface BootstrapInterval {
  readonly alpha: AlphaResult
  readonly method: "units-percentile"
  readonly confidence: number
  /** Percentile interval of α over the samples; null when α is undefined for the data. */
  readonly lower: number | null
  readonly upper: number | null
  readonly draws: number
  /** Samples in which α was defined (a sample can lose all variation); the interval uses only these. */
  readonly defined: number
  readonly seed: number
  readonly minimum?: number
  /** Share of defined samples with α below `minimum`. */
  readonly probabilityBelowMinimum?: number
}

/**
 * A bootstrapped confidence interval for α by resampling units: each sample draws as many units as there are
 * pairable units, with replacement, and recomputes α from scratch (coincidences, marginals and, for ordinal
 * data, the ranks); the interval is the percentile interval of the samples (Efron & Tibshirani 1993, §13.3).
 * This follows the unit-level bootstrap that Zapf et al. (2016, BMC Medical Research Methodology 16:93)
 * recommend for α; it differs from Hayes & Krippendorff's (2007) KALPHA macro, which resamples pairs of values
 * from the coincidence matrix. Deterministic: the same data, options and seed give the same interval.
 */
export const alphaBootstrap = (m: Matrix, options: BootstrapOptions = {}): BootstrapInterval => {
  const level = options.level ?? "nominal"
  const draws = options.draws ?? 1000
  const seed = options.seed ?? 1
  const confidence = options.confidence ?? 0.95
  if (!Number.isInteger(draws) || draws < 1)
    throw new RangeError(`draws must be a positive integer, got ${draws}`)
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`)
  assertValid(m, { measure: "alpha", level, ordered: options.order !== undefined })
  const enc = encode(m, options.order)
  const alpha = result(core(enc, level, null), level, m.length)
  const extra = options.minimum === undefined ? {} : { minimum: options.minimum }
  // when α itself, or every resampled α, is undefined there is no interval to give
  const undefinedInterval: BootstrapInterval = {
    alpha,
    method: "units-percentile",
    confidence,
    lower: null,
    upper: null,
    draws,
    defined: 0,
    seed,
    ...extra,
  }
  if (alpha.value === null) return undefinedInterval
  const pairableUnits: number[] = []
  for (let u = 0; u < enc.units; u++) {
    let mu = 0
    for (let r = 0; r < enc.coders; r++) if (enc.codes[u * enc.coders + r]! >= 0) mu++
    if (mu >= 2) pairableUnits.push(u)
  }
  const random = seededRandom(seed)
  const selection = new Int32Array(pairableUnits.length)
  const values: number[] = []
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < selection.length; i++)
      selection[i] = pairableUnits[Math.floor(random() * pairableUnits.length)]!
    const v = core(enc, level, selection).value
    if (v !== null) values.push(v)
  }
  const sorted = Float64Array.from(values).sort()
  if (sorted.length === 0) return undefinedInterval
  const tail = (1 - confidence) / 2
  const below =
    options.minimum === undefined
      ? {}
      : { probabilityBelowMinimum: values.filter((v) => v < options.minimum!).length / values.length }
  return {
    alpha,
    method: "units-percentile",
    confidence,
    lower: quantile(sorted, tail),
    upper: quantile(sorted, 1 - tail),
    draws,
    defined: values.length,
    seed,
    ...extra,
    ...below,
  }
}
