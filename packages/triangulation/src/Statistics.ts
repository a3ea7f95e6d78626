/**
 * Statistical evidence: observations read through the plugins' indicator rules. A rule names a measure (one
 * indicator, or the ratio of two) and what in it signals a deficit; `evaluate` builds the measure's series for a
 * country and says, condition by condition, whether the deficit shows, keeping every input observation with its
 * source and confidence. Missing years stay missing: nothing is interpolated or carried forward.
 */
import type { Observation } from "@valuelens/core"
import type { Direction, IndicatorDefinition, IndicatorRule } from "@valuelens/plugin-api"

/** TIP Report tiers in order (Tier 1 first), used when no plugin defines the levels of `tip.tier`. */
export const TIP_LEVELS: ReadonlyArray<string> = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]

/** Confidence labels from most to least trusted; anything else ranks after `estimate`, and a missing one last. */
const CONFIDENCE_RANK = ["confirmed", "single-source", "estimate"]
const rank = (o: Observation) => {
  if (o.confidence === undefined || o.confidence === "unknown") return CONFIDENCE_RANK.length + 1
  const i = CONFIDENCE_RANK.findIndex((c) => o.confidence === c || o.confidence!.startsWith(`${c} `))
  return i === -1 ? CONFIDENCE_RANK.length : i
}

const observationKey = (o: Observation) => [o.country, o.year, o.indicator, o.source].join("\u0000")

/**
 * Observations without repeats: the same country, year, indicator and source given twice (say by the project's
 * statistics and by a plugin) counts once, the first one winning.
 */
export const dedupe = (observations: ReadonlyArray<Observation>): ReadonlyArray<Observation> => {
  const seen = new Set<string>()
  return observations.filter((o) => {
    const k = observationKey(o)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** One year of one indicator: the observation used, and any other sources' observations for that year. */
export interface YearValue {
  readonly year: number
  readonly observation: Observation
  /** Other observations of the same country, year and indicator that were not used (lower confidence). */
  readonly alternatives: ReadonlyArray<Observation>
}

/**
 * The yearly values of one indicator for one country, within `from`..`to`. Where several sources give a value
 * for the same year, the most trusted (confirmed, then single-source, then estimate, then unstated) is used and
 * the others are kept as alternatives.
 */
export const yearValues = (
  observations: ReadonlyArray<Observation>,
  country: string,
  indicator: string,
  window: { readonly from?: number | undefined; readonly to?: number | undefined } = {},
): ReadonlyArray<YearValue> => {
  const byYear = new Map<number, Observation[]>()
  for (const o of observations) {
    if (o.country !== country || o.indicator !== indicator) continue
    if (window.from !== undefined && o.year < window.from) continue
    if (window.to !== undefined && o.year > window.to) continue
    byYear.set(o.year, [...(byYear.get(o.year) ?? []), o])
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, os]) => {
      const sorted = [...os].sort((a, b) => rank(a) - rank(b) || a.source.localeCompare(b.source))
      return { year, observation: sorted[0]!, alternatives: sorted.slice(1) }
    })
}

/** One point of a rule's measure: its value and the observations it was computed from. */
export interface Point {
  readonly year: number
  readonly value: number | string
  readonly inputs: ReadonlyArray<Observation>
}

export type Measure = IndicatorRule["measure"]

/** The unit an observation is in: its own, else the one its indicator declares. */
export const unitOf = (
  o: Observation,
  indicators: ReadonlyArray<IndicatorDefinition> = [],
): string | undefined => o.unit ?? indicators.find((i) => i.key === o.indicator)?.unit

/**
 * Whether a numerator can be divided by a denominator: persons convicted over cases prosecuted is no ratio. A
 * side whose unit is stated nowhere is taken to agree.
 */
export const sameUnits = (
  numerator: Observation,
  denominator: Observation,
  indicators: ReadonlyArray<IndicatorDefinition> = [],
): boolean => {
  const a = unitOf(numerator, indicators)
  const b = unitOf(denominator, indicators)
  return a === undefined || b === undefined || a === b
}

/**
 * A measure's series. A ratio has a point only in years where both the numerator and the denominator were
 * observed in the same unit and the denominator is not zero.
 */
export const series = (
  observations: ReadonlyArray<Observation>,
  country: string,
  measure: Measure,
  window: { readonly from?: number | undefined; readonly to?: number | undefined } = {},
  indicators: ReadonlyArray<IndicatorDefinition> = [],
): ReadonlyArray<Point> => {
  if ("indicator" in measure)
    return yearValues(observations, country, measure.indicator, window).map((r) => ({
      year: r.year,
      value: r.observation.value,
      inputs: [r.observation],
    }))
  const denominators = new Map(
    yearValues(observations, country, measure.denominator, window).map((r) => [r.year, r.observation]),
  )
  return yearValues(observations, country, measure.numerator, window).flatMap((n) => {
    const d = denominators.get(n.year)
    if (d === undefined || typeof d.value !== "number" || typeof n.observation.value !== "number") return []
    if (d.value === 0 || !sameUnits(n.observation, d, indicators)) return []
    return [{ year: n.year, value: n.observation.value / d.value, inputs: [n.observation, d] }]
  })
}

/** The measure's name for messages: `enforcement.convictions / enforcement.prosecutions`. */
export const measureLabel = (measure: Measure): string =>
  "indicator" in measure ? measure.indicator : `${measure.numerator} / ${measure.denominator}`

/**
 * Ordinary least-squares slope of value on year. Trends are read from the slope over every point in the
 * window rather than from the last two points, so one unusual year does not decide the direction.
 */
export const slope = (points: ReadonlyArray<{ readonly year: number; readonly value: number }>): number => {
  const n = points.length
  const mx = points.reduce((s, p) => s + p.year, 0) / n
  const my = points.reduce((s, p) => s + p.value, 0) / n
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0)
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0)
  return sxx === 0 ? 0 : sxy / sxx
}

export interface ConditionResult {
  /** `below 0.5`, `above 10`, `trend worsening`, `levels Tier 2 Watch List, Tier 3`. */
  readonly condition: string
  /** Whether the deficit condition holds; undefined when the series cannot answer it (too few points). */
  readonly holds: boolean | undefined
  readonly detail: string
}

export type Signal = "deficit" | "no-deficit" | "no-data"

export interface RuleEvaluation {
  readonly rule: IndicatorRule
  readonly country: string
  readonly measure: string
  readonly series: ReadonlyArray<Point>
  readonly conditions: ReadonlyArray<ConditionResult>
  /** `deficit` when any condition holds, `no-deficit` when none does and at least one could be answered. */
  readonly signal: Signal
}

export type Change = "improving" | "worsening" | "flat"

/** What a least-squares slope means for a measure that gets better in `direction`. */
export const change = (slope: number, direction: Direction): Change =>
  slope === 0 ? "flat" : slope > 0 === (direction === "higher-is-better") ? "improving" : "worsening"

const round = (x: number) => Math.round(x * 1000) / 1000
const show = (v: number | string) => (typeof v === "number" ? String(round(v)) : v)

/**
 * Evaluates one rule for one country. Level conditions (`below`, `above`, `levels`) are read on the most recent
 * point of the window; `trend` on the least-squares slope over all its points (at least two), which the rule's
 * declared `direction` reads as improving or worsening. A category with ordered levels (TIP tiers) is scored by
 * the level's position (Tier 1 is 1, Tier 3 is 4); points outside the levels (`Not ranked`) are left out.
 */
export const evaluate = (
  rule: IndicatorRule,
  observations: ReadonlyArray<Observation>,
  country: string,
  options: {
    readonly indicators?: ReadonlyArray<IndicatorDefinition>
    readonly from?: number | undefined
    readonly to?: number | undefined
  } = {},
): RuleEvaluation => {
  const points = series(observations, country, rule.measure, options, options.indicators)
  const latest = points.at(-1)
  const when = rule.deficitWhen
  const conditions: ConditionResult[] = []
  const none = (condition: string): ConditionResult => ({
    condition,
    holds: undefined,
    detail: `no ${measureLabel(rule.measure)} for ${country} in the years compared`,
  })
  const numeric = (condition: string, test: (v: number) => boolean, op: string, bound: number) => {
    if (!latest) return none(condition)
    if (typeof latest.value !== "number")
      return { condition, holds: undefined, detail: `${latest.year}: ${latest.value} is not a number` }
    const holds = test(latest.value)
    return {
      condition,
      holds,
      detail: `latest (${latest.year}) ${show(latest.value)} ${holds ? op : `not ${op}`} ${bound}`,
    }
  }
  if (when.below !== undefined) {
    const b = when.below
    conditions.push(numeric(`below ${b}`, (v) => v < b, "<", b))
  }
  if (when.above !== undefined) {
    const a = when.above
    conditions.push(numeric(`above ${a}`, (v) => v > a, ">", a))
  }
  if (when.levels !== undefined) {
    const condition = `levels ${when.levels.join(", ")}`
    if (!latest) conditions.push(none(condition))
    else {
      const holds = when.levels.includes(String(latest.value))
      conditions.push({
        condition,
        holds,
        detail: `latest (${latest.year}) ${latest.value} ${holds ? "is" : "is not"} one of ${when.levels.join(", ")}`,
      })
    }
  }
  if (when.trend !== undefined) {
    const condition = `trend ${when.trend}`
    const indicator = "indicator" in rule.measure ? rule.measure.indicator : undefined
    const levels =
      options.indicators?.find((i) => i.key === indicator)?.levels ??
      (indicator === "tip.tier" ? TIP_LEVELS : undefined)
    const scored = points.flatMap((p) => {
      if (typeof p.value === "number") return [{ year: p.year, value: p.value }]
      const i = levels?.indexOf(p.value) ?? -1
      return i === -1 ? [] : [{ year: p.year, value: i + 1 }]
    })
    if (scored.length < 2)
      conditions.push({
        condition,
        holds: undefined,
        detail: `${scored.length} usable point${scored.length === 1 ? "" : "s"} of ${measureLabel(rule.measure)} for ${country}; a trend needs two`,
      })
    else {
      const b = slope(scored)
      const movement = change(b, rule.direction)
      const first = points.find((p) => p.year === scored[0]!.year)!
      const last = points.find((p) => p.year === scored.at(-1)!.year)!
      const unit = levels && typeof first.value === "string" ? " in level positions" : ""
      conditions.push({
        condition,
        holds: movement === when.trend,
        detail: `${movement} over ${scored.length} points, ${first.year}-${last.year} (${show(first.value)} → ${show(last.value)}; least-squares slope ${round(b)} per year${unit}, ${rule.direction.replaceAll("-", " ")})`,
      })
    }
  }
  const answered = conditions.filter((c) => c.holds !== undefined)
  const signal: Signal =
    answered.length === 0 ? "no-data" : answered.some((c) => c.holds) ? "deficit" : "no-deficit"
  return { rule, country, measure: measureLabel(rule.measure), series: points, conditions, signal }
}
