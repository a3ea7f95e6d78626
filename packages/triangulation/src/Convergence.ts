/**
 * Convergence coding after Farmer, Robinson, Elliott & Eyles (2006), "Developing and implementing a
 * triangulation protocol for qualitative health research", Qualitative Health Research 16(3), 377-394.
 *
 * Farmer et al. compare two sets of results theme by theme on two elements, the theme's *meaning* and its
 * *prominence*, and code each comparison as
 *   - agreement: the two sets agree on both meaning and prominence;
 *   - partial agreement: they agree on one of the two but not both;
 *   - silence: one set covers the theme while the other is silent on it;
 *   - dissonance: they disagree on both meaning and prominence.
 *
 * ValueLens makes each element something it can read off the evidence (`read`), per evidence type:
 *   - interviews cover a theme when at least one participant's passage is coded with it; their meaning is
 *     `deficit` (the framework's codes mark value deficits and their drivers); prominence is `high` when the
 *     share of participants who raised it is at least `thresholds.interview` (default one half);
 *   - documents cover a theme when at least one document passage is coded with it; meaning `deficit`;
 *     prominence `high` when the share of documents that carry it is at least `thresholds.document`;
 *   - statistics cover a theme when at least one indicator rule for it could be evaluated on data; meaning is
 *     `deficit` when at least one series signals a deficit and `no-deficit` when none does; prominence is
 *     `high` when the share of series signalling a deficit is at least `thresholds.statistics`. A series is one
 *     country's measure, counted once however many of the theme's rules read it.
 * The verdict then follows the rules in `RULES`, in order. Interviews and documents can only differ in
 * prominence, so between them the verdict is agreement, partial agreement or silence; dissonance needs
 * statistics that show no deficit where the talk or the texts show a prominent one.
 */
import type { ThemeEvidence } from "./Evidence.js"

export type EvidenceType = "interview" | "document" | "statistics"
export type Pair = "interview-document" | "interview-statistics" | "document-statistics"
export const pairs: ReadonlyArray<Pair> = [
  "interview-document",
  "interview-statistics",
  "document-statistics",
]

export type Verdict = "agreement" | "partial agreement" | "silence" | "dissonance"
export const verdicts: ReadonlyArray<Verdict> = ["agreement", "partial agreement", "silence", "dissonance"]

export interface Thresholds {
  readonly interview: number
  readonly document: number
  readonly statistics: number
}

export const defaultThresholds: Thresholds = { interview: 0.5, document: 0.5, statistics: 0.5 }

/** What one evidence type says about a theme, on Farmer et al.'s two elements. */
export interface Reading {
  readonly evidence: EvidenceType
  readonly covered: boolean
  readonly meaning?: "deficit" | "no-deficit" | undefined
  readonly prominence?: "high" | "low" | undefined
  /** The share behind prominence (participants, documents or statistical series). */
  readonly share?: number | undefined
  /** The counts behind the reading, in words. */
  readonly basis: string
}

export type RuleId =
  | "silence-both"
  | "silence-one"
  | "agreement"
  | "partial-prominence"
  | "partial-meaning"
  | "dissonance"

/** The convergence rules, applied in this order; the first that matches decides the verdict. */
export const RULES: ReadonlyArray<{ readonly id: RuleId; readonly verdict: Verdict; readonly text: string }> =
  [
    { id: "silence-both", verdict: "silence", text: "neither evidence type covers the theme" },
    {
      id: "silence-one",
      verdict: "silence",
      text: "one evidence type covers the theme and the other is silent",
    },
    {
      id: "agreement",
      verdict: "agreement",
      text: "both cover the theme with the same meaning and the same prominence",
    },
    {
      id: "partial-prominence",
      verdict: "partial agreement",
      text: "same meaning, different prominence",
    },
    {
      id: "partial-meaning",
      verdict: "partial agreement",
      text: "different meaning, same prominence",
    },
    { id: "dissonance", verdict: "dissonance", text: "different meaning and different prominence" },
  ]

const pct = (x: number) => `${Math.round(x * 100)}%`
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Reads one evidence type's evidence on a theme as covered, meaning and prominence. */
export const read = (
  evidence: ThemeEvidence,
  type: EvidenceType,
  thresholds: Thresholds = defaultThresholds,
): Reading => {
  if (type === "interview") {
    const e = evidence.interview
    const covered = e.participants.length > 0
    return {
      evidence: type,
      covered,
      meaning: covered ? "deficit" : undefined,
      prominence: covered ? (e.prominence >= thresholds.interview ? "high" : "low") : undefined,
      share: e.prominence,
      basis: `${e.participants.length} of ${plural(e.totalParticipants, "participant")} (${pct(e.prominence)}), ${plural(e.groups.length, "group")}, ${plural(e.segments, "passage")}`,
    }
  }
  if (type === "document") {
    const e = evidence.document
    const covered = e.documents.length > 0
    return {
      evidence: type,
      covered,
      meaning: covered ? "deficit" : undefined,
      prominence: covered ? (e.prominence >= thresholds.document ? "high" : "low") : undefined,
      share: e.prominence,
      basis: `${e.documents.length} of ${plural(e.totalDocuments, "document")} (${pct(e.prominence)}), ${plural(e.segments, "passage")}`,
    }
  }
  const e = evidence.statistics
  const answered = e.deficit + e.noDeficit
  const covered = answered > 0
  const share = answered === 0 ? 0 : e.deficit / answered
  return {
    evidence: type,
    covered,
    meaning: covered ? (e.deficit > 0 ? "deficit" : "no-deficit") : undefined,
    prominence: covered ? (share >= thresholds.statistics ? "high" : "low") : undefined,
    share,
    basis:
      e.evaluations.length === 0
        ? "no indicator rule bears on this theme"
        : `${e.deficit} of ${plural(answered, "statistical series", "statistical series")} with data signal a deficit${e.noData > 0 ? ` (${e.noData} without data)` : ""}`,
  }
}

/** The verdict for two readings, and the rule that decided it. */
export const decide = (a: Reading, b: Reading): { readonly verdict: Verdict; readonly rule: RuleId } => {
  if (!a.covered && !b.covered) return { verdict: "silence", rule: "silence-both" }
  if (a.covered !== b.covered) return { verdict: "silence", rule: "silence-one" }
  const sameMeaning = a.meaning === b.meaning
  const sameProminence = a.prominence === b.prominence
  if (sameMeaning && sameProminence) return { verdict: "agreement", rule: "agreement" }
  if (sameMeaning) return { verdict: "partial agreement", rule: "partial-prominence" }
  if (sameProminence) return { verdict: "partial agreement", rule: "partial-meaning" }
  return { verdict: "dissonance", rule: "dissonance" }
}

/** A researcher's verdict that replaces the computed one, with the memo that gives the reason. */
export interface Override {
  readonly theme: string
  readonly pair: Pair
  readonly verdict: Verdict
  readonly memo: string
  readonly author: string
  readonly at: string
  /** The computed verdict when the override was made. */
  readonly was?: Verdict | undefined
}

export interface PairVerdict {
  readonly theme: string
  readonly pair: Pair
  /** The verdict that counts: the override's when there is one, else the computed one. */
  readonly verdict: Verdict
  /** The verdict the rules give. */
  readonly computed: Verdict
  readonly rule: { readonly id: RuleId; readonly text: string }
  readonly readings: readonly [Reading, Reading]
  readonly override?: Override | undefined
}

const typesOf = (pair: Pair) => pair.split("-") as [EvidenceType, EvidenceType]

/** The verdict for one theme and pair, with an override applied if there is one. */
export const verdict = (
  evidence: ThemeEvidence,
  pair: Pair,
  overrides: ReadonlyArray<Override> = [],
  thresholds: Thresholds = defaultThresholds,
): PairVerdict => {
  const [ta, tb] = typesOf(pair)
  const a = read(evidence, ta, thresholds)
  const b = read(evidence, tb, thresholds)
  const decided = decide(a, b)
  const override = overrides.findLast((o) => o.theme === evidence.theme.id && o.pair === pair)
  return {
    theme: evidence.theme.id,
    pair,
    verdict: override?.verdict ?? decided.verdict,
    computed: decided.verdict,
    rule: { id: decided.rule, text: RULES.find((r) => r.id === decided.rule)!.text },
    readings: [a, b],
    override,
  }
}

/** The convergence matrix: every theme × every pair. */
export const matrix = (
  evidence: ReadonlyArray<ThemeEvidence>,
  overrides: ReadonlyArray<Override> = [],
  thresholds: Thresholds = defaultThresholds,
): ReadonlyArray<PairVerdict> =>
  evidence.flatMap((e) => pairs.map((p) => verdict(e, p, overrides, thresholds)))

/** Parses a verdict as typed on a command line: `partial agreement`, `partial-agreement`, `Dissonance`. */
export const parseVerdict = (s: string): Verdict | undefined => {
  const v = s.trim().toLowerCase().replace(/[-_]+/g, " ")
  return verdicts.find((x) => x === v)
}

export const isPair = (s: string): s is Pair => (pairs as ReadonlyArray<string>).includes(s)
