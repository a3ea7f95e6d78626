/**
 * The findings as tables: the same rows back the CSV files, the Markdown and DOCX tables and the HTML tables,
 * so every format shows the same numbers. Cells hold raw values; each renderer formats them.
 */
import type { CountryFindings, Findings, Theme } from "./Findings.js"
import * as Format from "./Format.js"

export type Cell = string | number | boolean | null

export interface Table {
  /** File stem for CSV (`themes`, `quotations`). */
  readonly name: string
  readonly title: string
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>
}

const table = (name: string, title: string, header: ReadonlyArray<string>, rows: Cell[][]): Table => ({
  name,
  title,
  header,
  rows,
})

export const sources = (f: Findings): Table =>
  table(
    "sources",
    "Sources by kind",
    ["kind", "sources"],
    [
      ["interview", f.project.sources.interview],
      ["document", f.project.sources.document],
      ["statistics", f.project.sources.statistics],
    ],
  )

export const participants = (f: Findings): Table =>
  table(
    "participants",
    "Participants by group",
    ["group", "participants"],
    [
      ...f.project.participantsByGroup.map((g) => [g.group, g.participants]),
      ["total", f.project.participants],
    ],
  )

export const researchQuestions = (f: Findings): Table =>
  table(
    "research-questions",
    "Research questions",
    ["question", "text", "themes"],
    f.researchQuestions.map((q) => [q.id, q.text, q.themes.join("; ")]),
  )

export const themes = (f: Findings): Table =>
  table(
    "themes",
    "Themes",
    [
      "theme",
      "name",
      "kind",
      "participants",
      "groups",
      "interview segments",
      "interviews",
      "documents",
      "document segments",
    ],
    f.themes.map((t) => [
      t.id,
      t.name,
      t.kind,
      t.counts.participants,
      t.counts.groups,
      t.counts.segments,
      t.counts.interviews,
      t.counts.documents,
      t.counts.documentSegments,
    ]),
  )

/** The groups the matrix has columns for: every group with participants in the project. */
export const matrixGroups = (f: Findings): ReadonlyArray<string> =>
  f.project.participantsByGroup.map((g) => g.group)

/** Theme × participant group: supporting participants in each cell. */
export const matrix = (f: Findings): Table => {
  const groups = matrixGroups(f)
  return table(
    "theme-by-group",
    "Supporting participants by theme and group",
    ["theme", ...groups.map(Format.group)],
    f.themes.map((t) => [
      t.name,
      ...groups.map((g) => t.groups.find((x) => x.group === g)?.participants ?? 0),
    ]),
  )
}

export const themeGroups = (f: Findings): Table =>
  table(
    "theme-groups",
    "Support per theme and participant group",
    ["theme", "group", "participants", "segments"],
    f.themes.flatMap((t) => t.groups.map((g) => [t.id, g.group, g.participants, g.segments])),
  )

export const themeParticipants = (f: Findings): Table =>
  table(
    "theme-participants",
    "Supporting participants per theme",
    ["theme", "participant"],
    f.themes.flatMap((t) => t.participants.map((p) => [t.id, p])),
  )

export const quotations = (f: Findings, only?: Theme): Table =>
  table(
    "quotations",
    "Exemplar quotations",
    ["theme", "citation", "participant", "group", "source", "page", "start", "end", "score", "text"],
    (only ? [only] : f.themes).flatMap((t) =>
      t.quotations.map((q) => [
        t.id,
        q.citation,
        q.participantId,
        q.group,
        q.sourceTitle,
        q.page,
        q.start,
        q.end,
        q.score,
        q.text,
      ]),
    ),
  )

export const documentary = (f: Findings, only?: Theme): Table =>
  table(
    "documentary",
    "Documentary corroboration",
    ["theme", "document", "type", "year", "country", "segments", "pages"],
    (only ? [only] : f.themes).flatMap((t) =>
      t.documentary.map((d) => [
        t.id,
        d.title,
        d.documentType,
        d.year,
        d.country,
        d.segments,
        d.pages.join("; "),
      ]),
    ),
  )

export const statistical = (f: Findings, only?: Theme): Table =>
  table(
    "statistical",
    "Statistical corroboration",
    ["theme", "rule", "country", "measure", "signal", "values", "description", "note"],
    (only ? [only] : f.themes).flatMap((t) =>
      (t.statistical ?? []).map((s) => [
        t.id,
        s.rule,
        s.country,
        s.measure,
        s.signal,
        s.values
          .map((v) => `${v.year}: ${typeof v.value === "number" ? Format.number(v.value, 3) : v.value}`)
          .join("; "),
        s.description,
        s.note,
      ]),
    ),
  )

export const convergence = (f: Findings, only?: Theme): Table =>
  table(
    "convergence",
    "Convergence verdicts",
    [
      "theme",
      "evidence a",
      "evidence b",
      "verdict",
      "rule",
      "evidence",
      "computed verdict",
      "override reason",
    ],
    (only ? [only] : f.themes).flatMap((t) =>
      (t.convergence ?? []).map((c) => [
        t.id,
        c.a,
        c.b,
        c.verdict,
        c.rule,
        c.evidence.join("; "),
        c.override?.computed ?? null,
        c.override?.reason ?? null,
      ]),
    ),
  )

export const links = (f: Findings): Table =>
  table(
    "links",
    "Factor → value links",
    ["factor", "value", "strength", "co-occurrences", "participants", "hypothesised", "participant ids"],
    (f.model?.links ?? []).map((l) => [
      l.factorName,
      l.valueName,
      l.strength,
      l.cooccurrences,
      l.participants.length,
      l.hypothesised,
      l.participants.join("; "),
    ]),
  )

export const saturation = (f: Findings): Table =>
  table(
    "saturation",
    "New codes per interview",
    ["position", "interview", "new codes", "cumulative codes", "codes first seen"],
    (f.saturation?.points ?? []).map((p) => [
      p.position,
      p.participantId ?? p.sourceId,
      p.newCodes.length,
      p.cumulative,
      p.newCodes.join("; "),
    ]),
  )

export const saturationParameters = (f: Findings): Table => {
  const s = f.saturation
  return table(
    "saturation-verdict",
    "Saturation verdict and parameters",
    ["parameter", "value"],
    s
      ? [
          ["order", s.order],
          ["base size", s.parameters.baseSize],
          ["run length", s.parameters.runLength],
          ["new-information threshold", s.parameters.threshold],
          ["saturated", s.verdict.saturated],
          ["at interview", s.verdict.atInterview],
          ["new information", s.verdict.newInformation],
          ["distinct codes", s.totalCodes],
        ]
      : [],
  )
}

const measuresOf = (f: Findings) => [
  ...new Set((f.reliability?.perCode ?? []).flatMap((p) => p.coefficients.map((c) => c.measure))),
]

export const reliabilityOverall = (f: Findings): Table =>
  table(
    "reliability",
    "Agreement over all codes",
    ["measure", "value"],
    (f.reliability?.overall ?? []).map((c) => [c.measure, c.value]),
  )

export const reliabilityPerCode = (f: Findings): Table => {
  const measures = measuresOf(f)
  return table(
    "reliability-per-code",
    "Agreement per code",
    ["code", ...measures],
    (f.reliability?.perCode ?? []).map((p) => [
      p.name,
      ...measures.map((m) => p.coefficients.find((c) => c.measure === m)?.value ?? null),
    ]),
  )
}

export const tiers = (f: Findings, only?: CountryFindings): Table =>
  table(
    "tiers",
    "TIP tier by report year",
    ["country", "year", "tier", "source", "confidence"],
    (only ? [only] : (f.comparison?.countries ?? [])).flatMap((c) =>
      c.tiers.map((t) => [c.name, t.year, t.tier, t.source, t.confidence]),
    ),
  )

export const indicators = (f: Findings, only?: CountryFindings): Table =>
  table(
    "indicators",
    "Indicators",
    ["country", "indicator", "year", "value", "unit", "source", "confidence"],
    (only ? [only] : (f.comparison?.countries ?? [])).flatMap((c) =>
      c.indicators.flatMap((i) =>
        i.values.map((v) => [c.name, i.label, v.year, v.value, i.unit, v.source, v.confidence]),
      ),
    ),
  )

export const institutions = (f: Findings, only?: CountryFindings): Table =>
  table(
    "institutions",
    "Institutions",
    ["country", "kind", "name", "year", "detail", "source", "confidence"],
    (only ? [only] : (f.comparison?.countries ?? [])).flatMap((c) =>
      c.institutions.map((i) => [c.name, i.kind, i.name, i.year, i.detail, i.source, i.confidence]),
    ),
  )

export const plugins = (f: Findings): Table =>
  table(
    "plugins",
    "Plugins",
    ["plugin", "version", "namespace"],
    f.method.plugins.map((p) => [p.name, p.version, p.namespace]),
  )

export const coders = (f: Findings): Table =>
  table(
    "coders",
    "Coders",
    ["coder", "name", "engine"],
    f.method.coders.map((c) => [c.id, c.name, c.engine]),
  )

export const memos = (f: Findings): Table =>
  table(
    "memos",
    "Memos",
    ["on", "author", "date", "title", "memo"],
    (f.memos ?? []).map((m) => [m.on, m.author, m.at.slice(0, 10), m.title, m.text]),
  )

/** Every table, for the CSV folder: one file each. */
export const all = (f: Findings): ReadonlyArray<Table> => [
  sources(f),
  participants(f),
  researchQuestions(f),
  themes(f),
  themeGroups(f),
  themeParticipants(f),
  quotations(f),
  documentary(f),
  statistical(f),
  convergence(f),
  links(f),
  saturation(f),
  saturationParameters(f),
  reliabilityOverall(f),
  reliabilityPerCode(f),
  tiers(f),
  indicators(f),
  institutions(f),
  memos(f),
  plugins(f),
  coders(f),
]
