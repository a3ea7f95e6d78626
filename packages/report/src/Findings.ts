/**
 * The findings model: everything a report says, in one versioned JSON value. Every renderer reads only this
 * model, so every number in every rendering comes from here. A section that was not computed is `null` (and a
 * theme's statistical corroboration or convergence is `null` when triangulation did not run); renderers say so
 * plainly instead of leaving the section out silently.
 *
 * Version 1. A change that removes or renames a field, or changes its meaning, raises `version`.
 */
import { Schema } from "effect"

export const VERSION = 1

const Count = Schema.Int
const Text = Schema.String
const OptionalText = Schema.NullOr(Schema.String)

export const GroupCount = Schema.Struct({ group: Text, participants: Count })
export type GroupCount = typeof GroupCount.Type

export const ProjectSummary = Schema.Struct({
  name: Text,
  sources: Schema.Struct({ interview: Count, document: Count, statistics: Count }),
  participants: Count,
  /** Participants per group, in the order of `Domain.participantGroups` then any other group by name. */
  participantsByGroup: Schema.Array(GroupCount),
  segments: Count,
  /** Accepted codings; only these count in the findings. */
  acceptedCodings: Count,
  /** Suggestions still waiting for review, so a reader knows how settled the coding is. */
  pendingSuggestions: Count,
  /** Whose codings the figures count: "all coders", "alice, bob", "at least 2 of alice, bob, carol in agreement". */
  coders: Text,
})
export type ProjectSummary = typeof ProjectSummary.Type

export const ResearchQuestion = Schema.Struct({
  id: Text,
  text: Text,
  /** Theme ids that answer this question, in the order the report shows them. */
  themes: Schema.Array(Text),
})
export type ResearchQuestion = typeof ResearchQuestion.Type

export const Quotation = Schema.Struct({
  segmentId: Text,
  sourceId: Text,
  sourceTitle: Text,
  sourceKind: Schema.Literals(["interview", "document"]),
  participantId: OptionalText,
  group: OptionalText,
  /** Page of a PDF document the quotation starts on. */
  page: Schema.NullOr(Count),
  start: Count,
  end: Count,
  text: Text,
  score: Schema.NullOr(Schema.Number),
  /** How the report cites it: `(AGC 1)`, `(TIP Report 2023, p. 12)`. */
  citation: Text,
})
export type Quotation = typeof Quotation.Type

export const ThemeGroup = Schema.Struct({ group: Text, participants: Count, segments: Count })
export type ThemeGroup = typeof ThemeGroup.Type

/** A document whose accepted codings carry the theme. */
export const DocumentEvidence = Schema.Struct({
  sourceId: Text,
  title: Text,
  documentType: OptionalText,
  year: Schema.NullOr(Count),
  country: OptionalText,
  segments: Count,
  pages: Schema.Array(Count),
})
export type DocumentEvidence = typeof DocumentEvidence.Type

export const ObservedValue = Schema.Struct({
  year: Count,
  value: Schema.Union([Schema.Number, Schema.String]),
})

/** How a statistic bears on a theme (a plugin's indicator rule applied to a country's observations). */
export const StatisticalEvidence = Schema.Struct({
  rule: Text,
  description: Text,
  country: Text,
  /** The indicator, or `numerator / denominator`. */
  measure: Text,
  values: Schema.Array(ObservedValue),
  signal: Schema.Literals(["deficit", "no-deficit", "no-data"]),
  note: OptionalText,
})
export type StatisticalEvidence = typeof StatisticalEvidence.Type

/** Farmer et al. (2006) convergence coding. */
export const Verdict = Schema.Literals(["agreement", "partial agreement", "silence", "dissonance"])
export type Verdict = typeof Verdict.Type

export const Convergence = Schema.Struct({
  /** The two kinds of evidence compared: `interviews`, `documents`, `statistics`, or participant groups. */
  a: Text,
  b: Text,
  verdict: Verdict,
  /** The rule that decided the verdict, in words. */
  rule: Text,
  evidence: Schema.Array(Text),
  /** A researcher's override of the computed verdict; `verdict` above is the one that stands. */
  override: Schema.NullOr(
    Schema.Struct({ computed: Verdict, reason: Text, by: OptionalText, at: OptionalText }),
  ),
})
export type Convergence = typeof Convergence.Type

export const ThemeKind = Schema.Literals(["value", "factor", "area", "free"])

export const Theme = Schema.Struct({
  id: Text,
  name: Text,
  kind: ThemeKind,
  definition: OptionalText,
  /** What a deficit in this value looks like (values only). */
  deficit: OptionalText,
  /** Namespace of the plugin that defines it. */
  plugin: OptionalText,
  /** For a factor: the values it is hypothesised to drive. */
  drives: Schema.Array(Text),
  counts: Schema.Struct({
    /** Interview segments (participant speech) with an accepted coding of this theme. */
    segments: Count,
    /** Interviews with at least one such segment. */
    interviews: Count,
    participants: Count,
    groups: Count,
    documents: Count,
    documentSegments: Count,
  }),
  /** Supporting participants, by id. */
  participants: Schema.Array(Text),
  /** Support per participant group, over every group in the project (zeros included). */
  groups: Schema.Array(ThemeGroup),
  quotations: Schema.Array(Quotation),
  documentary: Schema.Array(DocumentEvidence),
  statistical: Schema.NullOr(Schema.Array(StatisticalEvidence)),
  convergence: Schema.NullOr(Schema.Array(Convergence)),
})
export type Theme = typeof Theme.Type

export const Link = Schema.Struct({
  factor: Text,
  factorName: Text,
  value: Text,
  valueName: Text,
  strength: Schema.Number,
  /** Segments (or participants, per `FactorValueModel.measure`) where both were coded. */
  cooccurrences: Count,
  participants: Schema.Array(Text),
  /** The framework hypothesises this link (the factor's `drives`). */
  hypothesised: Schema.Boolean,
})
export type Link = typeof Link.Type

export const FactorValueModel = Schema.Struct({
  /** How `strength` was measured, in words (for example the c-coefficient n12 / (n1 + n2 − n12)). */
  measure: Text,
  links: Schema.Array(Link),
})
export type FactorValueModel = typeof FactorValueModel.Type

export const SaturationPoint = Schema.Struct({
  /** 1-based position in the order interviews were analysed. */
  position: Count,
  sourceId: Text,
  participantId: OptionalText,
  newCodes: Schema.Array(Text),
  /** Distinct codes seen up to and including this interview. */
  cumulative: Count,
})
export type SaturationPoint = typeof SaturationPoint.Type

export const Saturation = Schema.Struct({
  order: Text,
  points: Schema.Array(SaturationPoint),
  totalCodes: Count,
  /** Guest, Namey & Chen (2020): base size, run length, new-information threshold. */
  parameters: Schema.Struct({ baseSize: Count, runLength: Count, threshold: Schema.Number }),
  verdict: Schema.Struct({
    saturated: Schema.Boolean,
    /** The interview (position) at which the threshold was first met. */
    atInterview: Schema.NullOr(Count),
    /** New information in the run that decided it, as a proportion of the base (0.05 = 5 %). */
    newInformation: Schema.NullOr(Schema.Number),
    statement: Text,
  }),
})
export type Saturation = typeof Saturation.Type

export const Coefficient = Schema.Struct({ measure: Text, value: Schema.NullOr(Schema.Number) })
export type Coefficient = typeof Coefficient.Type

export const Reliability = Schema.Struct({
  /** The shared unitisation: `turn`, `sentence`, `paragraph` or `character spans`. */
  unit: Text,
  units: Count,
  coders: Schema.Array(Text),
  overall: Schema.Array(Coefficient),
  perCode: Schema.Array(Schema.Struct({ code: Text, name: Text, coefficients: Schema.Array(Coefficient) })),
})
export type Reliability = typeof Reliability.Type

export const TierPoint = Schema.Struct({
  year: Count,
  tier: Text,
  source: Text,
  confidence: OptionalText,
})
export type TierPoint = typeof TierPoint.Type

export const IndicatorSeries = Schema.Struct({
  key: Text,
  label: Text,
  unit: OptionalText,
  values: Schema.Array(
    Schema.Struct({
      year: Count,
      value: Schema.Union([Schema.Number, Schema.String]),
      source: Text,
      confidence: OptionalText,
    }),
  ),
})
export type IndicatorSeries = typeof IndicatorSeries.Type

export const Institution = Schema.Struct({
  kind: Text,
  name: Text,
  year: Schema.NullOr(Count),
  detail: OptionalText,
  source: Text,
  confidence: OptionalText,
})
export type Institution = typeof Institution.Type

export const CountryFindings = Schema.Struct({
  iso3: Text,
  name: Text,
  region: OptionalText,
  tiers: Schema.Array(TierPoint),
  indicators: Schema.Array(IndicatorSeries),
  institutions: Schema.Array(Institution),
})
export type CountryFindings = typeof CountryFindings.Type

export const Comparison = Schema.Struct({
  /** TIP tier levels from best to worst, for the timeline's axis. */
  levels: Schema.Array(Text),
  from: Schema.NullOr(Count),
  to: Schema.NullOr(Count),
  countries: Schema.Array(CountryFindings),
})
export type Comparison = typeof Comparison.Type

/** A recorded analysis the report shows (`valuelens agreement … --save NAME` and the like). */
export const RecordedRun = Schema.Struct({
  kind: Schema.Literals(["agreement", "saturation", "triangulation"]),
  name: Text,
  /** When the run was made (ISO time). */
  at: Text,
})
export type RecordedRun = typeof RecordedRun.Type

export const MethodNotes = Schema.Struct({
  plugins: Schema.Array(Schema.Struct({ name: Text, version: Text, namespace: Text })),
  coders: Schema.Array(Schema.Struct({ id: Text, name: Text, engine: Schema.Boolean })),
  /** Which codings count (accepted only). */
  codings: Text,
  /** The exemplar quotation rule, in words. */
  quotationRule: Text,
  firstImport: OptionalText,
  lastImport: OptionalText,
  interviewDates: Schema.Struct({ from: OptionalText, to: OptionalText }),
  generatedAt: Text,
  /** Where each analysis comes from, in words: a recorded run (name and time) or computed for this report. */
  analyses: Schema.Array(Text),
})
export type MethodNotes = typeof MethodNotes.Type

/** A researcher's memo, with what it is attached to as a reader recognises it (`code Integrity`). */
export const Memo = Schema.Struct({
  on: Text,
  author: Text,
  at: Text,
  title: OptionalText,
  text: Text,
})
export type Memo = typeof Memo.Type

/** A section a plugin adds, in Markdown, placed after a built-in section (`after`) or at the end. */
export const PluginSection = Schema.Struct({
  id: Text,
  title: Text,
  markdown: Text,
  after: OptionalText,
  plugin: OptionalText,
})
export type PluginSection = typeof PluginSection.Type

export const Findings = Schema.Struct({
  version: Schema.Literal(VERSION),
  generatedAt: Text,
  project: ProjectSummary,
  researchQuestions: Schema.Array(ResearchQuestion),
  themes: Schema.Array(Theme),
  model: Schema.NullOr(FactorValueModel),
  saturation: Schema.NullOr(Saturation),
  reliability: Schema.NullOr(Reliability),
  comparison: Schema.NullOr(Comparison),
  /** The recorded runs whose results the report shows; an analysis not listed was computed for this report. */
  runs: Schema.Array(RecordedRun),
  method: MethodNotes,
  /** The project's memos, oldest first (absent in findings written before memos were reported). */
  memos: Schema.optional(Schema.Array(Memo)),
  pluginSections: Schema.Array(PluginSection),
})
export type Findings = typeof Findings.Type

/** Decodes a findings JSON value (for example a report written earlier), failing on any mismatch. */
export const decode = Schema.decodeUnknownSync(Findings)
export const decodeEffect = Schema.decodeUnknownEffect(Findings)
