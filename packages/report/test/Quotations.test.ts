import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Quotations from "../src/Quotations.js"

const c = (over: Partial<Quotations.Candidate> & { segmentId: string }): Quotations.Candidate => ({
  sourceId: `src-${over.segmentId}`,
  sourceTitle: "Interview",
  sourceKind: "interview",
  sourcePosition: 0,
  start: 0,
  end: 10,
  text: "text",
  ...over,
})

const pool: Quotations.Candidate[] = [
  c({ segmentId: "g1", participantId: "AGC 1", group: "government", score: 1, text: "Government view." }),
  c({
    segmentId: "e1",
    participantId: "PDRM 9",
    group: "enforcement",
    score: 3,
    text: "A long enforcement quote here.",
  }),
  c({
    segmentId: "e2",
    participantId: "PDRM 9",
    group: "enforcement",
    score: 3,
    text: "Short one.",
    sourceId: "src-e1",
    start: 50,
    end: 60,
  }),
  c({ segmentId: "n1", participantId: "NGO 1", group: "ngo", score: 2, text: "An NGO view." }),
  c({
    segmentId: "d1",
    sourceKind: "document",
    sourceTitle: "TIP Report 2023",
    year: 2023,
    page: 12,
    score: 5,
    text: "The government did not prosecute complicit officials.",
  }),
]

describe("Quotations.choose", () => {
  it("covers participant groups first, strongest group first, documents after them", () => {
    expect(Quotations.choose(pool, { count: 3 }).map((q) => q.citation)).toEqual([
      "(PDRM 9)",
      "(NGO 1)",
      "(AGC 1)",
    ])
  })

  it("then a document, then the rest by rank", () => {
    const chosen = Quotations.choose(pool, { count: 5 })
    expect(chosen.map((q) => q.segmentId)).toEqual(["e1", "n1", "g1", "d1", "e2"])
    expect(chosen[3]!.citation).toBe("(TIP Report 2023, p. 12)")
  })

  it("prefers new voices over a second quotation from the same participant", () => {
    const xs = [
      c({ segmentId: "a1", participantId: "A", group: "ngo", score: 9 }),
      c({ segmentId: "a2", participantId: "A", group: "ngo", score: 8 }),
      c({ segmentId: "b1", participantId: "B", group: "ngo", score: 1 }),
    ]
    expect(Quotations.choose(xs, { count: 2 }).map((q) => q.segmentId)).toEqual(["a1", "b1"])
  })

  it("ranks by score, then longer up to the limit, and over-long quotations last", () => {
    const xs = [
      c({ segmentId: "short", text: "x".repeat(20) }),
      c({ segmentId: "long", text: "x".repeat(80) }),
      c({ segmentId: "too-long", text: "x".repeat(200) }),
      c({ segmentId: "scored", text: "x", score: 0.5 }),
    ]
    expect(Quotations.rank(xs, 100).map((x) => x.segmentId)).toEqual(["scored", "long", "short", "too-long"])
  })

  it("never takes two overlapping quotations from one source", () => {
    const xs = [
      c({ segmentId: "a", sourceId: "s", start: 0, end: 50, participantId: "A", group: "ngo", score: 2 }),
      c({
        segmentId: "b",
        sourceId: "s",
        start: 40,
        end: 90,
        participantId: "A",
        group: "academic",
        score: 1,
      }),
    ]
    expect(Quotations.choose(xs, { count: 3 }).map((q) => q.segmentId)).toEqual(["a"])
  })

  it("cites a document without a page by title and year", () => {
    expect(
      Quotations.citation(
        c({ segmentId: "d", sourceKind: "document", sourceTitle: "NAPTIP 3.0", year: 2021 }),
      ),
    ).toBe("(NAPTIP 3.0, 2021)")
  })

  const candidates = fc
    .uniqueArray(
      fc.record({
        source: fc.integer({ min: 0, max: 4 }),
        start: fc.integer({ min: 0, max: 200 }),
        length: fc.integer({ min: 1, max: 60 }),
        participant: fc.integer({ min: 0, max: 6 }),
        group: fc.constantFrom("government", "enforcement", "academic", "ngo"),
        score: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      }),
      { selector: (r) => `${r.source}:${r.start}:${r.length}`, maxLength: 25 },
    )
    .map((rs) =>
      rs.map((r) =>
        c({
          segmentId: `${r.source}:${r.start}:${r.length}`,
          sourceId: `s${r.source}`,
          sourcePosition: r.source,
          start: r.start,
          end: r.start + r.length,
          text: "y".repeat(r.length),
          participantId: `P${r.participant}`,
          group: r.group,
          score: r.score,
        }),
      ),
    )

  it("properties: at most N, no overlaps, distinct groups while groups last, independent of input order", () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 0, max: 6 }), fc.integer(), (xs, n, seed) => {
        const chosen = Quotations.choose(xs, { count: n })
        expect(chosen.length).toBeLessThanOrEqual(n)
        if (xs.length > 0 && n > 0) expect(chosen.length).toBeGreaterThan(0)
        for (const [i, a] of chosen.entries())
          for (const b of chosen.slice(i + 1))
            expect(a.sourceId === b.sourceId && a.start < b.end && b.start < a.end).toBe(false)
        const groups = new Set(xs.map((x) => x.group)).size
        const firstGroups = chosen.slice(0, Math.min(n, groups)).map((q) => q.group)
        // a group's best may be blocked by overlap with another group's pick, so compare with what was possible
        if (new Set(xs.map((x) => x.sourceId)).size === xs.length)
          expect(new Set(firstGroups).size).toBe(firstGroups.length)
        const shuffled = [...xs].sort((a, b) => ((a.start * 31 + seed) % 97) - ((b.start * 31 + seed) % 97))
        expect(Quotations.choose(shuffled, { count: n })).toEqual(chosen)
      }),
    )
  })
})

describe("quotations are plain text", () => {
  it("drops a Markdown source's heading marks, emphasis and list marks", () => {
    const [q] = Quotations.choose(
      [
        c({
          segmentId: "m",
          sourceKind: "document",
          text: "## Prosecution\n\nThe Council **will** review *every* case:\n\n- charges\n- hearings",
        }),
      ],
      { count: 1 },
    )
    expect(q!.text).toBe("The Council will review every case: charges; hearings")
  })
})
