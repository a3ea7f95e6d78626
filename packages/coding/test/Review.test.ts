import type { Participant } from "@valuelens/core"
import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AutoCoder, Lexicon, Manual, Review } from "../src/index.js"
import { code, failureOf, interview, seed, withStore } from "./helpers.js"

const p1: Participant = { id: "P 1", group: "ngo", attributes: {} }
const iv = interview("iv1", p1, [
  ["P 1", "Officers took bribes. The shelter was full. Bribes and corruption everywhere. Shelters closed."],
])
const setup = (s: Store) =>
  Effect.gen(function* () {
    yield* seed(s, {
      participants: [p1],
      interviews: [iv],
      codes: [code("vd/integrity"), code("vd/empathy")],
    })
    const compiled = yield* Lexicon.compile([
      {
        plugin: "p",
        lexicon: {
          language: "en",
          entries: [
            { code: "vd/integrity", terms: ["bribe", "corruption"] },
            { code: "vd/empathy", terms: ["shelter"] },
          ],
        },
      },
    ])
    yield* AutoCoder.run(s, compiled)
    return yield* Review.queue(s)
  })

describe("Review", () => {
  it("lists the queue in source order with explanations", async () => {
    const q = await withStore(setup)
    expect(q.map((x) => [x.codeId, x.text, x.score])).toEqual([
      ["vd/integrity", "Officers took bribes.", 1],
      ["vd/empathy", "The shelter was full.", 1],
      ["vd/integrity", "Bribes and corruption everywhere.", 2],
      ["vd/empathy", "Shelters closed.", 1],
    ])
    expect(q[2]!.explanation!.matches.map((m) => m.term)).toEqual(["bribe", "corruption"])
  })

  it("accepts all of a code above a score, rejects one, and undoes a decision", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        const q = yield* setup(s)
        const accepted = yield* Review.acceptAll(s, { codeIds: ["vd/integrity"], minScore: 2 })
        const rejected = yield* Review.reject(s, [q[1]!.codingId])
        const left = (yield* Review.queue(s)).map((x) => x.text)
        yield* Manual.undo(s)
        return { accepted, rejected, left, after: (yield* Review.queue(s)).map((x) => x.text) }
      }),
    )
    expect(out.accepted).toBe(1)
    expect(out.rejected).toBe(1)
    expect(out.left).toEqual(["Officers took bribes.", "Shelters closed."])
    expect(out.after).toEqual(["Officers took bribes.", "The shelter was full.", "Shelters closed."])
  })

  it("edits a suggestion's range or code, accepting it", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        const q = yield* setup(s)
        const edited = yield* Review.editRange(s, q[0]!.codingId, q[0]!.start + 9, q[0]!.end - 1)
        const changed = yield* Review.changeCode(s, q[3]!.codingId, "vd/integrity")
        return { edited, changed, rows: yield* s.codings.rows({ status: ["accepted"] }) }
      }),
    )
    expect(out.rows.map((r) => [r.codeId, r.text])).toEqual([
      ["vd/integrity", "took bribes"],
      ["vd/integrity", "Shelters closed."],
    ])
  })

  it("edits a suggestion's range and code in one action that one undo reverts", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        const q = yield* setup(s)
        // "The shelter was full." → "shelter was full", coded Integrity instead of Empathy
        const edited = yield* Review.editRange(s, q[1]!.codingId, q[1]!.start + 4, q[1]!.end - 1, {
          codeId: "vd/integrity",
        })
        const rows = yield* s.codings.rows({ status: ["accepted"] })
        const label = yield* Manual.undo(s)
        const back = (yield* s.codings.get(q[1]!.codingId))!
        const unknown = yield* failureOf(
          Review.editRange(s, q[1]!.codingId, q[1]!.start, q[1]!.end, { codeId: "vd/nope" }),
        )
        return { edited, rows, label, back, unknown, segment: yield* s.segments.get(back.segmentId) }
      }),
    )
    expect([out.edited.codeId, out.edited.status]).toEqual(["vd/integrity", "accepted"])
    expect(out.rows.map((r) => [r.codeId, r.text])).toEqual([["vd/integrity", "shelter was full"]])
    // "P 1: " (5) + "Officers took bribes. " (22): "The shelter" starts at 27, "shelter was full" is 31–47
    expect(out.label).toBe("edit range of vd/empathy to 31–47 as vd/integrity")
    expect([out.back.codeId, out.back.status, out.segment?.text]).toEqual([
      "vd/empathy",
      "suggested",
      "The shelter was full.",
    ])
    expect(out.unknown).toMatchObject({ reason: "unknown-code" })
  })

  it("refuses unknown codings all at once", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        const q = yield* setup(s)
        const e = yield* failureOf(Review.accept(s, [q[0]!.codingId, "cod_nope"]))
        return { e, left: (yield* Review.queue(s)).length }
      }),
    )
    expect(out.e).toMatchObject({ reason: "unknown-coding" })
    expect(out.e.message).toContain('"cod_nope"')
    expect(out.left).toBe(4)
  })

  it("refuses an unknown coding among more than fifty ids too", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        const q = yield* setup(s)
        const ids = [...q.map((x) => x.codingId), ...Array.from({ length: 60 }, (_, i) => `cod_nope${i}`)]
        const e = yield* failureOf(Review.accept(s, ids))
        const accepted = yield* Review.accept(s, [...q.map((x) => x.codingId), ...q.map((x) => x.codingId)])
        return { e, accepted, left: (yield* Review.queue(s)).length }
      }),
    )
    expect(out.e).toMatchObject({ reason: "unknown-coding" })
    expect(out.accepted).toBe(4)
    expect(out.left).toBe(0)
  })
})

describe("Review.byUncertainty", () => {
  it("puts the model's suggestions nearest its threshold (0.25) first, then the others in their order", () => {
    const items = [
      { id: "r1", coderId: "rules", score: 2 },
      { id: "m1", coderId: "model", score: 0.9 },
      { id: "m2", coderId: "model", score: 0.32 },
      { id: "r2", coderId: "rules", score: 1 },
      { id: "m3", coderId: "model", score: 0.5 },
    ]
    // distances from 0.25: m1 0.65, m2 0.07, m3 0.25
    expect(Review.byUncertainty(items).map((i) => i.id)).toEqual(["m2", "m3", "m1", "r1", "r2"])
  })
})
