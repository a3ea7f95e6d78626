import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { Analyses, Coders } from "../src/index.js"

/*
 * One source, three coders.
 *   passage A [0, 40): alice T [0, 40), bob T [0, 20), carol I [10, 30)   → T by 2 of 3, I by 1
 *   passage B [50, 60): alice I, carol I, rules I                         → I by 3 of 4 (2 of the three people)
 *   passage C [70, 80): bob T                                              → T by 1
 */
const rows = [
  { segmentId: "a1", sourceId: "s", start: 0, end: 40, codeId: "T", coderId: "alice" },
  { segmentId: "b1", sourceId: "s", start: 0, end: 20, codeId: "T", coderId: "bob" },
  { segmentId: "c1", sourceId: "s", start: 10, end: 30, codeId: "I", coderId: "carol" },
  { segmentId: "x", sourceId: "s", start: 50, end: 60, codeId: "I", coderId: "alice" },
  { segmentId: "x", sourceId: "s", start: 50, end: 60, codeId: "I", coderId: "carol" },
  { segmentId: "x", sourceId: "s", start: 50, end: 60, codeId: "I", coderId: "rules" },
  { segmentId: "b2", sourceId: "s", start: 70, end: 80, codeId: "T", coderId: "bob" },
]
const ids = (rs: ReadonlyArray<{ segmentId: string; coderId: string }>) =>
  rs.map((r) => `${r.segmentId}/${r.coderId}`)

describe("Coders: whose codings an analysis counts", () => {
  it("takes chosen coders only", () => {
    expect(ids(Coders.select(rows, { coders: ["bob"] }))).toEqual(["b1/bob", "b2/bob"])
    expect(Coders.select(rows, Coders.everyone)).toHaveLength(7)
  })

  it("keeps a code where at least k of the chosen coders gave it to the passage", () => {
    const people = ["alice", "bob", "carol"]
    // T in A (alice, bob) and I in B (alice, carol) reach 2 of 3; I in A (carol) and T in C (bob) do not
    expect(ids(Coders.select(rows, { coders: people, consensus: 2 }))).toEqual([
      "a1/alice",
      "b1/bob",
      "x/alice",
      "x/carol",
    ])
    expect(ids(Coders.select(rows, { coders: people, consensus: 3 }))).toEqual([])
    // the consensus of 2 gives T in 1 passage and I in 1, never together: no co-occurrence
    expect(Analyses.cooccurrence(Coders.select(rows, { coders: people, consensus: 2 })).codes).toEqual([
      { code: "I", n: 1 },
      { code: "T", n: 1 },
    ])
  })

  it("refuses unknown coders and an unreachable consensus, naming the field", () => {
    const known = ["alice", "bob", "carol", "rules"]
    const bad = Effect.runSyncExit(Coders.check({ coders: ["dora"] }, known))
    expect(Exit.isFailure(bad) && String(bad.cause)).toContain('no coder "dora" in this project')
    const far = Effect.runSyncExit(Coders.check({ coders: ["alice", "bob"], consensus: 3 }, known))
    expect(Exit.isFailure(far) && String(far.cause)).toContain(
      "--consensus must be a whole number from 1 to 2",
    )
    expect(Coders.describe({ coders: ["alice", "bob", "carol"], consensus: 2 })).toBe(
      "at least 2 of alice, bob, carol in agreement",
    )
  })
})
