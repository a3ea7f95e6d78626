/**
 * The evidence model: for each theme (a value or factor code), what the interviews, the documents and the
 * statistics hold on it. Plain data in, plain data out; `Project.load` reads it from a project's store.
 */
import type { Observation } from "@valuelens/core"
import type { IndicatorDefinition, IndicatorRule } from "@valuelens/plugin-api"
import * as Statistics from "./Statistics.js"

export interface Theme {
  readonly id: string
  readonly name: string
  readonly kind: "value" | "factor"
}

export interface Person {
  readonly id: string
  readonly group: string
}

export interface Interview {
  readonly id: string
  readonly title: string
  readonly participantId?: string | undefined
}

export interface Document {
  readonly id: string
  readonly title: string
  readonly documentType?: string | undefined
  readonly year?: number | undefined
}

/** A page of a document, so a coded passage can be cited with its page. */
export interface PageSpan {
  readonly sourceId: string
  readonly number: number
  readonly start: number
  readonly end: number
}

/** One accepted coding of a participant's or a document's passage with a theme (or a code under it). */
export interface Coded {
  readonly segmentId: string
  readonly sourceId: string
  /** The theme the coding counts for (its own code, or the theme its code sits under). */
  readonly theme: string
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A rule with the countries it applies to (undefined: every country in scope). */
export interface ScopedRule {
  readonly rule: IndicatorRule
  readonly countries?: ReadonlyArray<string> | undefined
}

export interface Input {
  readonly themes: ReadonlyArray<Theme>
  readonly participants: ReadonlyArray<Person>
  readonly interviews: ReadonlyArray<Interview>
  readonly documents: ReadonlyArray<Document>
  /** Accepted codings only, and none from interviewer turns (they never count as evidence). */
  readonly codings: ReadonlyArray<Coded>
  readonly pages: ReadonlyArray<PageSpan>
  readonly observations: ReadonlyArray<Observation>
  readonly rules: ReadonlyArray<ScopedRule>
  readonly indicators: ReadonlyArray<IndicatorDefinition>
  /** The countries whose statistics bear on the study. */
  readonly countries: ReadonlyArray<string>
  readonly from?: number | undefined
  readonly to?: number | undefined
}

export interface Quotation {
  readonly segmentId: string
  readonly sourceId: string
  readonly participantId: string
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface GroupSupport {
  readonly group: string
  readonly participants: ReadonlyArray<string>
}

export interface InterviewEvidence {
  readonly segments: number
  readonly interviews: number
  /** Participants with at least one accepted passage on the theme, in the order of the participant list. */
  readonly participants: ReadonlyArray<string>
  /** Participants interviewed in the project: the denominator of prominence. */
  readonly totalParticipants: number
  /** Share of participants who raised the theme, 0..1. */
  readonly prominence: number
  readonly groups: ReadonlyArray<GroupSupport>
  readonly quotations: ReadonlyArray<Quotation>
}

export interface DocumentPassage {
  readonly segmentId: string
  readonly start: number
  readonly end: number
  readonly page?: number | undefined
  readonly text: string
}

export interface DocumentSupport {
  readonly sourceId: string
  readonly title: string
  readonly documentType?: string | undefined
  readonly year?: number | undefined
  readonly passages: ReadonlyArray<DocumentPassage>
}

export interface DocumentTypeCount {
  readonly documentType: string
  readonly year?: number | undefined
  readonly documents: number
  readonly segments: number
}

export interface DocumentEvidence {
  readonly segments: number
  readonly documents: ReadonlyArray<DocumentSupport>
  /** Documents in the project: the denominator of prominence. */
  readonly totalDocuments: number
  /** Share of documents that carry the theme, 0..1. */
  readonly prominence: number
  /** Coded documents by document type and year. */
  readonly byType: ReadonlyArray<DocumentTypeCount>
}

/**
 * One country's series of one measure, as the theme's rules read it. Two rules reading the same series (a
 * conviction ratio below a threshold, and the same ratio worsening) are one piece of statistical evidence: the
 * series signals a deficit when any of its rules does.
 */
export interface SeriesSignal {
  readonly country: string
  readonly measure: string
  readonly rules: ReadonlyArray<string>
  readonly signal: Statistics.Signal
}

export interface StatisticalEvidence {
  readonly evaluations: ReadonlyArray<Statistics.RuleEvaluation>
  readonly series: ReadonlyArray<SeriesSignal>
  /** Series signalling a deficit. */
  readonly deficit: number
  /** Series with data that signal none. */
  readonly noDeficit: number
  /** Series without data to answer any rule. */
  readonly noData: number
}

export interface ThemeEvidence {
  readonly theme: Theme
  readonly interview: InterviewEvidence
  readonly document: DocumentEvidence
  readonly statistics: StatisticalEvidence
}

/** Interviews without a linked participant count as a participant of their own, in group `unknown`. */
const speakerOf = (interview: Interview) => interview.participantId ?? `(${interview.title})`

const interviewEvidence = (input: Input, theme: string): InterviewEvidence => {
  const interviews = new Map(input.interviews.map((i) => [i.id, i]))
  const groupOf = new Map(input.participants.map((p) => [p.id, p.group]))
  const everyone = [...new Set(input.interviews.map(speakerOf))]
  const coded = input.codings.filter((c) => c.theme === theme && interviews.has(c.sourceId))
  const quotations = uniqueBySegment(coded).map((c) => ({
    segmentId: c.segmentId,
    sourceId: c.sourceId,
    participantId: speakerOf(interviews.get(c.sourceId)!),
    start: c.start,
    end: c.end,
    text: c.text,
  }))
  const who = new Set(quotations.map((q) => q.participantId))
  const participants = everyone.filter((p) => who.has(p))
  const groups = new Map<string, string[]>()
  for (const p of participants) {
    const g = groupOf.get(p) ?? "unknown"
    groups.set(g, [...(groups.get(g) ?? []), p])
  }
  return {
    segments: quotations.length,
    interviews: new Set(quotations.map((q) => q.sourceId)).size,
    participants,
    totalParticipants: everyone.length,
    prominence: everyone.length === 0 ? 0 : participants.length / everyone.length,
    groups: [...groups.entries()]
      .map(([group, ps]) => ({ group, participants: ps }))
      .sort((a, b) => a.group.localeCompare(b.group)),
    quotations,
  }
}

/** Several coders may code the same passage with the same theme: it is one piece of evidence. */
const uniqueBySegment = (codings: ReadonlyArray<Coded>) => {
  const seen = new Set<string>()
  return codings.filter((c) => {
    if (seen.has(c.segmentId)) return false
    seen.add(c.segmentId)
    return true
  })
}

/** The page a passage starts on. */
const pageOf = (pages: ReadonlyArray<PageSpan>, sourceId: string, start: number) =>
  pages.find((p) => p.sourceId === sourceId && p.start <= start && start < p.end)?.number

const documentEvidence = (input: Input, theme: string): DocumentEvidence => {
  const coded = uniqueBySegment(input.codings.filter((c) => c.theme === theme))
  const documents = input.documents.flatMap((d): DocumentSupport[] => {
    const passages = coded
      .filter((c) => c.sourceId === d.id)
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((c) => ({
        segmentId: c.segmentId,
        start: c.start,
        end: c.end,
        page: pageOf(input.pages, d.id, c.start),
        text: c.text,
      }))
    return passages.length === 0
      ? []
      : [{ sourceId: d.id, title: d.title, documentType: d.documentType, year: d.year, passages }]
  })
  const byType = new Map<
    string,
    { documentType: string; year?: number | undefined; documents: number; segments: number }
  >()
  for (const d of documents) {
    const documentType = d.documentType ?? "other"
    const k = `${documentType}\u0000${d.year ?? ""}`
    const row = byType.get(k) ?? { documentType, year: d.year, documents: 0, segments: 0 }
    byType.set(k, { ...row, documents: row.documents + 1, segments: row.segments + d.passages.length })
  }
  return {
    segments: documents.reduce((s, d) => s + d.passages.length, 0),
    documents,
    totalDocuments: input.documents.length,
    prominence: input.documents.length === 0 ? 0 : documents.length / input.documents.length,
    byType: [...byType.values()].sort(
      (a, b) => a.documentType.localeCompare(b.documentType) || (a.year ?? 0) - (b.year ?? 0),
    ),
  }
}

const statisticalEvidence = (input: Input, theme: string): StatisticalEvidence => {
  const evaluations = input.rules
    .filter((r) => r.rule.theme === theme)
    .flatMap((r) =>
      input.countries
        .filter((c) => r.countries === undefined || r.countries.includes(c))
        .map((country) =>
          Statistics.evaluate(r.rule, input.observations, country, {
            indicators: input.indicators,
            from: input.from,
            to: input.to,
          }),
        ),
    )
  const bySeries = new Map<string, ReadonlyArray<Statistics.RuleEvaluation>>()
  for (const e of evaluations) {
    const key = `${e.country}\u0000${e.measure}`
    bySeries.set(key, [...(bySeries.get(key) ?? []), e])
  }
  const series = [...bySeries.values()].map((es): SeriesSignal => {
    const signals = es.map((e) => e.signal)
    return {
      country: es[0]!.country,
      measure: es[0]!.measure,
      rules: es.map((e) => e.rule.id),
      signal: signals.includes("deficit")
        ? "deficit"
        : signals.includes("no-deficit")
          ? "no-deficit"
          : "no-data",
    }
  })
  return {
    evaluations,
    series,
    deficit: series.filter((s) => s.signal === "deficit").length,
    noDeficit: series.filter((s) => s.signal === "no-deficit").length,
    noData: series.filter((s) => s.signal === "no-data").length,
  }
}

/** The evidence on every theme, in the order of `input.themes`. */
export const build = (input: Input): ReadonlyArray<ThemeEvidence> =>
  input.themes.map((theme) => ({
    theme,
    interview: interviewEvidence(input, theme.id),
    document: documentEvidence(input, theme.id),
    statistics: statisticalEvidence(input, theme.id),
  }))
