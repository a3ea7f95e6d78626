/**
 * Reliability data as Krippendorff (2011) lays it out: a matrix with one row per coder and one column per
 * unit, `null` where a coder did not code a unit. Values are numbers or strings; which comparisons make sense
 * depends on the level of measurement.
 */
import type { CodingReason } from "../Reasons.js"

export type Value = number | string
export type Cell = Value | null
/** Coders × units; every row has the same length; `null` marks a missing value. */
export type Matrix = ReadonlyArray<ReadonlyArray<Cell>>

export type Level = "nominal" | "ordinal" | "interval" | "ratio"
export const levels: ReadonlyArray<Level> = ["nominal", "ordinal", "interval", "ratio"]

export type Weights = "none" | "linear" | "quadratic"

export type Measure = "alpha" | "cohen" | "fleiss" | "scott" | "percent"

/** What every coefficient reports: its value, or `null` with the reason it is undefined for these data. */
export interface Result {
  readonly measure: Measure
  readonly level: Level
  /** The coefficient, or `null` when it is undefined for these data (see `reason`). */
  readonly value: number | null
  /** Units that entered the computation (for α: units with at least two values; for κ, π and percent
   * agreement: units every coder coded). */
  readonly units: number
  /** Values that entered the computation (Krippendorff's n..: the values in those units). */
  readonly pairable: number
  readonly reason?: string
  readonly weights?: Weights
}

/** Numbers in numeric order before strings in code-unit order: the order R and scikit-learn give factor
 * levels, used for ordinal ranks and weighted-κ positions unless the caller passes an explicit order. */
export const compareValues = (a: Value, b: Value): number => {
  if (typeof a === "number" && typeof b === "number") return a - b
  if (typeof a === "number") return -1
  if (typeof b === "number") return 1
  return a < b ? -1 : a > b ? 1 : 0
}

export const coderCount = (m: Matrix): number => m.length
export const unitCount = (m: Matrix): number => m[0]?.length ?? 0

/** A problem with reliability data, located by 1-based coder row and unit column where that applies. */
export interface Problem {
  readonly reason: CodingReason
  readonly message: string
  readonly row?: number
  readonly column?: number
}

const describeCell = (v: unknown): string =>
  typeof v === "string" ? JSON.stringify(v) : v === undefined ? "nothing" : JSON.stringify(v)

/**
 * Checks that `m` is reliability data the measure can use: at least two coders (exactly two for Cohen's κ
 * and Scott's π), at least one unit, rows of equal length, cells that are numbers, strings or null, and
 * numbers (non-negative for ratio data) at the interval and ratio levels. Ordinal data need numbers unless the
 * caller passes an explicit order of the categories. Returns the first problem found, or undefined.
 */
export const check = (
  m: unknown,
  options: { readonly measure: Measure; readonly level?: Level; readonly ordered?: boolean },
): Problem | undefined => {
  const level = options.level ?? "nominal"
  if (!Array.isArray(m))
    return { reason: "not-a-matrix", message: "expected a matrix: an array of coder rows" }
  if (m.length === 0) return { reason: "no-coders", message: "the matrix has no rows (one row per coder)" }
  for (let r = 0; r < m.length; r++)
    if (!Array.isArray(m[r]))
      return {
        reason: "not-a-matrix",
        row: r + 1,
        message: `row ${r + 1} is ${describeCell(m[r])}, expected an array of values (one per unit)`,
      }
  const rows = m as ReadonlyArray<ReadonlyArray<unknown>>
  const width = rows[0]!.length
  for (let r = 1; r < rows.length; r++)
    if (rows[r]!.length !== width)
      return {
        reason: "ragged-matrix",
        row: r + 1,
        message: `row ${r + 1} has ${rows[r]!.length} values but row 1 has ${width}: every coder needs one value (or null) per unit`,
      }
  if (rows.length < 2)
    return {
      reason: "one-coder",
      message: "the matrix has one row: agreement needs at least two coders (one row per coder)",
    }
  if ((options.measure === "cohen" || options.measure === "scott") && rows.length !== 2)
    return {
      reason: "not-two-coders",
      message: `${options.measure === "cohen" ? "Cohen's kappa" : "Scott's pi"} compares exactly two coders, but the matrix has ${rows.length} rows; use fleiss or alpha for more`,
    }
  if (width === 0) return { reason: "no-units", message: "the matrix has no units (columns)" }
  const needNumbers =
    options.measure === "alpha" &&
    (level === "interval" || level === "ratio" || (level === "ordinal" && !options.ordered))
  for (let r = 0; r < rows.length; r++)
    for (let c = 0; c < width; c++) {
      const v = rows[r]![c]
      const at = { row: r + 1, column: c + 1 }
      if (v === null) continue
      if (typeof v === "number") {
        if (!Number.isFinite(v))
          return {
            reason: "bad-value",
            ...at,
            message: `row ${r + 1}, column ${c + 1}: ${v} is not a finite number`,
          }
        if (needNumbers && level === "ratio" && v < 0)
          return {
            reason: "negative-ratio-value",
            ...at,
            message: `row ${r + 1}, column ${c + 1}: ${v} is negative; ratio data start at an absolute zero`,
          }
        continue
      }
      if (typeof v === "string") {
        if (needNumbers)
          return {
            reason: "non-numeric-value",
            ...at,
            message: `row ${r + 1}, column ${c + 1}: ${describeCell(v)} is not a number, which ${level} data need`,
          }
        continue
      }
      return {
        reason: "bad-value",
        ...at,
        message: `row ${r + 1}, column ${c + 1}: ${describeCell(v)} is not a number, a string or null`,
      }
    }
  return undefined
}

/** Throws a RangeError for data a coefficient cannot take; the functions call it so misuse is loud. */
export const assertValid = (
  m: Matrix,
  options: { readonly measure: Measure; readonly level?: Level; readonly ordered?: boolean },
): void => {
  const problem = check(m, options)
  if (problem) throw new RangeError(problem.message)
}

/**
 * The matrix with its values replaced by category indices `0..k-1` (−1 for missing), stored unit-major so one
 * unit's values sit together. `categories[i]` is the value of index i, sorted by `compareValues` or by the
 * given order.
 */
export interface Encoded {
  readonly coders: number
  readonly units: number
  /** codes[u * coders + r] */
  readonly codes: Int32Array
  readonly categories: ReadonlyArray<Value>
}

const key = (v: Value): string | number => (typeof v === "number" ? v : `s:${v}`)

export const encode = (m: Matrix, order?: ReadonlyArray<Value>): Encoded => {
  const coders = m.length
  const units = unitCount(m)
  const codes = new Int32Array(coders * units)
  // First pass gathers the distinct values; numbers and strings live in separate maps so 1 and "1" differ.
  const seen = new Map<string | number, number>()
  const firstSeen: Value[] = []
  for (let r = 0; r < coders; r++) {
    const row = m[r]!
    for (let u = 0; u < units; u++) {
      const v = row[u]
      if (v === null || v === undefined) {
        codes[u * coders + r] = -1
        continue
      }
      const k = key(v)
      let i = seen.get(k)
      if (i === undefined) {
        i = firstSeen.length
        seen.set(k, i)
        firstSeen.push(v)
      }
      codes[u * coders + r] = i
    }
  }
  let categories: Value[]
  if (order) {
    const unknown = firstSeen.filter((v) => !order.some((o) => key(o) === key(v)))
    if (unknown.length > 0)
      throw new RangeError(
        `values ${unknown.map((v) => JSON.stringify(v)).join(", ")} are not in the given order of categories`,
      )
    categories = [...order]
  } else categories = [...firstSeen].sort(compareValues)
  const position = new Map(categories.map((v, i) => [key(v), i]))
  const remap = new Int32Array(firstSeen.length)
  for (let i = 0; i < firstSeen.length; i++) remap[i] = position.get(key(firstSeen[i]!))!
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) codes[i] = remap[codes[i]!]!
  return { coders, units, codes, categories }
}
