/** A hand-made project snapshot for the pure tests: what `Services.load` would return for a tiny study. */

import { Comparison, Project as Triangulation } from "@valuelens/triangulation"
import { update } from "../../src/tui/state/app.js"
import type { CodingInfo, CountryComparison, Snapshot } from "../../src/tui/state/data.js"
import { index } from "../../src/tui/state/data.js"
import type { Msg, Task } from "../../src/tui/state/types.js"
import { initial, type State } from "../../src/tui/state/types.js"

const base = {
  sourceKind: "interview" as const,
  coderId: "rules",
  origin: "rule:x",
  note: undefined,
}

export const coding = (over: Partial<CodingInfo> & Pick<CodingInfo, "id" | "codeId">): CodingInfo => ({
  ...base,
  segmentId: `seg-${over.id}`,
  sourceId: "a",
  sourceTitle: "Interview A",
  participantId: "P1",
  group: "government",
  start: 0,
  end: 10,
  text: "Officers take bribes.",
  status: "suggested",
  score: 0.5,
  matches: [],
  ...over,
})

export const snapshot = (over: Partial<Snapshot> = {}): Snapshot => ({
  project: "Tiny study",
  sources: [
    {
      id: "a",
      title: "Interview A",
      kind: "interview",
      participantId: "P1",
      group: "government",
      country: "MYS",
      position: 0,
      length: 60,
    },
    {
      id: "b",
      title: "Interview B",
      kind: "interview",
      participantId: "P2",
      group: "ngo",
      country: "MYS",
      position: 1,
      length: 40,
    },
    {
      id: "d",
      title: "Action plan",
      kind: "document",
      participantId: undefined,
      group: undefined,
      country: "MYS",
      position: 2,
      length: 30,
    },
  ],
  participants: [
    { id: "P1", group: "government" },
    { id: "P2", group: "ngo" },
  ],
  codes: [
    { id: "v/int", name: "Integrity", kind: "value", description: "Acting honestly." },
    { id: "v/acc", name: "Accountability", kind: "value" },
    { id: "f/res", name: "Resources", kind: "factor" },
    { id: "f/tra", name: "Training", kind: "factor", parentId: "f/res" },
  ],
  codings: [
    coding({
      id: "s1",
      codeId: "v/int",
      start: 0,
      end: 21,
      score: 0.9,
      matches: [{ term: "bribe", rule: "r1", start: 14, end: 20 }],
    }),
    coding({ id: "s2", codeId: "f/res", start: 22, end: 40, text: "No budget at all.", score: 0.4 }),
    coding({
      id: "s3",
      codeId: "v/int",
      sourceId: "b",
      sourceTitle: "Interview B",
      participantId: "P2",
      group: "ngo",
      score: 0.8,
    }),
    coding({
      id: "k1",
      codeId: "v/acc",
      status: "accepted",
      coderId: "ana",
      origin: "manual",
      start: 0,
      end: 21,
    }),
    coding({
      id: "k2",
      codeId: "f/res",
      status: "accepted",
      coderId: "ana",
      origin: "manual",
      start: 5,
      end: 30,
    }),
    coding({
      id: "k3",
      codeId: "v/acc",
      status: "accepted",
      coderId: "ana",
      origin: "manual",
      sourceId: "b",
      sourceTitle: "Interview B",
      participantId: "P2",
      group: "ngo",
    }),
  ],
  memos: 0,
  memoList: [],
  guidance: [],
  model: [{ factor: "f/res", value: "v/acc" }],
  agreement: undefined,
  undo: undefined,
  redo: undefined,
  ...over,
})

/** The state after the snapshot loaded, at 80×24. */
export const loaded = (over: Partial<Snapshot> = {}): State =>
  update(initial(80, 24), { type: "loaded", snapshot: snapshot(over) })[0]

/** Sends keys one after another; returns the final state and every task asked for on the way. */
export const keys = (
  s: State,
  ...ks: ReadonlyArray<string>
): { state: State; tasks: ReadonlyArray<Task> } => {
  let state = s
  const tasks: Task[] = []
  for (const key of ks) {
    const [next, t] = update(state, { type: "key", key } satisfies Msg)
    state = next
    tasks.push(...t)
  }
  return { state, tasks }
}

export const indexed = (over: Partial<Snapshot> = {}) => index(snapshot(over))

/**
 * Triangulation of the tiny study by the real engine (`Project.triangulate`) over its accepted codings, plus one
 * passage of the action plan coded Accountability. Worked out by hand (Farmer et al. 2006 rules, thresholds ½):
 * Accountability: 2 of 2 participants (high) and 1 of 1 document (high), both "deficit" → interviews–documents
 * agreement; no indicator rule → silence against statistics. Resources: 1 of 2 participants (½, high), no
 * document → silence. Integrity and Training: no evidence anywhere → silence.
 */
/** Two interviews (a government and an NGO participant) and a document: the sources both triangulations use. */
const study = {
  participants: [
    { id: "P1", group: "government" },
    { id: "P2", group: "ngo" },
  ],
  interviews: [
    { id: "a", title: "Interview A", participantId: "P1" },
    { id: "b", title: "Interview B", participantId: "P2" },
  ],
  documents: [{ id: "d", title: "Action plan" }],
}

const noStatistics = { pages: [], observations: [], rules: [], indicators: [], countries: ["MYS"] }

export const triangulation = () =>
  Triangulation.triangulate({
    themes: [
      { id: "v/int", name: "Integrity", kind: "value" },
      { id: "v/acc", name: "Accountability", kind: "value" },
      { id: "f/res", name: "Resources", kind: "factor" },
      { id: "f/tra", name: "Training", kind: "factor" },
    ],
    ...study,
    codings: [
      {
        segmentId: "seg-k1",
        sourceId: "a",
        theme: "v/acc",
        start: 0,
        end: 21,
        text: "Officers take bribes.",
      },
      {
        segmentId: "seg-k2",
        sourceId: "a",
        theme: "f/res",
        start: 5,
        end: 30,
        text: "take bribes. No budget",
      },
      {
        segmentId: "seg-k3",
        sourceId: "b",
        theme: "v/acc",
        start: 0,
        end: 10,
        text: "Officers take bribes.",
      },
      { segmentId: "seg-d1", sourceId: "d", theme: "v/acc", start: 0, end: 11, text: "No auditor." },
    ],
    ...noStatistics,
  })

/** Fourteen themes, the last with `passages` quoted passages and a document passage: more than a screen shows. */
export const crowdedTriangulation = (passages = 12) =>
  Triangulation.triangulate({
    themes: Array.from({ length: 14 }, (_, i) => ({
      id: `v/t${i + 1}`,
      name: `Theme ${i + 1}`,
      kind: "value" as const,
    })),
    ...study,
    codings: [
      ...Array.from({ length: passages }, (_, i) => ({
        segmentId: `seg-${i}`,
        sourceId: i % 2 === 0 ? "a" : "b",
        theme: "v/t14",
        start: i * 10,
        end: i * 10 + 9,
        text: `Passage ${i + 1}.`,
      })),
      { segmentId: "seg-d", sourceId: "d", theme: "v/t14", start: 0, end: 11, text: "No auditor." },
    ],
    ...noStatistics,
  })

/** The comparison `Triangulation.compare` makes of two countries from hand-made TIP tiers. */
export const comparison = (
  tiers: ReadonlyArray<{ country: string; year: number; tier: string }>,
): CountryComparison => {
  const countries = [...new Set(tiers.map((t) => t.country))]
  return {
    countries,
    unknown: [],
    comparison: Comparison.compare({
      countries: countries.map((iso3) => ({
        iso3,
        name: iso3,
        region: "ASEAN",
        institutions: [],
        plugins: ["t"],
      })),
      observations: tiers.map((t) => ({
        country: t.country,
        year: t.year,
        indicator: "tip.tier",
        value: t.tier,
        source: `TIP ${t.year}`,
      })),
    }),
  }
}
