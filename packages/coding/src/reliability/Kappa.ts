/**
 * Percent agreement and the κ family: Cohen's κ (Cohen 1960) and weighted κ (Cohen 1968) for two coders,
 * Scott's π (Scott 1955) for two coders, Fleiss' κ (Fleiss 1971) for any fixed number of coders. These
 * coefficients are defined for complete data, so units that any coder left missing are dropped first
 * (listwise deletion, as R's irr does); `units` reports how many remained.
 */
import {
  assertValid,
  type Encoded,
  encode,
  type Matrix,
  type Result,
  type Value,
  type Weights,
} from "./Data.js"

const NO_COMPLETE_UNITS = "no unit was coded by every coder, so there is nothing to compare"
const noVariation = (categories: ReadonlyArray<Value>) =>
  `no variation: every value is ${JSON.stringify(categories[0])}, so agreement expected by chance is 1 and the coefficient is undefined`

/** Indices of the units every coder coded. */
const completeUnits = (enc: Encoded): number[] => {
  const out: number[] = []
  for (let u = 0; u < enc.units; u++) {
    let ok = true
    for (let r = 0; r < enc.coders && ok; r++) if (enc.codes[u * enc.coders + r]! < 0) ok = false
    if (ok) out.push(u)
  }
  return out
}

/** Re-encodes the complete units so categories are the values that occur in them (or the given order). */
const completeData = (m: Matrix, order: ReadonlyArray<Value> | undefined) => {
  const first = encode(m)
  const keep = completeUnits(first)
  const sub = m.map((row) => keep.map((u) => row[u]!))
  return encode(sub, order)
}

const base = (measure: Result["measure"], units: number, coders: number) => ({
  measure,
  level: "nominal" as const,
  units,
  pairable: units * coders,
})

/**
 * Percent agreement: the share of units on which every coder gave the same value (R irr's `agree` with
 * tolerance 0). Not chance-corrected; report it beside α or κ, never alone.
 */
export const percentAgreement = (m: Matrix): Result => {
  assertValid(m, { measure: "percent" })
  const enc = completeData(m, undefined)
  if (enc.units === 0) return { ...base("percent", 0, enc.coders), value: null, reason: NO_COMPLETE_UNITS }
  let agree = 0
  for (let u = 0; u < enc.units; u++) {
    const first = enc.codes[u * enc.coders]!
    let same = true
    for (let r = 1; r < enc.coders && same; r++) if (enc.codes[u * enc.coders + r] !== first) same = false
    if (same) agree++
  }
  return { ...base("percent", enc.units, enc.coders), value: agree / enc.units }
}

export interface CohenOptions {
  readonly weights?: Weights
  /** The categories in order, when some were never used or strings need an order other than sorted. */
  readonly categories?: ReadonlyArray<Value>
}

/**
 * Cohen's κ for two coders (rows), unweighted (Cohen 1960) or weighted (Cohen 1968):
 *
 *   κ_w = 1 − Σ_ij w_ij p_ij / Σ_ij w_ij p_i. p_.j
 *
 * with disagreement weights w_ij = |i − j| (linear) or (i − j)² (quadratic) on the categories' rank positions
 * i, j, as R's irr (`kappa2(…, "equal" | "squared")`) and scikit-learn (`cohen_kappa_score(weights=…)`)
 * compute them; unweighted κ is the case w_ij = 1 for i ≠ j, which reduces to (p_o − p_e) / (1 − p_e).
 * Positions, not values: categories 1, 2, 3, 4, 6 sit at 0..4.
 */
export const cohenKappa = (m: Matrix, options: CohenOptions = {}): Result => {
  assertValid(m, { measure: "cohen" })
  const weights = options.weights ?? "none"
  const enc = completeData(m, options.categories)
  const res = { ...base("cohen", enc.units, 2), weights }
  if (enc.units === 0) return { ...res, value: null, reason: NO_COMPLETE_UNITS }
  const k = enc.categories.length
  const table = new Float64Array(k * k)
  const rows = new Float64Array(k)
  const cols = new Float64Array(k)
  for (let u = 0; u < enc.units; u++) {
    const a = enc.codes[u * 2]!
    const b = enc.codes[u * 2 + 1]!
    table[a * k + b]!++
    rows[a]!++
    cols[b]!++
  }
  const w = (i: number, j: number) =>
    weights === "linear" ? Math.abs(i - j) : weights === "quadratic" ? (i - j) ** 2 : i === j ? 0 : 1
  // counts instead of proportions: κ_w = 1 − N Σ w o / Σ w r c
  let observed = 0
  let expected = 0
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const wij = w(i, j)
      if (wij === 0) continue
      observed += wij * table[i * k + j]!
      expected += wij * rows[i]! * cols[j]!
    }
  if (expected === 0) return { ...res, value: null, reason: noVariation(enc.categories) }
  return { ...res, value: 1 - (enc.units * observed) / expected }
}

/**
 * Scott's π for two coders (Scott 1955): like Cohen's κ, but chance agreement comes from the pooled
 * distribution of both coders' values, p_e = Σ_k ((n_1k + n_2k) / 2N)², as if the coders were
 * interchangeable. Equals Fleiss' κ for two coders and, for large samples, Krippendorff's nominal α.
 */
export const scottPi = (m: Matrix): Result => {
  assertValid(m, { measure: "scott" })
  const enc = completeData(m, undefined)
  const res = base("scott", enc.units, 2)
  if (enc.units === 0) return { ...res, value: null, reason: NO_COMPLETE_UNITS }
  const k = enc.categories.length
  const pooled = new Float64Array(k)
  let agree = 0
  for (let u = 0; u < enc.units; u++) {
    const a = enc.codes[u * 2]!
    const b = enc.codes[u * 2 + 1]!
    pooled[a]!++
    pooled[b]!++
    if (a === b) agree++
  }
  const N = enc.units
  let pe = 0
  for (let c = 0; c < k; c++) pe += (pooled[c]! / (2 * N)) ** 2
  if (k < 2) return { ...res, value: null, reason: noVariation(enc.categories) }
  const po = agree / N
  return { ...res, value: (po - pe) / (1 - pe) }
}

/**
 * Fleiss' κ for a fixed number of coders n per unit (Fleiss 1971, eqs. 2–9):
 *
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1)),  P̄ = Σ_i P_i / N,  p_j = Σ_i n_ij / (N n),  P̄_e = Σ_j p_j²,
 *   κ = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * where n_ij is the number of coders who put unit i in category j. Coders need not be the same people from
 * unit to unit; a matrix row stands for "a coder", and units someone left missing are dropped.
 */
export const fleissKappa = (m: Matrix): Result => {
  assertValid(m, { measure: "fleiss" })
  const enc = completeData(m, undefined)
  const n = enc.coders
  const res = base("fleiss", enc.units, n)
  if (enc.units === 0) return { ...res, value: null, reason: NO_COMPLETE_UNITS }
  const k = enc.categories.length
  if (k < 2) return { ...res, value: null, reason: noVariation(enc.categories) }
  const N = enc.units
  const totals = new Float64Array(k)
  const counts = new Float64Array(k)
  let sumP = 0
  for (let u = 0; u < N; u++) {
    counts.fill(0)
    for (let r = 0; r < n; r++) counts[enc.codes[u * n + r]!]!++
    let sq = 0
    for (let c = 0; c < k; c++) {
      sq += counts[c]! * counts[c]!
      totals[c]! += counts[c]!
    }
    sumP += (sq - n) / (n * (n - 1))
  }
  const pBar = sumP / N
  let pe = 0
  for (let c = 0; c < k; c++) pe += (totals[c]! / (N * n)) ** 2
  return { ...res, value: (pBar - pe) / (1 - pe) }
}
