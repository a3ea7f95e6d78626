/**
 * The thin Effect layer: reads a project's store and its plugins' registry into the plain inputs of
 * `Evidence`, `Convergence` and `Comparison`, and stores a researcher's verdict overrides (a project setting,
 * plus a memo on the theme's code so the reason sits with the codebook).
 */
import { BadInput, Ids, type Observation } from "@valuelens/core"
import type { PluginRegistry } from "@valuelens/plugin-api"
import type { CodingRow, Store, StoreError } from "@valuelens/store"
import { Effect, Schema } from "effect"
import * as Comparison from "./Comparison.js"
import * as Convergence from "./Convergence.js"
import * as DataSources from "./DataSources.js"
import * as Evidence from "./Evidence.js"
import * as Statistics from "./Statistics.js"

/** The project setting that holds verdict overrides. */
export const OVERRIDES_KEY = "triangulation.overrides"

export const CITATION =
  "Farmer, T., Robinson, K., Elliott, S. J., & Eyles, J. (2006). Developing and implementing a triangulation protocol for qualitative health research. Qualitative Health Research, 16(3), 377-394."

export interface Options {
  /** Countries whose statistics bear on the study (default: the countries of the project's sources and participants, else every country with data). */
  readonly countries?: ReadonlyArray<string> | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly thresholds?: Partial<Convergence.Thresholds> | undefined
  /** Which accepted codings count (the coding package's `Coders.select` for a coder selection); all by default. */
  readonly select?: (<R extends CodingRow>(rows: ReadonlyArray<R>) => ReadonlyArray<R>) | undefined
}

/** The project's own statistics followed by the plugins', without repeats. */
export const observations = (
  store: Store,
  registry: PluginRegistry,
): Effect.Effect<ReadonlyArray<Observation>, StoreError> =>
  Effect.map(store.observations.list(), (own) => Statistics.dedupe([...own, ...registry.observations]))

/** Every indicator rule with the countries of the plugin that brings it (a framework's rules apply everywhere). */
export const scopedRules = (registry: PluginRegistry): ReadonlyArray<Evidence.ScopedRule> =>
  registry.plugins.flatMap((p) => {
    const countries = (p.definition.countries ?? []).map((c) => c.iso3)
    return (p.definition.indicatorRules ?? []).map((rule) => ({
      rule,
      countries: countries.length > 0 ? countries : undefined,
    }))
  })

/** Reads everything triangulation needs from the store and the registry. */
export const load = (
  store: Store,
  registry: PluginRegistry,
  options: Options = {},
): Effect.Effect<Evidence.Input, StoreError> =>
  Effect.gen(function* () {
    const codes = yield* store.codes.list()
    const themes: Evidence.Theme[] = []
    for (const c of codes)
      if (c.kind === "value" || c.kind === "factor") themes.push({ id: c.id, name: c.name, kind: c.kind })
    for (const [kind, defs] of [
      ["value", registry.values],
      ["factor", registry.factors],
    ] as const)
      for (const d of defs)
        if (!themes.some((t) => t.id === d.id)) themes.push({ id: d.id, name: d.name, kind })
    const themeIds = new Set(themes.map((t) => t.id))
    const parent = new Map(codes.map((c) => [c.id, c.parentId]))
    // a coding with a code below a theme in the code tree counts for that theme
    const themeOf = (codeId: string): string | undefined => {
      const seen = new Set<string>()
      for (let id: string | undefined = codeId; id !== undefined && !seen.has(id); id = parent.get(id)) {
        if (themeIds.has(id)) return id
        seen.add(id)
      }
      return undefined
    }

    const everyone = yield* store.participants.list()
    const allSources = yield* store.sources.list()
    // with --countries, interviews and documents are matched within the countries they are about, like the
    // statistics: a source's own country, else (an interview) its participant's; a source of no known country is
    // about none of them
    const chosen = options.countries && options.countries.length > 0 ? new Set(options.countries) : undefined
    const countryOf = new Map(everyone.map((p) => [p.id, p.country]))
    const about = (s: (typeof allSources)[number]) =>
      s.country ?? (s.participantId === undefined ? undefined : countryOf.get(s.participantId))
    const sources = chosen
      ? allSources.filter((s) => {
          const c = about(s)
          return c !== undefined && chosen.has(c)
        })
      : allSources
    const participants = chosen
      ? everyone.filter(
          (p) =>
            (p.country !== undefined && chosen.has(p.country)) ||
            sources.some((s) => s.participantId === p.id),
        )
      : everyone
    const inScope = new Set(sources.map((s) => s.id))
    const turns = yield* store.turns.all()
    const interviewer = turns.filter((t) => t.interviewer)
    const accepted = yield* store.codings.rows({ status: ["accepted"] })
    const rows = options.select ? options.select(accepted) : accepted
    const codings = rows.flatMap((r): Evidence.Coded[] => {
      const theme = themeOf(r.codeId)
      if (theme === undefined || r.sourceKind === "statistics" || !inScope.has(r.sourceId)) return []
      if (
        r.sourceKind === "interview" &&
        interviewer.some((t) => t.sourceId === r.sourceId && t.start <= r.start && r.start < t.end)
      )
        return []
      return [
        { segmentId: r.segmentId, sourceId: r.sourceId, theme, start: r.start, end: r.end, text: r.text },
      ]
    })
    const all = yield* observations(store, registry)
    const own = [
      ...new Set([...sources.map((s) => s.country), ...participants.map((p) => p.country)]),
    ].filter((c): c is string => c !== undefined)
    const countries =
      options.countries && options.countries.length > 0
        ? [...options.countries]
        : own.length > 0
          ? own.sort()
          : [...new Set(all.map((o) => o.country))].sort()
    return {
      themes,
      participants: participants.map((p) => ({ id: p.id, group: p.group })),
      interviews: sources
        .filter((s) => s.kind === "interview")
        .map((s) => ({ id: s.id, title: s.title, participantId: s.participantId })),
      documents: sources
        .filter((s) => s.kind === "document")
        .map((s) => ({ id: s.id, title: s.title, documentType: s.documentType, year: s.year })),
      codings,
      pages: yield* store.pages.all(),
      observations: all,
      rules: scopedRules(registry),
      indicators: registry.indicators,
      countries,
      from: options.from,
      to: options.to,
    }
  })

const OverrideSchema = Schema.Struct({
  theme: Schema.String,
  pair: Schema.Literals(["interview-document", "interview-statistics", "document-statistics"]),
  verdict: Schema.Literals(["agreement", "partial agreement", "silence", "dissonance"]),
  memo: Schema.String,
  author: Schema.String,
  at: Schema.String,
  was: Schema.optional(Schema.Literals(["agreement", "partial agreement", "silence", "dissonance"])),
})

/** The overrides a project holds, oldest first. */
export const overrides = (
  store: Store,
): Effect.Effect<ReadonlyArray<Convergence.Override>, StoreError | BadInput> =>
  Effect.gen(function* () {
    const value = yield* store.settings.get(OVERRIDES_KEY)
    if (value === undefined) return []
    return yield* Schema.decodeUnknownEffect(Schema.Array(OverrideSchema))(value).pipe(
      Effect.mapError(
        (e) =>
          new BadInput({
            reason: "invalid-override",
            field: OVERRIDES_KEY,
            message: `the project's setting ${OVERRIDES_KEY} is not a list of verdict overrides: ${e.message}`,
          }),
      ),
    )
  })

export interface ThemeResult {
  readonly theme: Evidence.Theme
  readonly evidence: Evidence.ThemeEvidence
  readonly verdicts: ReadonlyArray<Convergence.PairVerdict>
  readonly support: DataSources.Support
}

export interface Triangulation {
  readonly method: string
  readonly thresholds: Convergence.Thresholds
  readonly countries: ReadonlyArray<string>
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly themes: ReadonlyArray<ThemeResult>
}

/** The pure part: evidence, convergence matrix and data-source triangulation from plain inputs. */
export const triangulate = (
  input: Evidence.Input,
  overrides: ReadonlyArray<Convergence.Override> = [],
  thresholds: Partial<Convergence.Thresholds> = {},
): Triangulation => {
  const t = { ...Convergence.defaultThresholds, ...thresholds }
  return {
    method: CITATION,
    thresholds: t,
    countries: input.countries,
    from: input.from,
    to: input.to,
    themes: Evidence.build(input).map((evidence) => ({
      theme: evidence.theme,
      evidence,
      verdicts: Convergence.pairs.map((p) => Convergence.verdict(evidence, p, overrides, t)),
      support: DataSources.support(evidence),
    })),
  }
}

/** Triangulates a project. */
export const run = (
  store: Store,
  registry: PluginRegistry,
  options: Options = {},
): Effect.Effect<Triangulation, StoreError | BadInput> =>
  Effect.gen(function* () {
    const input = yield* load(store, registry, options)
    return triangulate(input, yield* overrides(store), options.thresholds)
  })

export interface OverrideRequest {
  readonly theme: string
  readonly pair: string
  /** The verdict to record, or `undefined` to remove the override and return to the computed verdict. */
  readonly verdict: string | undefined
  readonly memo: string
  readonly author: string
}

/**
 * Records (or removes) a researcher's override of one verdict, with a memo on the theme's code saying why. The
 * computed verdict at that moment is kept with the override, so a report shows both.
 */
export const override = (
  store: Store,
  registry: PluginRegistry,
  request: OverrideRequest,
  options: Options = {},
): Effect.Effect<Convergence.PairVerdict, StoreError | BadInput> =>
  Effect.gen(function* () {
    const bad = (field: string, message: string) =>
      new BadInput({ reason: "invalid-override", field, message })
    const pair = request.pair
    if (!Convergence.isPair(pair))
      return yield* bad(
        "pair",
        `"${pair}" is not an evidence pair; expected one of ${Convergence.pairs.join(", ")}`,
      )
    const verdict = request.verdict === undefined ? undefined : Convergence.parseVerdict(request.verdict)
    if (request.verdict !== undefined && verdict === undefined)
      return yield* bad(
        "verdict",
        `"${request.verdict}" is not a verdict; expected one of ${Convergence.verdicts.join(", ")} (or clear)`,
      )
    if (verdict !== undefined && request.memo.trim() === "")
      return yield* bad("memo", "an override needs a memo that says why (--memo TEXT)")
    const input = yield* load(store, registry, options)
    const theme = input.themes.find((t) => t.id === request.theme)
    if (!theme)
      return yield* bad(
        "theme",
        `"${request.theme}" is not a theme of this project; themes are ${input.themes.map((t) => t.id).join(", ") || "(none: add a framework plugin)"}`,
      )
    const existing = yield* overrides(store)
    const before = triangulate(input, existing, options.thresholds)
      .themes.find((r) => r.theme.id === theme.id)!
      .verdicts.find((v) => v.pair === pair)!
    const at = new Date().toISOString()
    const rest = existing.filter((o) => !(o.theme === theme.id && o.pair === pair))
    const next =
      verdict === undefined
        ? rest
        : [
            ...rest,
            {
              theme: theme.id,
              pair,
              verdict,
              memo: request.memo,
              author: request.author,
              at,
              was: before.computed,
            },
          ]
    yield* store.transaction((tx) =>
      Effect.gen(function* () {
        yield* tx.settings.set(OVERRIDES_KEY, next)
        yield* tx.memos.insert({
          id: Ids.make("memo"),
          target: "code",
          targetId: theme.id,
          title: `Convergence ${pair}: ${verdict === undefined ? "override removed" : `${before.computed} → ${verdict}`}`,
          text: request.memo.trim() === "" ? "override removed" : request.memo,
          author: request.author,
          createdAt: at,
        })
      }),
    )
    return triangulate(input, next, options.thresholds)
      .themes.find((r) => r.theme.id === theme.id)!
      .verdicts.find((v) => v.pair === pair)!
  })

/**
 * Compares countries from the project's plugins and statistics. A country no plugin defines is bad input whose
 * message names the plugins that do provide countries, and the bundled ones.
 */
export const compare = (
  store: Store,
  registry: PluginRegistry,
  options: {
    readonly countries: ReadonlyArray<string>
    readonly from?: number | undefined
    readonly to?: number | undefined
  },
): Effect.Effect<Comparison.Comparison, StoreError | BadInput> =>
  Effect.gen(function* () {
    const known = Comparison.countries(registry)
    const wanted = options.countries.map((c) => c.trim().toUpperCase())
    const missing = wanted.filter((c) => !known.some((k) => k.iso3 === c))
    if (wanted.length === 0 || missing.length > 0) {
      const providers = registry.plugins
        .filter((p) => (p.definition.countries ?? []).length > 0)
        .map((p) => `${p.specifier} (${(p.definition.countries ?? []).map((c) => c.iso3).join(", ")})`)
      return yield* new BadInput({
        reason: "unknown-country",
        field: "countries",
        message: `${
          wanted.length === 0
            ? "name at least one country (--countries MYS,PHL)"
            : `no plugin of this project provides ${missing.join(", ")}`
        }. ${
          providers.length > 0
            ? `Countries come from the plugins ${providers.join("; ")}.`
            : "None of this project's plugins provides countries."
        } Bundled country plugins: ${BUNDLED.join("; ")}; add one to "plugins" in valuelens.json.`,
      })
    }
    if (options.from !== undefined && options.to !== undefined && options.from > options.to)
      return yield* new BadInput({
        reason: "invalid-range",
        field: "from",
        message: `--from ${options.from} is after --to ${options.to}`,
      })
    return Comparison.compare({
      countries: wanted.map((c) => known.find((k) => k.iso3 === c)!),
      observations: yield* observations(store, registry),
      indicators: registry.indicators,
      from: options.from,
      to: options.to,
    })
  })

/** The country plugins that ship with ValueLens, for messages. */
export const BUNDLED: ReadonlyArray<string> = [
  "country-malaysia (MYS)",
  "country-philippines (PHL)",
  "asean (BRN, KHM, IDN, LAO, MYS, MMR, PHL, SGP, THA, VNM)",
]
