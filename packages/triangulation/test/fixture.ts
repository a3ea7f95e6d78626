/**
 * A small study built through the store's repositories: four participants in three groups, four interviews,
 * three documents (one with pages), statistics for Malaysia and the Philippines, and two plugins (a framework
 * whose rules apply everywhere, and a country plugin whose rule applies to Malaysia only).
 */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Coding, Observation, Participant, Segment, Source, Turn } from "@valuelens/core"
import { type PluginDefinition, Registry } from "@valuelens/plugin-api"
import { Project, type Store } from "@valuelens/store"
import { Effect } from "effect"

const at = "2026-01-01T00:00:00.000Z"

const plugin = (definition: PluginDefinition) => ({
  meta: definition.meta,
  specifier: definition.meta.name,
  resolved: definition.meta.name,
  definition,
})

export const registry = Registry.fromPlugins([
  plugin({
    apiVersion: 1,
    meta: { name: "test-framework", version: "1.0.0", namespace: "vd" },
    values: [
      { id: "vd/justice", name: "Justice", definition: "." },
      { id: "vd/integrity", name: "Integrity", definition: "." },
      { id: "vd/empathy", name: "Empathy", definition: "." },
      { id: "vd/trust", name: "Trust", definition: "." },
    ],
    factors: [
      {
        id: "vd/resource-constraints",
        name: "Resource constraints",
        definition: ".",
        drives: ["vd/justice"],
      },
    ],
    indicatorRules: [
      {
        id: "vd/justice-ratio",
        theme: "vd/justice",
        description: "few convictions per prosecution",
        measure: { numerator: "enforcement.convictions", denominator: "enforcement.prosecutions" },
        direction: "higher-is-better",
        deficitWhen: { below: 0.5 },
      },
      {
        id: "vd/empathy-victims",
        theme: "vd/empathy",
        description: "fewer victims identified",
        measure: { indicator: "victims.identified" },
        direction: "higher-is-better",
        deficitWhen: { trend: "worsening" },
      },
      {
        id: "vd/resource-courts",
        theme: "vd/resource-constraints",
        description: "fewer than two specialised courts",
        measure: { indicator: "courts.specialised" },
        direction: "higher-is-better",
        deficitWhen: { below: 2 },
      },
    ],
  }),
  plugin({
    apiVersion: 1,
    meta: { name: "test-country", version: "1.0.0", namespace: "mys" },
    countries: [{ iso3: "MYS", name: "Malaysia", region: "South-East Asia" }],
    indicatorRules: [
      {
        id: "mys/integrity-tier",
        theme: "vd/integrity",
        description: "on the Watch List or Tier 3",
        measure: { indicator: "tip.tier" },
        direction: "lower-is-better",
        deficitWhen: { levels: ["Tier 2 Watch List", "Tier 3"] },
      },
      {
        id: "mys/justice-ratio-trend",
        theme: "vd/justice",
        description: "the same conviction ratio, worsening",
        measure: { numerator: "enforcement.convictions", denominator: "enforcement.prosecutions" },
        direction: "higher-is-better",
        deficitWhen: { trend: "worsening" },
      },
    ],
  }),
])

const participants: Participant[] = [
  { id: "AGC 1", group: "government", country: "MYS", attributes: {} },
  { id: "AGC 2", group: "government", country: "MYS", attributes: {} },
  { id: "UUM Academic 1", group: "academic", country: "MYS", attributes: {} },
  { id: "NGO 1", group: "ngo", country: "MYS", attributes: {} },
]

const QUESTION = "Interviewer: What happens to the cases?\n"
const ANSWER = "The cases collapse because witnesses are afraid and officers take money from syndicates."

const source = (id: string, kind: Source["kind"], position: number, extra: Partial<Source>): Source => ({
  id,
  kind,
  title: id,
  text: "x".repeat(300),
  hash: `hash-${id}`,
  metadata: {},
  position,
  importedAt: at,
  ...extra,
})

const interviews = participants.map((p, i) =>
  source(`int-${i + 1}`, "interview", i, {
    participantId: p.id,
    country: "MYS",
    text: `${QUESTION}${p.id}: ${ANSWER}`,
  }),
)
const turns: Turn[] = interviews.flatMap((s, i) => [
  { sourceId: s.id, index: 0, speaker: "Interviewer", start: 0, end: QUESTION.length, interviewer: true },
  {
    sourceId: s.id,
    index: 1,
    speaker: participants[i]!.id,
    start: QUESTION.length,
    end: s.text.length,
    interviewer: false,
  },
])
const documents = [
  source("doc-tip", "document", 4, { documentType: "tip-report", year: 2023, country: "MYS" }),
  source("doc-act", "document", 5, { documentType: "legislation", year: 2007, country: "MYS" }),
  source("doc-plan", "document", 6, { documentType: "action-plan", year: 2021, country: "MYS" }),
]

/** A passage of the participant's answer (inside their turn). */
const answer = (n: number) => ({
  sourceId: `int-${n}`,
  start: QUESTION.length + 10,
  end: QUESTION.length + 40,
})

const coded: Array<{
  id: string
  at: { sourceId: string; start: number; end: number }
  code: string
  status?: Coding["status"]
  coder?: string
}> = [
  // justice: three of four participants (two groups), two of three documents, one on page 2
  { id: "j1", at: answer(1), code: "vd/justice" },
  { id: "j2", at: answer(2), code: "free/slow-hearings" },
  { id: "j3", at: answer(3), code: "vd/justice" },
  { id: "j3", at: answer(3), code: "vd/justice", coder: "second" },
  { id: "jd1", at: { sourceId: "doc-tip", start: 120, end: 150 }, code: "vd/justice" },
  { id: "jd2", at: { sourceId: "doc-act", start: 10, end: 20 }, code: "vd/justice" },
  // integrity: three of four participants (three groups), one of three documents
  {
    id: "i1",
    at: { sourceId: "int-1", start: QUESTION.length + 50, end: QUESTION.length + 80 },
    code: "vd/integrity",
  },
  {
    id: "i3",
    at: { sourceId: "int-3", start: QUESTION.length + 50, end: QUESTION.length + 80 },
    code: "vd/integrity",
  },
  {
    id: "i4",
    at: { sourceId: "int-4", start: QUESTION.length + 50, end: QUESTION.length + 80 },
    code: "vd/integrity",
  },
  { id: "id1", at: { sourceId: "doc-tip", start: 20, end: 40 }, code: "vd/integrity" },
  // empathy: one NGO participant; a rejected coding and an interviewer's question do not count
  { id: "e4", at: answer(4), code: "vd/empathy" },
  { id: "e1", at: answer(1), code: "vd/empathy", status: "rejected" },
  { id: "e2", at: { sourceId: "int-2", start: 0, end: 20 }, code: "vd/empathy" },
]

const observations: Observation[] = [
  { country: "MYS", year: 2014, indicator: "enforcement.convictions", value: 9, source: "AASSONE15" },
  { country: "MYS", year: 2014, indicator: "enforcement.prosecutions", value: 34, source: "AASSONE15" },
  {
    country: "MYS",
    year: 2023,
    indicator: "tip.tier",
    value: "Tier 2 Watch List",
    source: "MALAYMAIL23",
    confidence: "confirmed",
  },
  {
    country: "MYS",
    year: 2024,
    indicator: "tip.tier",
    value: "Tier 2",
    source: "NST24",
    confidence: "confirmed",
  },
  { country: "MYS", year: 2019, indicator: "courts.specialised", value: 1, source: "SCMP19;FMT19" },
  // outside the study's countries: never read by triangulation
  { country: "PHL", year: 2014, indicator: "enforcement.convictions", value: 90, source: "X" },
  { country: "PHL", year: 2014, indicator: "enforcement.prosecutions", value: 100, source: "X" },
]

/** Writes the study into a new project and returns its open store. */
export const study = (): Promise<Store> =>
  Effect.runPromise(
    Effect.gen(function* () {
      const dir = join(mkdtempSync(join(tmpdir(), "vl-tri-")), "p")
      const project = yield* Project.create(dir, { name: "study", plugins: [] })
      const store = project.store
      yield* store.participants.insert(participants)
      yield* store.sources.insert([...interviews, ...documents])
      yield* store.turns.insert(turns)
      yield* store.pages.insert([
        { sourceId: "doc-tip", number: 1, start: 0, end: 100 },
        { sourceId: "doc-tip", number: 2, start: 100, end: 300 },
      ])
      yield* store.codes.insert([
        { id: "vd/justice", name: "Justice", kind: "value", plugin: "vd" },
        { id: "vd/integrity", name: "Integrity", kind: "value", plugin: "vd" },
        { id: "vd/empathy", name: "Empathy", kind: "value", plugin: "vd" },
        { id: "vd/trust", name: "Trust", kind: "value", plugin: "vd" },
        { id: "vd/resource-constraints", name: "Resource constraints", kind: "factor", plugin: "vd" },
        { id: "free/slow-hearings", name: "Slow hearings", kind: "free", parentId: "vd/justice" },
      ])
      yield* store.coders.ensure({ id: "me", name: "Me", engine: false })
      yield* store.coders.ensure({ id: "second", name: "Second coder", engine: false })
      const segments = new Map<string, Segment>()
      for (const c of coded) {
        const id = `seg-${c.at.sourceId}-${c.at.start}-${c.at.end}`
        segments.set(id, { id, ...c.at, text: "passage" })
      }
      yield* store.segments.insert([...segments.values()])
      yield* store.codings.insert(
        coded.map((c, i) => ({
          id: `coding-${i}`,
          segmentId: `seg-${c.at.sourceId}-${c.at.start}-${c.at.end}`,
          codeId: c.code,
          coderId: c.coder ?? "me",
          status: c.status ?? "accepted",
          origin: "manual",
          createdAt: at,
          updatedAt: at,
        })),
      )
      yield* store.observations.upsert(observations)
      return store
    }),
  )
