/**
 * Country comparison: TIP tier trajectories, indicators and institutional features side by side for any set of
 * countries and years. Every value keeps its source keys and confidence; a derived figure (the
 * conviction-to-prosecution ratio) carries the observations it was computed from; a year or feature without
 * data is reported as such (`null`, "no data") and never filled.
 */
import type { Observation } from "@valuelens/core"
import type { IndicatorDefinition, Institution, InstitutionKind, PluginRegistry } from "@valuelens/plugin-api"
import * as Statistics from "./Statistics.js"

export interface Country {
  readonly iso3: string
  readonly name: string
  readonly region: string
  readonly institutions: ReadonlyArray<Institution>
  /** The plugins that define the country (several may: `asean` and `country-malaysia` both know Malaysia). */
  readonly plugins: ReadonlyArray<string>
}

/** The countries a project's plugins define, merged by ISO3 code in load order. */
export const countries = (registry: PluginRegistry): ReadonlyArray<Country> => {
  const out = new Map<string, Country>()
  for (const p of registry.plugins)
    for (const c of p.definition.countries ?? []) {
      const prev = out.get(c.iso3)
      const institutions = [...(prev?.institutions ?? [])]
      for (const i of c.institutions ?? [])
        if (!institutions.some((j) => j.name === i.name && j.source === i.source)) institutions.push(i)
      out.set(c.iso3, {
        iso3: c.iso3,
        name: prev?.name ?? c.name,
        region: prev?.region ?? c.region,
        institutions,
        plugins: [...(prev?.plugins ?? []), p.meta.name],
      })
    }
  return [...out.values()]
}

/** One cell of a series: a value with its provenance, or `null` where there is no data. */
export interface Cell {
  readonly country: string
  readonly year: number
  readonly value: number | string | null
  readonly unit?: string | undefined
  readonly source?: string | undefined
  readonly confidence?: string | undefined
  readonly note?: string | undefined
  /** Other sources' values for the same year, when they were not used. */
  readonly alternatives?: ReadonlyArray<Observation> | undefined
}

/** One year of a TIP tier trajectory; `tier` is `null` where the tier is unknown. */
export interface TierCell {
  readonly country: string
  readonly year: number
  readonly tier: string | null
  readonly source?: string | undefined
  readonly confidence?: string | undefined
  readonly alternatives?: ReadonlyArray<Observation> | undefined
}

export interface IndicatorSeries {
  readonly indicator: string
  readonly label: string
  /** The unit every value is in; absent when the countries' figures come in different units (see each cell). */
  readonly unit?: string | undefined
  /** Per country, per year that any compared country has a value for (missing ones are `null`). */
  readonly cells: ReadonlyArray<Cell>
}

export interface RatioCell {
  readonly country: string
  readonly year: number
  /** `numerator / denominator`, or `null` when either is missing, their units differ or the denominator is zero. */
  readonly value: number | null
  /** `persons / cases` when the two are counted in different units, so there is no ratio. */
  readonly unitsDiffer?: string | undefined
  readonly inputs: {
    readonly numerator: Observation | null
    readonly denominator: Observation | null
  }
}

export interface DerivedSeries {
  readonly figure: string
  readonly numerator: string
  readonly denominator: string
  readonly cells: ReadonlyArray<RatioCell>
}

export interface Feature {
  readonly kind: InstitutionKind
  readonly label: string
  /** Per country; an empty list is "no data". */
  readonly byCountry: ReadonlyArray<{
    readonly country: string
    readonly institutions: ReadonlyArray<Institution>
  }>
}

export interface Comparison {
  readonly from: number
  readonly to: number
  readonly countries: ReadonlyArray<{
    readonly country: string
    readonly name: string
    readonly plugins: ReadonlyArray<string>
    readonly tiers: ReadonlyArray<TierCell>
  }>
  readonly indicators: ReadonlyArray<IndicatorSeries>
  readonly derived: ReadonlyArray<DerivedSeries>
  readonly features: ReadonlyArray<Feature>
}

export const FEATURES: ReadonlyArray<{ readonly kind: InstitutionKind; readonly label: string }> = [
  { kind: "law", label: "key laws" },
  { kind: "coordinating-body", label: "coordinating body" },
  { kind: "action-plan", label: "action plan" },
  { kind: "specialised-court", label: "specialised courts" },
  { kind: "agency", label: "agencies" },
  { kind: "shelter-system", label: "shelter system" },
  { kind: "other", label: "other facts" },
]

/** Ratios derived from two indicators, with the observations behind every value. */
export const RATIOS: ReadonlyArray<{
  readonly figure: string
  readonly numerator: string
  readonly denominator: string
}> = [
  {
    figure: "conviction-to-prosecution ratio",
    numerator: "enforcement.convictions",
    denominator: "enforcement.prosecutions",
  },
]

const LABELS: Readonly<Record<string, string>> = {
  "enforcement.investigations": "Trafficking investigations",
  "enforcement.prosecutions": "Trafficking prosecutions",
  "enforcement.convictions": "Trafficking convictions",
  "victims.identified": "Victims identified",
  "courts.specialised": "Specialised trafficking courts",
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

export interface Options {
  readonly countries: ReadonlyArray<Country>
  readonly observations: ReadonlyArray<Observation>
  readonly indicators?: ReadonlyArray<IndicatorDefinition>
  /** Default: the first year any compared country has data. */
  readonly from?: number | undefined
  /** Default: the last year any compared country has data. */
  readonly to?: number | undefined
}

/** Compares `countries` (in the order given). */
export const compare = (options: Options): Comparison => {
  const isos = options.countries.map((c) => c.iso3)
  const all = Statistics.dedupe(options.observations.filter((o) => isos.includes(o.country)))
  const years = all.map((o) => o.year)
  const from = options.from ?? (years.length ? Math.min(...years) : (options.to ?? 0))
  const to = options.to ?? (years.length ? Math.max(...years) : from)
  const window = { from, to }
  const inWindow = all.filter((o) => o.year >= from && o.year <= to)

  const tiers = options.countries.map((c) => {
    const byYear = new Map(Statistics.yearValues(inWindow, c.iso3, "tip.tier").map((r) => [r.year, r]))
    return {
      country: c.iso3,
      name: c.name,
      plugins: c.plugins,
      tiers: range(from, to).map((year): TierCell => {
        const r = byYear.get(year)
        if (!r) return { country: c.iso3, year, tier: null }
        return {
          country: c.iso3,
          year,
          tier: String(r.observation.value),
          source: r.observation.source,
          confidence: r.observation.confidence,
          ...(r.alternatives.length ? { alternatives: r.alternatives } : {}),
        }
      }),
    }
  })

  const order = [...(options.indicators ?? []).map((i) => i.key), ...Object.keys(LABELS)]
  const position = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length)
  const keys = [...new Set(inWindow.map((o) => o.indicator))]
    .filter((k) => k !== "tip.tier")
    .sort((a, b) => position(a) - position(b) || a.localeCompare(b))
  const indicators = keys.map((indicator): IndicatorSeries => {
    const def = options.indicators?.find((i) => i.key === indicator)
    const perCountry = new Map(
      isos.map((c) => [
        c,
        new Map(Statistics.yearValues(inWindow, c, indicator, window).map((r) => [r.year, r])),
      ]),
    )
    const withData = [...new Set(inWindow.filter((o) => o.indicator === indicator).map((o) => o.year))].sort(
      (a, b) => a - b,
    )
    const cells = withData.flatMap((year) =>
      isos.map((country): Cell => {
        const r = perCountry.get(country)!.get(year)
        if (!r) return { country, year, value: null }
        const o = r.observation
        return {
          country,
          year,
          value: o.value,
          unit: Statistics.unitOf(o, options.indicators),
          source: o.source,
          confidence: o.confidence,
          note: o.note,
          ...(r.alternatives.length ? { alternatives: r.alternatives } : {}),
        }
      }),
    )
    // the heading's unit is the data's, and only when every figure shares it: never persons over cases
    const units = [...new Set(cells.filter((c) => c.value !== null).map((c) => c.unit))]
    return {
      indicator,
      label: def?.label ?? LABELS[indicator] ?? indicator,
      unit: units.length === 1 ? units[0] : undefined,
      cells,
    }
  })

  const derived = RATIOS.map((ratio): DerivedSeries => {
    const used = inWindow.filter((o) => o.indicator === ratio.numerator || o.indicator === ratio.denominator)
    const withData = [...new Set(used.map((o) => o.year))].sort((a, b) => a - b)
    const pick = (country: string, indicator: string) =>
      new Map(Statistics.yearValues(inWindow, country, indicator, window).map((r) => [r.year, r.observation]))
    return {
      ...ratio,
      cells: isos.flatMap((country) => {
        const num = pick(country, ratio.numerator)
        const den = pick(country, ratio.denominator)
        return withData.map((year): RatioCell => {
          const n = num.get(year) ?? null
          const d = den.get(year) ?? null
          const inputs = { numerator: n, denominator: d }
          if (n && d && !Statistics.sameUnits(n, d, options.indicators))
            return {
              country,
              year,
              value: null,
              unitsDiffer: `${Statistics.unitOf(n, options.indicators)} / ${Statistics.unitOf(d, options.indicators)}`,
              inputs,
            }
          const value =
            n && d && typeof n.value === "number" && typeof d.value === "number" && d.value !== 0
              ? n.value / d.value
              : null
          return { country, year, value, inputs }
        })
      }),
    }
  })

  const features = FEATURES.map(
    (f): Feature => ({
      ...f,
      byCountry: options.countries.map((c) => ({
        country: c.iso3,
        institutions: c.institutions.filter((i) => i.kind === f.kind),
      })),
    }),
  )

  return { from, to, countries: tiers, indicators, derived, features }
}
