import type { Coding, CodingStatus, Participant, Segment, Source } from "@valuelens/core"
import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Analyses } from "../src/index.js"
import { code, document, seed, withStore } from "./helpers.js"

/*
 * A small project worked out by hand.
 *
 *   participants: A1, A2 (government), N1 (ngo)
 *   sources: iv-a1 (A1), iv-a2 (A2), iv-n1 (N1), doc1 (a TIP report)
 *   codes: T = vd/trust, I = vd/integrity (values); F = vd/divergent-approaches, W = vd/weak-monitoring (factors)
 *
 *   iv-a1  s1 [0,10)  T (alice), F (alice), T (bob: same segment and code, counts once)
 *          s2 [5,20)  I                      (overlaps s1)
 *          s3 [30,40) T
 *   iv-a2  s4 [0,10)  F
 *          s5 [8,15)  T                      (overlaps s4)
 *          s6 [20,30) W, I                   (same segment)
 *          s7 [30,40) I  suggested by rules  (does not count)
 *   iv-n1  s8 [0,10)  T
 *          s9 [10,20) F                      (touches s8 but does not overlap: ends are exclusive)
 *          s10 [0,50) I  rejected            (does not count)
 *   doc1   s11 [0,10) I, W                   (same segment)
 */
const participants: Participant[] = [
  { id: "A1", group: "government", attributes: {} },
  { id: "A2", group: "government", attributes: {} },
  { id: "N1", group: "ngo", attributes: {} },
]
const T = "vd/trust"
const I = "vd/integrity"
const F = "vd/divergent-approaches"
const W = "vd/weak-monitoring"
const text = "x".repeat(60)
const iv = (id: string, participantId: string, position: number): Source => ({
  ...document(id, text, { position }),
  kind: "interview",
  participantId,
})
const sources = [
  iv("iv-a1", "A1", 0),
  iv("iv-a2", "A2", 1),
  iv("iv-n1", "N1", 2),
  document("doc1", text, { position: 3, documentType: "tip-report" }),
]
const segs: Array<[string, string, number, number]> = [
  ["s1", "iv-a1", 0, 10],
  ["s2", "iv-a1", 5, 20],
  ["s3", "iv-a1", 30, 40],
  ["s4", "iv-a2", 0, 10],
  ["s5", "iv-a2", 8, 15],
  ["s6", "iv-a2", 20, 30],
  ["s7", "iv-a2", 30, 40],
  ["s8", "iv-n1", 0, 10],
  ["s9", "iv-n1", 10, 20],
  ["s10", "iv-n1", 0, 50],
  ["s11", "doc1", 0, 10],
]
const codings: Array<[string, string, string, CodingStatus?]> = [
  ["s1", T, "alice"],
  ["s1", F, "alice"],
  ["s1", T, "bob"],
  ["s2", I, "alice"],
  ["s3", T, "alice"],
  ["s4", F, "alice"],
  ["s5", T, "alice"],
  ["s6", W, "alice"],
  ["s6", I, "alice"],
  ["s7", I, "rules", "suggested"],
  ["s8", T, "alice"],
  ["s9", F, "alice"],
  ["s10", I, "alice", "rejected"],
  ["s11", I, "alice"],
  ["s11", W, "alice"],
]

const project = (s: Store) =>
  Effect.gen(function* () {
    yield* seed(s, {
      participants,
      documents: sources,
      codes: [code(T), code(I), code(F, "factor"), code(W, "factor")],
    })
    for (const id of ["alice", "bob", "rules"])
      yield* s.coders.ensure({ id, name: id, engine: id === "rules" })
    yield* s.segments.insert(
      segs.map(
        ([id, sourceId, start, end]): Segment => ({ id, sourceId, start, end, text: text.slice(start, end) }),
      ),
    )
    yield* s.codings.insert(
      codings.map(
        ([segmentId, codeId, coderId, status], k): Coding => ({
          id: `c${k}`,
          segmentId,
          codeId,
          coderId,
          status: status ?? "accepted",
          origin: "manual",
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:00:00Z",
        }),
      ),
    )
    return yield* s.codings.rows({ status: ["accepted"] })
  })

const rows = () => withStore(project)

describe("Analyses on a hand-made project", () => {
  it("frequencies: segments, sources, participants, by group", async () => {
    expect(Analyses.frequencies(await rows())).toEqual([
      // F: s1, s4, s9 in three interviews of A1, A2, N1
      {
        code: F,
        segments: 3,
        sources: 3,
        participants: 3,
        groups: { government: { segments: 2, participants: 2 }, ngo: { segments: 1, participants: 1 } },
      },
      // I: s2, s6, s11 (s7 suggested and s10 rejected do not count); doc1 has no participant
      {
        code: I,
        segments: 3,
        sources: 3,
        participants: 2,
        groups: { government: { segments: 2, participants: 2 } },
      },
      // T: s1 (two coders, one segment), s3, s5, s8
      {
        code: T,
        segments: 4,
        sources: 3,
        participants: 3,
        groups: { government: { segments: 3, participants: 2 }, ngo: { segments: 1, participants: 1 } },
      },
      // W: s6 and s11
      {
        code: W,
        segments: 2,
        sources: 2,
        participants: 1,
        groups: { government: { segments: 1, participants: 1 } },
      },
    ])
  })

  it("matrices: code × group, code × document type, code × source", async () => {
    const r = await rows()
    expect(Analyses.matrix(r, "group")).toEqual({
      by: "group",
      measure: "segments",
      rows: [F, I, T, W],
      columns: ["government", "ngo"],
      cells: [
        [2, 1],
        [2, 0],
        [3, 1],
        [1, 0],
      ],
    })
    expect(Analyses.matrix(r, "documentType").cells).toEqual([
      [3, 0],
      [2, 1],
      [4, 0],
      [1, 1],
    ])
    const bySource = Analyses.matrix(r, "source", "participants")
    expect(bySource.columns).toEqual(["doc1", "iv-a1", "iv-a2", "iv-n1"])
    // participants per cell: a document has none
    expect(bySource.cells).toEqual([
      [0, 1, 1, 1],
      [0, 1, 1, 0],
      [0, 1, 1, 1],
      [0, 0, 1, 0],
    ])
  })

  it("co-occurrence with the c-coefficient", async () => {
    const table = Analyses.cooccurrence(await rows())
    expect(table.codes).toEqual([
      { code: F, n: 3 },
      { code: I, n: 3 },
      { code: T, n: 4 },
      { code: W, n: 2 },
    ])
    expect(table.pairs.map((p) => [p.a, p.b, p.count, p.n1, p.n2, p.c])).toEqual([
      // F–T: s1/s1 and s4/s5 → 2 / (3 + 4 − 2) = 0.4
      [F, T, 2, 3, 4, 0.4],
      // I–W: s6/s6 and s11/s11 → 2 / (3 + 2 − 2) = 2/3
      [I, W, 2, 3, 2, 2 / 3],
      // F–I: s1/s2 → 1 / (3 + 3 − 1) = 0.2
      [F, I, 1, 3, 3, 0.2],
      // I–T: s2/s1 → 1 / (3 + 4 − 1) = 1/6
      [I, T, 1, 3, 4, 1 / 6],
    ])
  })

  it("co-occurrence gives the same table whatever the row order, and counts a passage once", async () => {
    const r = await rows()
    const shuffled = [...r].reverse()
    expect(Analyses.cooccurrence(shuffled)).toEqual(Analyses.cooccurrence(r))
    // one long a-segment over two b-segments is one passage: n12 = 1, n1 = 1, n2 = 1 → c = 1 / (1 + 1 − 1) = 1
    const long = Analyses.cooccurrence([
      { segmentId: "x", sourceId: "s", start: 0, end: 100, codeId: "a" },
      { segmentId: "y", sourceId: "s", start: 10, end: 20, codeId: "b" },
      { segmentId: "z", sourceId: "s", start: 30, end: 40, codeId: "b" },
    ])
    expect(long.pairs).toEqual([{ a: "a", b: "b", count: 1, n1: 1, n2: 1, c: 1 }])
  })

  it("one participant's turn coded by the rules sentence by sentence and by two people is one co-occurrence", () => {
    // turn [0, 60): rules code integrity in [0, 20) and weak monitoring in [25, 60); alice and bob code the
    // whole turn with both. Segment pairs would give 5 co-occurrences; the passage [0, 60) is one.
    const turn = [
      { segmentId: "r1", sourceId: "iv", start: 0, end: 20, codeId: I, codeKind: "value", coderId: "rules" },
      {
        segmentId: "r2",
        sourceId: "iv",
        start: 25,
        end: 60,
        codeId: W,
        codeKind: "factor",
        coderId: "rules",
      },
      ...["alice", "bob"].flatMap((coderId) => [
        { segmentId: "t", sourceId: "iv", start: 0, end: 60, codeId: I, codeKind: "value", coderId },
        { segmentId: "t", sourceId: "iv", start: 0, end: 60, codeId: W, codeKind: "factor", coderId },
      ]),
    ].map((r) => ({ ...r, participantId: "A1" }))
    expect(Analyses.cooccurrence(turn).pairs).toEqual([{ a: I, b: W, count: 1, n1: 1, n2: 1, c: 1 }])
    expect(Analyses.links(turn).cells).toEqual([
      { factor: W, value: I, count: 1, c: 1, participants: ["A1"], sources: 1, expected: false },
    ])
  })

  it("keeps c within [0, 1] and n12 within min(n1, n2), whatever the segments (property)", () => {
    const row = fc.record({
      sourceId: fc.constantFrom("s1", "s2"),
      start: fc.integer({ min: 0, max: 50 }),
      length: fc.integer({ min: 1, max: 30 }),
      codeId: fc.constantFrom("f1", "f2", "v1", "v2"),
      coderId: fc.constantFrom("rules", "alice", "bob"),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (raw) => {
        const rows = raw.map((r, i) => ({
          ...r,
          segmentId: `seg${i}`,
          end: r.start + r.length,
          codeKind: r.codeId.startsWith("f") ? "factor" : "value",
        }))
        const table = Analyses.cooccurrence(rows)
        for (const p of table.pairs) {
          expect(p.c).toBeGreaterThan(0)
          expect(p.c).toBeLessThanOrEqual(1)
          expect(p.count).toBeLessThanOrEqual(Math.min(p.n1, p.n2))
        }
        for (const l of Analyses.links(rows).cells) {
          expect(l.c).toBeGreaterThanOrEqual(0)
          expect(l.c).toBeLessThanOrEqual(1)
        }
      }),
    )
  })

  it("factor × value links with the participants behind each cell", async () => {
    const links = Analyses.links(await rows(), [
      { factor: F, value: T },
      { factor: W, value: I },
    ])
    expect(links.factors).toEqual([F, W])
    expect(links.values).toEqual([I, T])
    expect(links.cells).toEqual([
      { factor: F, value: I, count: 1, c: 0.2, participants: ["A1"], sources: 1, expected: false },
      { factor: F, value: T, count: 2, c: 0.4, participants: ["A1", "A2"], sources: 2, expected: true },
      { factor: W, value: I, count: 2, c: 2 / 3, participants: ["A2"], sources: 2, expected: true },
      { factor: W, value: T, count: 0, c: 0, participants: [], sources: 0, expected: false },
    ])
  })
})

describe("Analyses.saturation (Guest, Namey & Chen 2020)", () => {
  const seq = (...codes: string[]) =>
    codes.map((c, k) => ({ id: `I${k + 1}`, codes: c === "" ? [] : c.split(",") }))

  it("is saturated at 5 interviews when interviews 6–7 add 5% of the base's codes", () => {
    const s = Analyses.saturation(
      seq("a,b,c", "a,d", "e,f", "g,h,i,j,k,l,m,n,o,p,q,r,s,t", "u,v", "a", "w", "x,y,z"),
    )
    // base I1–I4: a…t = 20 codes
    expect(s.baseCodes).toBe(20)
    expect(s.steps.map((x) => [x.newCodes.length, x.cumulative])).toEqual([
      [3, 3],
      [1, 4],
      [2, 6],
      [14, 20],
      [2, 22],
      [0, 22],
      [1, 23],
      [3, 26],
    ])
    // run I5–I6: u, v new → 2/20 = 10% > 5%; run I6–I7: w new → 1/20 = 5% ≤ 5%: saturated at 5 interviews
    expect(s.runs).toEqual([
      { from: 5, to: 6, newCodes: 2, newInformation: 0.1, meetsThreshold: false },
      { from: 6, to: 7, newCodes: 1, newInformation: 0.05, meetsThreshold: true },
    ])
    expect(s.saturated).toBe(true)
    expect(s.at).toBe(5)
    expect(s.verdict).toBe(
      "saturation reached at 5 interviews: interviews 6–7 added 1 new code (5% of the 20 in the base) (base 4, run 2, new-information threshold ≤5%)",
    )
  })

  it("is never saturated when every run adds more than the threshold", () => {
    // base a…j = 10 codes; each later interview adds one: every run of 2 adds 2/10 = 20%
    const s = Analyses.saturation(seq("a,b,c", "d,e", "f,g,h", "i,j", "k", "l", "m", "n", "o"))
    expect(s.runs.map((r) => r.newInformation)).toEqual([0.2, 0.2, 0.2, 0.2])
    expect(s.saturated).toBe(false)
    expect(s.at).toBeUndefined()
    expect(s.verdict).toMatch(/^not saturated/)
  })

  it("takes base size, run length and threshold as options", () => {
    const codes = seq("a,b", "c,d", "e", "f", "", "", "g")
    // base 2 (a–d = 4 codes), run 3, threshold 0: I3–I5 add e, f (50%); I4–I6 add f (25%); I5–I7 add g (25%)
    const strict = Analyses.saturation(codes, { baseSize: 2, runLength: 3, threshold: 0 })
    expect(strict.runs.map((r) => r.newCodes)).toEqual([2, 1, 1])
    expect(strict.saturated).toBe(false)
    // base 4 (a–f = 6 codes), run 2, threshold 0: I5–I6 add nothing → saturated at 4
    expect(Analyses.saturation(codes, { threshold: 0 }).at).toBe(4)
  })

  it("cannot be assessed with too few interviews or a base without codes", () => {
    expect(Analyses.saturation(seq("a", "b", "c", "d", "e")).verdict).toBe(
      "not assessable: 5 interviews, fewer than a base of 4 and a run of 2",
    )
    expect(Analyses.saturation(seq("", "", "", "", "", "")).verdict).toBe(
      "not assessable: the base of 4 interviews has no codes",
    )
  })

  it("orders interviews by import position or by date, keeping uncoded ones", () => {
    const sources = [
      { id: "b", kind: "interview", position: 0, date: "2024-03-02" },
      { id: "a", kind: "interview", position: 1, date: "2024-03-01" },
      { id: "c", kind: "interview", position: 2 },
      { id: "d", kind: "document", position: 3 },
    ]
    const r = [{ segmentId: "s", sourceId: "a", start: 0, end: 1, codeId: "x" }]
    expect(Analyses.interviewsInOrder(sources, r).map((i) => [i.id, [...i.codes]])).toEqual([
      ["b", []],
      ["a", ["x"]],
      ["c", []],
    ])
    expect(Analyses.interviewsInOrder(sources, r, "date").map((i) => i.id)).toEqual(["a", "b", "c"])
  })
})
