/**
 * Assembles the findings model from a project's store and its plugin registry. The store alone gives the
 * summary, the themes with their accepted codings, quotations, participants and groups, documentary
 * corroboration and the observations' tier series. The analyses (saturation, factor → value links, reliability,
 * convergence, statistical corroboration, a computed country comparison) are passed in by the caller as plain
 * data, `Analyses`; whatever is not passed is `null` in the model and the report says it was not computed.
 */

import { Coders } from "@valuelens/coding"
import { type Observation, participantGroups } from "@valuelens/core"
import type { PluginRegistry } from "@valuelens/plugin-api"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import type * as F from "./Findings.js"
import * as Quotations from "./Quotations.js"

// ── inputs the caller passes in (plain data, so the coding and triangulation packages map onto them directly) ──

/** A research question and the theme ids that answer it. */
export interface ResearchQuestionInput {
  readonly id: string
  readonly text: string
  readonly themes: ReadonlyArray<string>
}

/** One factor → value link, as the coding engine's link analysis reports it. */
export interface LinkInput {
  readonly factor: string
  readonly value: string
  /** Link strength, for example the c-coefficient n12 / (n1 + n2 − n12). */
  readonly strength: number
  /** How many segments (or participants) carry both codes. */
  readonly cooccurrences: number
  /** The participants behind the link. */
  readonly participants: ReadonlyArray<string>
}

/** The coding engine's saturation analysis (Guest, Namey & Chen 2020). */
export interface SaturationInput {
  /** In what order interviews were taken (default "import order"). */
  readonly order?: string
  /** One entry per interview, in that order, with the codes first seen in it. */
  readonly interviews: ReadonlyArray<{
    readonly sourceId: string
    readonly participantId?: string | undefined
    readonly newCodes: ReadonlyArray<string>
  }>
  readonly parameters: { readonly baseSize: number; readonly runLength: number; readonly threshold: number }
  readonly verdict: {
    readonly saturated: boolean
    /** 1-based position of the interview at which saturation was reached. */
    readonly atInterview?: number | undefined
    /** New information in the deciding run as a proportion of the base (0.05 = 5 %). */
    readonly newInformation?: number | undefined
    /**
     * The verdict in words, as the coding engine's `Analyses.saturation` gives it ("saturation reached at 4
     * interviews: …", "not saturated: …", "not assessable: …"), so the report says what `analyze saturation` says.
     */
    readonly statement: string
  }
}

export interface CoefficientInput {
  /** `percent agreement`, `Cohen's kappa`, `Krippendorff's alpha (nominal)`, … */
  readonly measure: string
  readonly value: number | null
}

/** The reliability module's results for one comparison of coders. */
export interface ReliabilityInput {
  readonly unit: string
  readonly units: number
  readonly coders: ReadonlyArray<string>
  readonly overall: ReadonlyArray<CoefficientInput>
  readonly perCode: ReadonlyArray<{
    readonly code: string
    readonly coefficients: ReadonlyArray<CoefficientInput>
  }>
}

/** One convergence verdict of triangulation for one theme and one pair of evidence types. */
export interface ConvergenceInput {
  readonly theme: string
  readonly a: string
  readonly b: string
  readonly verdict: F.Verdict
  readonly rule: string
  readonly evidence: ReadonlyArray<string>
  /** When a researcher overrode the computed verdict: what was computed, why it was changed, by whom. */
  readonly override?: {
    readonly computed: F.Verdict
    readonly reason: string
    readonly by?: string | undefined
    readonly at?: string | undefined
  }
}

/** One indicator rule applied to one country's statistics, from triangulation. */
export interface StatisticalInput {
  readonly theme: string
  readonly rule: string
  readonly description: string
  readonly country: string
  readonly measure: string
  readonly values: ReadonlyArray<{ readonly year: number; readonly value: number | string }>
  readonly signal: "deficit" | "no-deficit" | "no-data"
  readonly note?: string | undefined
}

/** The analyses a caller ran; every field is optional, and a missing one is reported as not computed. */
export interface Analyses {
  readonly researchQuestions?: ReadonlyArray<ResearchQuestionInput>
  readonly links?: { readonly measure: string; readonly links: ReadonlyArray<LinkInput> }
  readonly saturation?: SaturationInput
  readonly reliability?: ReliabilityInput
  /** All verdicts of a triangulation run. Themes without any get an empty list (triangulated, nothing found). */
  readonly convergence?: ReadonlyArray<ConvergenceInput>
  readonly statistical?: ReadonlyArray<StatisticalInput>
  /** A comparison computed by triangulation; without it, one is made from the project's observations. */
  readonly comparison?: F.Comparison
  /** The recorded runs the saturation, reliability and convergence above come from. */
  readonly runs?: ReadonlyArray<F.RecordedRun>
}

export interface Options {
  /** Exemplar quotations per theme (default 3). */
  readonly quotes?: number
  /** The report's time stamp (default now), so a report can be made reproducible. */
  readonly generatedAt?: string
  /** Called as each step finishes, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void
  /** Whose codings count (default: every coder's accepted codings); the same selection `Gather` used. */
  readonly coders?: Coders.Selection
}

export interface Workspace {
  readonly project: { readonly config: { readonly name: string }; readonly store: Store }
  readonly registry: PluginRegistry
}

const TIER = "tip.tier"
const DEFAULT_TIER_LEVELS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]

const byGroupOrder = (a: string, b: string) => {
  const ia = (participantGroups as ReadonlyArray<string>).indexOf(a)
  const ib = (participantGroups as ReadonlyArray<string>).indexOf(b)
  return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b)
}

const minMax = (xs: ReadonlyArray<string>) => {
  const s = [...xs].sort()
  return { from: s[0] ?? null, to: s.at(-1) ?? null }
}

/** Builds the findings model. Reads the store once; everything after is pure. */
export const buildFindings = (
  workspace: Workspace,
  analyses: Analyses = {},
  options: Options = {},
): Effect.Effect<F.Findings, StoreError> =>
  Effect.gen(function* () {
    const { store } = workspace.project
    const registry = workspace.registry
    const total = 3
    const progress = options.onProgress ?? (() => {})
    const [participants, sources, rows, pending, segmentCount, codes, coders, turns, pages, stored, memos] =
      yield* Effect.all([
        store.participants.list(),
        store.sources.list(),
        store.codings
          .rows({ status: ["accepted"] })
          .pipe(Effect.map((rows) => Coders.select(rows, options.coders ?? Coders.everyone))),
        store.codings.count({ status: ["suggested"] }),
        store.counts().pipe(Effect.map((c) => c.segments)),
        store.codes.list(),
        store.coders.list(),
        store.turns.all(),
        store.pages.all(),
        store.observations.list(),
        store.memos.list(),
      ])
    progress(1, total)
    return assemble({
      name: workspace.project.config.name,
      registry,
      participants,
      sources,
      rows,
      pending,
      segmentCount,
      codes,
      coders,
      turns,
      pages,
      observations: stored,
      memos,
      analyses,
      options,
      progress: (d) => progress(1 + d, total),
    })
  })

const ANALYSIS_NAMES = { agreement: "Reliability", saturation: "Saturation", triangulation: "Triangulation" }

/** Where each analysis comes from: a recorded run, computed for this report, or (reliability) not run. */
const analysisNotes = (analyses: Analyses): string[] =>
  (["agreement", "saturation", "triangulation"] as const).map((kind) => {
    const run = analyses.runs?.find((r) => r.kind === kind)
    const name = ANALYSIS_NAMES[kind]
    if (run) return `${name}: the recorded run "${run.name}" made ${run.at}`
    if (kind === "agreement")
      return `${name}: no recorded run (save one with valuelens agreement --coders A,B --save NAME)`
    return `${name}: computed for this report`
  })

/** What `buildFindings` reads from the store, for `assemble`. */
export interface StoreData {
  readonly name: string
  readonly registry: PluginRegistry
  readonly participants: ReadonlyArray<import("@valuelens/core").Participant>
  readonly sources: ReadonlyArray<import("@valuelens/store").SourceSummary>
  readonly rows: ReadonlyArray<import("@valuelens/store").CodingRow>
  readonly pending: number
  readonly segmentCount: number
  readonly codes: ReadonlyArray<import("@valuelens/core").Code>
  readonly coders: ReadonlyArray<import("@valuelens/core").Coder>
  readonly turns: ReadonlyArray<import("@valuelens/core").Turn>
  readonly pages: ReadonlyArray<{ sourceId: string; number: number; start: number; end: number }>
  readonly observations: ReadonlyArray<Observation>
  readonly memos?: ReadonlyArray<import("@valuelens/core").Memo>
  readonly analyses: Analyses
  readonly options: Options
  readonly progress?: (done: number) => void
}

/** The memos, oldest first, each with what it is attached to named as a reader knows it. */
const memosOf = (d: StoreData): F.Memo[] => {
  const code = new Map(d.codes.map((c) => [c.id, c.name]))
  const source = new Map(d.sources.map((s) => [s.id, s.title]))
  const passage = new Map(d.rows.map((r) => [r.segmentId, r]))
  const on = (m: import("@valuelens/core").Memo): string => {
    const id = m.targetId ?? ""
    switch (m.target) {
      case "project":
        return "the project"
      case "source":
        return `source ${source.get(id) ?? id}`
      case "code":
        return `code ${code.get(id) ?? id}`
      case "segment": {
        const r = passage.get(id)
        return r ? `passage in ${r.sourceTitle} (${r.start}–${r.end})` : "a passage"
      }
    }
  }
  return [...(d.memos ?? [])]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((m) => ({ on: on(m), author: m.author, at: m.createdAt, title: m.title ?? null, text: m.text }))
}

/** The pure part of `buildFindings`: store data and analyses in, the findings model out. */
export const assemble = (d: StoreData): F.Findings => {
  const { registry, analyses } = d
  const generatedAt = d.options.generatedAt ?? new Date().toISOString()
  const participantById = new Map(d.participants.map((p) => [p.id, p]))
  const sourceById = new Map(d.sources.map((s) => [s.id, s]))

  // groups present in the project, in the canonical order
  const groupCounts = new Map<string, number>()
  for (const p of d.participants) groupCounts.set(p.group, (groupCounts.get(p.group) ?? 0) + 1)
  const groups = [...groupCounts.keys()].sort(byGroupOrder)

  // interviewer turns never count as evidence
  const interviewerTurns = new Map<string, Array<{ start: number; end: number }>>()
  for (const t of d.turns)
    if (t.interviewer) {
      const list = interviewerTurns.get(t.sourceId) ?? []
      list.push(t)
      interviewerTurns.set(t.sourceId, list)
    }
  const byInterviewer = (sourceId: string, start: number) =>
    (interviewerTurns.get(sourceId) ?? []).some((t) => t.start <= start && start < t.end)

  const pagesBySource = new Map<string, Array<{ number: number; start: number; end: number }>>()
  for (const p of d.pages) {
    const list = pagesBySource.get(p.sourceId) ?? []
    list.push(p)
    pagesBySource.set(p.sourceId, list)
  }
  const pageOf = (sourceId: string, start: number) =>
    pagesBySource.get(sourceId)?.find((p) => p.start <= start && start < p.end)?.number

  // one entry per (segment, code): several coders may have accepted the same coding
  const codingsByCode = new Map<string, Map<string, (typeof d.rows)[number]>>()
  for (const r of d.rows) {
    if (r.sourceKind === "statistics") continue
    if (r.sourceKind === "interview" && byInterviewer(r.sourceId, r.start)) continue
    const m = codingsByCode.get(r.codeId) ?? new Map()
    const prev = m.get(r.segmentId)
    if (!prev || (r.score ?? 0) > (prev.score ?? 0)) m.set(r.segmentId, r)
    codingsByCode.set(r.codeId, m)
  }

  // themes: the registry's values and factors first (even without codings), then other coded codes
  const pluginOf = new Map<string, string>()
  for (const p of registry.plugins)
    for (const x of [...(p.definition.values ?? []), ...(p.definition.factors ?? [])])
      pluginOf.set(x.id, p.meta.namespace)
  const storedCode = new Map(d.codes.map((c) => [c.id, c]))
  type ThemeHead = Pick<F.Theme, "id" | "name" | "kind" | "definition" | "deficit" | "plugin" | "drives">
  const heads: ThemeHead[] = []
  const seen = new Set<string>()
  const push = (h: ThemeHead) => {
    if (seen.has(h.id)) return
    seen.add(h.id)
    heads.push(h)
  }
  for (const v of registry.values)
    push({
      id: v.id,
      name: v.name,
      kind: "value",
      definition: v.definition,
      deficit: v.deficit ?? null,
      plugin: pluginOf.get(v.id) ?? null,
      drives: [],
    })
  for (const f of registry.factors)
    push({
      id: f.id,
      name: f.name,
      kind: "factor",
      definition: f.definition,
      deficit: null,
      plugin: pluginOf.get(f.id) ?? null,
      drives: [...f.drives],
    })
  const kindOrder = { value: 0, factor: 1, area: 2, free: 3 }
  const others = d.codes
    .filter((c) => !seen.has(c.id) && (c.kind === "value" || c.kind === "factor" || codingsByCode.has(c.id)))
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name))
  for (const c of others)
    push({
      id: c.id,
      name: c.name,
      kind: c.kind,
      definition: c.description ?? null,
      deficit: null,
      plugin: c.plugin ?? null,
      drives: [],
    })
  // codings of codes the store does not list (should not happen, but never drop evidence)
  for (const id of [...codingsByCode.keys()].sort())
    if (!seen.has(id)) {
      const row = codingsByCode.get(id)!.values().next().value!
      push({
        id,
        name: storedCode.get(id)?.name ?? row.codeName,
        kind: row.codeKind,
        definition: null,
        deficit: null,
        plugin: null,
        drives: [],
      })
    }

  const convergenceRan = analyses.convergence !== undefined
  const statisticsRan = analyses.statistical !== undefined
  const themes: F.Theme[] = heads.map((h) => {
    const codings = [...(codingsByCode.get(h.id)?.values() ?? [])]
    const interview = codings.filter((r) => r.sourceKind === "interview")
    const documents = codings.filter((r) => r.sourceKind === "document")
    const people = new Set<string>()
    const perGroup = new Map<string, { participants: Set<string>; segments: number }>()
    for (const r of interview) {
      const pid = r.participantId
      const group = (pid ? participantById.get(pid)?.group : undefined) ?? r.group
      if (pid) people.add(pid)
      if (group) {
        const g = perGroup.get(group) ?? { participants: new Set(), segments: 0 }
        if (pid) g.participants.add(pid)
        g.segments++
        perGroup.set(group, g)
      }
    }
    const themeGroups = [...new Set([...groups, ...perGroup.keys()])].sort(byGroupOrder).map((g) => ({
      group: g,
      participants: perGroup.get(g)?.participants.size ?? 0,
      segments: perGroup.get(g)?.segments ?? 0,
    }))
    const docEvidence = new Map<string, { segments: number; pages: Set<number> }>()
    for (const r of documents) {
      const e = docEvidence.get(r.sourceId) ?? { segments: 0, pages: new Set<number>() }
      e.segments++
      const page = pageOf(r.sourceId, r.start)
      if (page !== undefined) e.pages.add(page)
      docEvidence.set(r.sourceId, e)
    }
    const documentary: F.DocumentEvidence[] = [...docEvidence.entries()]
      .map(([sourceId, e]) => {
        const s = sourceById.get(sourceId)
        return {
          sourceId,
          title: s?.title ?? sourceId,
          documentType: s?.documentType ?? null,
          year: s?.year ?? null,
          country: s?.country ?? null,
          segments: e.segments,
          pages: [...e.pages].sort((a, b) => a - b),
        }
      })
      .sort(
        (a, b) => (sourceById.get(a.sourceId)?.position ?? 0) - (sourceById.get(b.sourceId)?.position ?? 0),
      )
    const candidates: Quotations.Candidate[] = codings.map((r) => {
      const s = sourceById.get(r.sourceId)
      return {
        segmentId: r.segmentId,
        sourceId: r.sourceId,
        sourceTitle: r.sourceTitle,
        sourceKind: r.sourceKind === "document" ? "document" : "interview",
        sourcePosition: s?.position ?? 0,
        participantId: r.participantId,
        group: r.participantId ? participantById.get(r.participantId)?.group : r.group,
        year: s?.year,
        page: r.sourceKind === "document" ? pageOf(r.sourceId, r.start) : undefined,
        start: r.start,
        end: r.end,
        text: r.text,
        score: r.score,
      }
    })
    return {
      ...h,
      counts: {
        segments: interview.length,
        interviews: new Set(interview.map((r) => r.sourceId)).size,
        participants: people.size,
        groups: themeGroups.filter((g) => g.participants > 0 || g.segments > 0).length,
        documents: documentary.length,
        documentSegments: documents.length,
      },
      participants: [...people].sort(),
      groups: themeGroups,
      quotations: Quotations.choose(candidates, { count: d.options.quotes ?? Quotations.DEFAULT_COUNT }),
      documentary,
      statistical: statisticsRan
        ? analyses
            .statistical!.filter((s) => s.theme === h.id)
            .map(
              (s): F.StatisticalEvidence => ({
                rule: s.rule,
                description: s.description,
                country: s.country,
                measure: s.measure,
                values: s.values.map((v) => ({ year: v.year, value: v.value })),
                signal: s.signal,
                note: s.note ?? null,
              }),
            )
        : null,
      convergence: convergenceRan
        ? analyses
            .convergence!.filter((c) => c.theme === h.id)
            .map(
              (c): F.Convergence => ({
                a: c.a,
                b: c.b,
                verdict: c.verdict,
                rule: c.rule,
                evidence: [...c.evidence],
                override: c.override
                  ? {
                      computed: c.override.computed,
                      reason: c.override.reason,
                      by: c.override.by ?? null,
                      at: c.override.at ?? null,
                    }
                  : null,
              }),
            )
        : null,
    }
  })
  d.progress?.(1)

  const themeName = new Map(themes.map((t) => [t.id, t.name]))
  const hypothesised = new Set(registry.factors.flatMap((f) => f.drives.map((v) => `${f.id}\u0000${v}`)))
  const model: F.FactorValueModel | null = analyses.links
    ? {
        measure: analyses.links.measure,
        links: analyses.links.links.map((l) => ({
          factor: l.factor,
          factorName: themeName.get(l.factor) ?? l.factor,
          value: l.value,
          valueName: themeName.get(l.value) ?? l.value,
          strength: l.strength,
          cooccurrences: l.cooccurrences,
          participants: [...l.participants],
          hypothesised: hypothesised.has(`${l.factor}\u0000${l.value}`),
        })),
      }
    : null

  const saturation = analyses.saturation ? saturationOf(analyses.saturation) : null
  const reliability: F.Reliability | null = analyses.reliability
    ? {
        unit: analyses.reliability.unit,
        units: analyses.reliability.units,
        coders: [...analyses.reliability.coders],
        overall: analyses.reliability.overall.map((c) => ({ measure: c.measure, value: c.value })),
        perCode: analyses.reliability.perCode.map((p) => ({
          code: p.code,
          name: themeName.get(p.code) ?? storedCode.get(p.code)?.name ?? p.code,
          coefficients: p.coefficients.map((c) => ({ measure: c.measure, value: c.value })),
        })),
      }
    : null

  const comparison = analyses.comparison ?? comparisonOf(registry, d.observations)

  const interviews = d.sources.filter((s) => s.kind === "interview")
  const imports = minMax(d.sources.map((s) => s.importedAt))
  const findings: F.Findings = {
    version: 1,
    generatedAt,
    runs: analyses.runs ?? [],
    project: {
      name: d.name,
      sources: {
        interview: interviews.length,
        document: d.sources.filter((s) => s.kind === "document").length,
        statistics: d.sources.filter((s) => s.kind === "statistics").length,
      },
      participants: d.participants.length,
      participantsByGroup: groups.map((g) => ({ group: g, participants: groupCounts.get(g)! })),
      segments: d.segmentCount,
      acceptedCodings: d.rows.length,
      pendingSuggestions: d.pending,
      coders: Coders.describe(d.options.coders ?? Coders.everyone),
    },
    researchQuestions: (analyses.researchQuestions ?? []).map((q) => ({
      id: q.id,
      text: q.text,
      themes: [...q.themes],
    })),
    themes,
    model,
    saturation,
    reliability,
    comparison,
    method: {
      plugins: registry.plugins.map((p) => ({
        name: p.meta.name,
        version: p.meta.version,
        namespace: p.meta.namespace,
      })),
      coders: d.coders.map((c) => ({ id: c.id, name: c.name, engine: c.engine })),
      codings: "Only accepted codings count; suggestions waiting for review and rejected codings do not.",
      quotationRule: Quotations.rule,
      firstImport: imports.from,
      lastImport: imports.to,
      interviewDates: minMax(interviews.flatMap((s) => (s.date ? [s.date] : []))),
      generatedAt,
      analyses: analysisNotes(analyses),
    },
    memos: memosOf(d),
    pluginSections: registry.plugins.flatMap((p) =>
      (p.definition.reportSections ?? []).map((s) => ({
        id: s.id,
        title: s.title,
        markdown: s.markdown,
        after: s.after ?? null,
        plugin: p.meta.name,
      })),
    ),
  }
  d.progress?.(2)
  return findings
}

const saturationOf = (s: SaturationInput): F.Saturation => {
  const seen = new Set<string>()
  const points = s.interviews.map((i, k) => {
    for (const c of i.newCodes) seen.add(c)
    return {
      position: k + 1,
      sourceId: i.sourceId,
      participantId: i.participantId ?? null,
      newCodes: [...i.newCodes],
      cumulative: seen.size,
    }
  })
  const { saturated, atInterview, newInformation, statement } = s.verdict
  const p = s.parameters
  return {
    order: s.order ?? "import order",
    points,
    totalCodes: seen.size,
    parameters: { baseSize: p.baseSize, runLength: p.runLength, threshold: p.threshold },
    verdict: {
      saturated,
      atInterview: atInterview ?? null,
      newInformation: newInformation ?? null,
      statement: `${statement.charAt(0).toUpperCase()}${statement.slice(1)}.`,
    },
  }
}

/** A comparison from observations alone: tier series, indicator series and institutions per country. */
export const comparisonOf = (
  registry: PluginRegistry,
  stored: ReadonlyArray<Observation>,
): F.Comparison | null => {
  // the project's own observations win over a plugin's for the same country, year, indicator and source
  const key = (o: Observation) => `${o.country}\u0000${o.year}\u0000${o.indicator}\u0000${o.source}`
  const merged = new Map<string, Observation>()
  for (const o of registry.observations) merged.set(key(o), o)
  for (const o of stored) merged.set(key(o), o)
  const observations = [...merged.values()]
  const institutionsOf = new Map(registry.countries.map((c) => [c.iso3, c.institutions ?? []]))
  const iso3s = new Set([
    ...observations.map((o) => o.country),
    ...registry.countries.filter((c) => (c.institutions ?? []).length > 0).map((c) => c.iso3),
  ])
  if (iso3s.size === 0) return null
  const indicatorDef = new Map(registry.indicators.map((i) => [i.key, i]))
  const levels = [...(indicatorDef.get(TIER)?.levels ?? DEFAULT_TIER_LEVELS)]
  for (const o of observations)
    if (o.indicator === TIER && !levels.includes(String(o.value))) levels.push(String(o.value))
  const countryDef = new Map(registry.countries.map((c) => [c.iso3, c]))
  const order = [...registry.countries.map((c) => c.iso3), ...[...iso3s].sort()]
  const countries = [...new Set(order)]
    .filter((c) => iso3s.has(c))
    .map((iso3): F.CountryFindings => {
      const own = observations.filter((o) => o.country === iso3)
      const tiers = own
        .filter((o) => o.indicator === TIER)
        .sort((a, b) => a.year - b.year || a.source.localeCompare(b.source))
        .map((o) => ({
          year: o.year,
          tier: String(o.value),
          source: o.source,
          confidence: o.confidence ?? null,
        }))
      const indicators = [...new Set(own.filter((o) => o.indicator !== TIER).map((o) => o.indicator))]
        .sort()
        .map((k) => {
          const def = indicatorDef.get(k)
          const series = own.filter((o) => o.indicator === k).sort((a, b) => a.year - b.year)
          // the unit the figures are given in (the Philippines counts prosecutions in cases, Malaysia in persons)
          const units = [...new Set(series.map((o) => o.unit ?? def?.unit))]
          return {
            key: k,
            label: def?.label ?? k,
            unit: units.length === 1 ? (units[0] ?? null) : null,
            values: series.map((o) => ({
              year: o.year,
              value: o.value,
              source: o.source,
              confidence: o.confidence ?? null,
            })),
          }
        })
      return {
        iso3,
        name: countryDef.get(iso3)?.name ?? iso3,
        region: countryDef.get(iso3)?.region ?? null,
        tiers,
        indicators,
        institutions: (institutionsOf.get(iso3) ?? []).map((i) => ({
          kind: i.kind,
          name: i.name,
          year: i.year ?? null,
          detail: i.detail ?? null,
          source: i.source,
          confidence: i.confidence ?? null,
        })),
      }
    })
  const years = observations.map((o) => o.year)
  return {
    levels,
    from: years.length ? Math.min(...years) : null,
    to: years.length ? Math.max(...years) : null,
    countries,
  }
}
