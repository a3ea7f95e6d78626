/**
 * A small study made through the store's repositories, for the UI's tests and benchmark: two interviews and
 * a document, five codes in a tree, and suggestions by the `rules` coder with explanations.
 */
import { join } from "node:path"
import type { Code, Coding, Participant, Segment, Source, Turn } from "@valuelens/core"
import { Ids, Text } from "@valuelens/core"
import { type Pending, Project } from "@valuelens/store"
import { Effect } from "effect"

export const AT = "2024-05-01T09:00:00.000Z"

const interviewA = [
  "Interviewer: How does the agency handle complaints?",
  "AGC 1: Officers take bribes at the border. Nobody checks the permits. The unit has no budget for audits.",
  "Interviewer: And the shelters?",
  "AGC 1: Shelters are full. Victims wait for months before anyone listens to them.",
].join("\n")

const interviewB = [
  "Interviewer: What changed after the new law?",
  "NGO 2: Corruption is still the main problem. Police officers protect the traffickers.",
  "NGO 2: Training is rare and staff turnover is high.",
].join("\n")

const document =
  "The national action plan commits to integrity in enforcement. Oversight of recruitment agencies remains weak."

export const codes: ReadonlyArray<Code> = [
  {
    id: "vd/integrity",
    name: "Integrity",
    kind: "value",
    description: "Acting honestly and refusing bribes.",
  },
  { id: "vd/accountability", name: "Accountability", kind: "value", description: "Answering for decisions." },
  { id: "vd/care", name: "Care for victims", kind: "value" },
  { id: "of/resources", name: "Resources", kind: "factor", description: "Budget, staff and equipment." },
  { id: "of/training", name: "Training", kind: "factor", parentId: "of/resources" },
]

const turnsOf = (sourceId: string, text: string): Turn[] => {
  const out: Turn[] = []
  let start = 0
  for (const [index, line] of text.split("\n").entries()) {
    const length = Text.codePointLength(line)
    const speaker = line.slice(0, line.indexOf(":"))
    out.push({ sourceId, index, speaker, start, end: start + length, interviewer: speaker === "Interviewer" })
    start += length + 1
  }
  return out
}

const source = (
  id: string,
  kind: Source["kind"],
  title: string,
  text: string,
  position: number,
  participantId?: string,
): Source => ({
  id,
  kind,
  title,
  text,
  hash: Ids.sha256(text),
  participantId,
  metadata: {},
  position,
  importedAt: AT,
  country: "MYS",
})

/** The span of `phrase` in `text`, in code points. */
export const spanOf = (text: string, phrase: string) => {
  const at = text.indexOf(phrase)
  if (at < 0) throw new Error(`"${phrase}" is not in the text`)
  const start = Text.codePointLength(text.slice(0, at))
  return { start, end: start + Text.codePointLength(phrase) }
}

export interface Suggestion {
  readonly sourceId: string
  readonly phrase: string
  readonly codeId: string
  readonly term: string
  readonly score: number
}

const texts: Record<string, string> = { "src-a": interviewA, "src-b": interviewB, "src-doc": document }

export const suggestions: ReadonlyArray<Suggestion> = [
  {
    sourceId: "src-a",
    phrase: "Officers take bribes at the border.",
    codeId: "vd/integrity",
    term: "bribes",
    score: 0.9,
  },
  {
    sourceId: "src-a",
    phrase: "The unit has no budget for audits.",
    codeId: "of/resources",
    term: "budget",
    score: 0.7,
  },
  {
    sourceId: "src-a",
    phrase: "Victims wait for months before anyone listens to them.",
    codeId: "vd/care",
    term: "Victims",
    score: 0.6,
  },
  {
    sourceId: "src-b",
    phrase: "Corruption is still the main problem.",
    codeId: "vd/integrity",
    term: "Corruption",
    score: 0.95,
  },
  {
    sourceId: "src-b",
    phrase: "Training is rare and staff turnover is high.",
    codeId: "of/training",
    term: "Training",
    score: 0.8,
  },
]

export interface Made {
  readonly dir: string
  readonly project: Project.Project
}

/**
 * Creates the study in `dir`; `extra` more suggestions (for the benchmark) are spread over sentences of
 * generated interviews, one per sentence.
 */
export const make = (dir: string, options: { extra?: number; tiers?: boolean } = {}) =>
  Effect.gen(function* () {
    const project = yield* Project.create(dir, { name: "Border study", plugins: [] })
    const store = project.store
    const participants: Participant[] = [
      { id: "AGC 1", group: "government", attributes: {} },
      { id: "NGO 2", group: "ngo", attributes: {} },
    ]
    const sources = [
      source("src-a", "interview", "Interview AGC 1", interviewA, 0, "AGC 1"),
      source("src-b", "interview", "Interview NGO 2", interviewB, 1, "NGO 2"),
      source("src-doc", "document", "National action plan", document, 2),
    ]
    const segments: Segment[] = []
    const codings: Coding[] = []
    suggestions.forEach((s, i) => {
      const text = texts[s.sourceId]!
      const span = spanOf(text, s.phrase)
      const term = spanOf(text, s.term)
      segments.push({ id: `seg-${i}`, sourceId: s.sourceId, ...span, text: s.phrase })
      codings.push({
        id: `sug-${i}`,
        segmentId: `seg-${i}`,
        codeId: s.codeId,
        coderId: "rules",
        status: "suggested",
        origin: `rule:${s.codeId}`,
        score: s.score,
        explanation: { matches: [{ term: s.term.toLowerCase(), rule: `${s.codeId}#1`, ...term }] },
        createdAt: AT,
        updatedAt: AT,
      })
    })
    const extra = options.extra ?? 0
    const sentence = "Officials accept bribes and nobody checks the permits."
    const perSource = 200
    // the extra suggestions wait for review as `code auto` leaves them: pending, packed per source
    const pending = new Map<string, Pending.PendingSuggestion[]>()
    for (let k = 0; k < Math.ceil(extra / perSource); k++) {
      const n = Math.min(perSource, extra - k * perSource)
      const lines = Array.from({ length: n }, () => `AGC 1: ${sentence}`)
      const text = lines.join("\n")
      const id = `bulk-${k}`
      sources.push(source(id, "interview", `Bulk interview ${k + 1}`, text, 3 + k, "AGC 1"))
      pending.set(
        id,
        Array.from({ length: n }, (_, j) => {
          const start = j * (lines[0]!.length + 1) + 7
          const term = start + sentence.indexOf("bribes")
          return {
            start,
            end: start + sentence.length,
            codeId: codes[j % codes.length]!.id,
            origin: "rule:bulk",
            score: (j % 10) / 10,
            explanation: { matches: [{ term: "bribe", rule: "bulk#1", start: term, end: term + 6 }] },
          }
        }),
      )
    }
    yield* store.transaction((tx) =>
      Effect.gen(function* () {
        yield* tx.participants.insert(participants)
        yield* tx.sources.insert(sources)
        yield* tx.turns.insert([...turnsOf("src-a", interviewA), ...turnsOf("src-b", interviewB)])
        yield* tx.codes.insert(codes)
        yield* tx.coders.ensure({ id: "rules", name: "Rule auto-coder", engine: true })
        yield* tx.segments.insert(segments)
        yield* tx.codings.insert(codings)
        for (const [id, list] of pending) yield* tx.pending.replace(id, "rules", list, AT)
        if (options.tiers)
          yield* tx.observations.upsert([
            { country: "MYS", year: 2021, indicator: "tip.tier", value: "3", source: "TIP 2021" },
            { country: "MYS", year: 2022, indicator: "tip.tier", value: "2W", source: "TIP 2022" },
            { country: "MYS", year: 2023, indicator: "tip.tier", value: "2W", source: "TIP 2023" },
            { country: "PHL", year: 2021, indicator: "tip.tier", value: "1", source: "TIP 2021" },
            { country: "PHL", year: 2022, indicator: "tip.tier", value: "1", source: "TIP 2022" },
            { country: "PHL", year: 2023, indicator: "tip.tier", value: "2", source: "TIP 2023" },
          ])
      }),
    )
    return { dir, project } satisfies Made
  })

export const projectDir = (root: string) => join(root, "project")
