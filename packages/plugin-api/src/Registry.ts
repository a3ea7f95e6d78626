/**
 * What a project's plugins contribute, merged in load order and frozen: the codebook (values, factors, areas,
 * free codes), lexicons, countries, indicators, observations, indicator rules and report sections.
 */

import type { Observation } from "@valuelens/core"
import type {
  AreaDefinition,
  CodeDefinition,
  CountryDefinition,
  FactorDefinition,
  IndicatorDefinition,
  IndicatorRule,
  Lexicon,
  PluginDefinition,
  PluginMeta,
  ReportSection,
  ValueDefinition,
} from "./Plugin.js"

export interface LoadedPlugin {
  readonly meta: PluginMeta
  /** How the project named it (`framework-value-deficits`, `@acme/x`, `./plugins/x`). */
  readonly specifier: string
  /** The file it was loaded from. */
  readonly resolved: string
  readonly definition: PluginDefinition
}

export interface Registry {
  readonly plugins: ReadonlyArray<LoadedPlugin>
  readonly values: ReadonlyArray<ValueDefinition>
  readonly factors: ReadonlyArray<FactorDefinition>
  readonly areas: ReadonlyArray<AreaDefinition>
  readonly codes: ReadonlyArray<CodeDefinition>
  readonly lexicons: ReadonlyArray<Lexicon>
  readonly countries: ReadonlyArray<CountryDefinition>
  readonly indicators: ReadonlyArray<IndicatorDefinition>
  readonly observations: ReadonlyArray<Observation>
  readonly indicatorRules: ReadonlyArray<IndicatorRule>
  readonly reportSections: ReadonlyArray<ReportSection>
}

const deepFreeze = <A>(x: A): A => {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const v of Object.values(x)) deepFreeze(v)
  }
  return x
}

/** Merges loaded plugins, in order, into one frozen registry. */
export const fromPlugins = (plugins: ReadonlyArray<LoadedPlugin>): Registry => {
  const all = <K extends keyof PluginDefinition>(k: K) =>
    plugins.flatMap(
      (p) =>
        (p.definition[k] ?? []) as ReadonlyArray<
          NonNullable<PluginDefinition[K]> extends ReadonlyArray<infer T> ? T : never
        >,
    )
  return deepFreeze({
    plugins: [...plugins],
    values: all("values"),
    factors: all("factors"),
    areas: all("areas"),
    codes: all("codes"),
    lexicons: all("lexicons"),
    countries: all("countries"),
    indicators: all("indicators"),
    observations: all("observations"),
    indicatorRules: all("indicatorRules"),
    reportSections: all("reportSections"),
  }) as Registry
}

export const empty: Registry = fromPlugins([])

/** The factor → value-deficit model: each factor paired with every value it declares it drives. */
export const model = (registry: Registry): Array<{ factor: string; value: string }> =>
  registry.factors.flatMap((f) => f.drives.map((value) => ({ factor: f.id, value })))
