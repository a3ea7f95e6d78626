import { join } from "node:path"
import type { Source } from "@valuelens/core"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Pending, Project, type Store } from "../src/index.js"
import { type BackendName, configOn, eachBackend, tempDir } from "./helpers.js"

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)

// code points: "P 1: " is 0–5, the emoji 5 (one code point, two UTF-16 units), "Officers" 7–15
const text = "P 1: 🙂 Officers took bribes. The shelter had no nurses."
const source = (id: string, position: number): Source => ({
  id,
  kind: "interview",
  title: `Interview ${id}`,
  text,
  hash: `h-${id}`,
  participantId: "P 1",
  metadata: {},
  position,
  importedAt: "2026-01-01T00:00:00Z",
})
const at = "2026-02-01T00:00:00Z"

const bribes: Pending.PendingSuggestion = {
  start: 7,
  end: 28,
  codeId: "vd/integrity",
  origin: "rule:vd/integrity@en",
  score: 2,
  explanation: { matches: [{ term: "bribe", rule: "vd/integrity@en", start: 21, end: 27 }] },
}
const shelter: Pending.PendingSuggestion = {
  start: 29,
  end: 55,
  codeId: "vd/empathy",
  origin: "rule:vd/empathy@en",
  score: 1.25,
  explanation: {
    matches: [{ term: "shelter", rule: "vd/empathy@en", start: 33, end: 40 }],
    note: "one term",
  },
}

const seeded = (s: Store) =>
  Effect.gen(function* () {
    yield* s.participants.insert([{ id: "P 1", group: "ngo", attributes: {} }])
    yield* s.sources.insert([source("iv2", 1), source("iv1", 0)])
    yield* s.codes.insert([
      { id: "vd/integrity", name: "Integrity", kind: "value" },
      { id: "vd/empathy", name: "Empathy", kind: "value" },
    ])
    yield* s.coders.ensure({ id: "rules", name: "Rules", engine: true })
    yield* s.coders.ensure({ id: "alice", name: "Alice", engine: false })
  })

const withProject = async <A>(
  backend: BackendName,
  f: (s: Store) => Effect.Effect<A, unknown>,
): Promise<A> => {
  const p = await run(Project.create(join(tempDir(), "p"), await configOn(backend)))
  return run(f(p.store).pipe(Effect.ensuring(p.store.close())))
}

const suggestion = fc.record({
  start: fc.nat({ max: 2 ** 31 - 1 }),
  end: fc.nat({ max: 2 ** 31 - 1 }),
  codeId: fc.string({ unit: "grapheme", maxLength: 12 }),
  origin: fc.string({ unit: "grapheme", maxLength: 12 }),
  score: fc.double({ noNaN: true }),
  explanation: fc.record(
    {
      matches: fc.array(
        fc.record({
          term: fc.string({ unit: "grapheme", maxLength: 8 }),
          rule: fc.string({ maxLength: 8 }),
          start: fc.nat(),
          end: fc.nat(),
        }),
        { maxLength: 4 },
      ),
      note: fc.string({ unit: "grapheme" }),
    },
    { requiredKeys: ["matches"] },
  ),
})

describe("Pending", () => {
  it("packs and unpacks any suggestions unchanged (scores, notes, emoji and Malay terms)", () => {
    fc.assert(
      fc.property(fc.array(suggestion, { maxLength: 20 }), (xs) => {
        expect(Pending.unpack(Pending.pack(xs))).toEqual(xs)
      }),
    )
  })

  it("lays the pack out as documented: varints of differences and string indexes, and the score", () => {
    const p = Pending.pack([bribes])
    expect(JSON.parse(p.strings)).toEqual([
      "vd/integrity",
      "rule:vd/integrity@en",
      "bribe",
      "vd/integrity@en",
    ])
    expect(JSON.parse(p.codes)).toEqual({ "vd/integrity": 1 })
    expect(p.count).toBe(1)
    expect([...p.data]).toEqual([
      14, // start 7 (zigzag 2 × 7)
      42, // length 21
      0, // code "vd/integrity"
      1, // origin
      0, // no note
      ...[0, 0, 0, 0, 0, 0, 0, 0x40], // the score, 2.0
      1, // one match
      2, // term "bribe"
      3, // rule
      28, // 21, 14 after the suggestion's start
      12, // length 6
    ])
  })

  it("writes a number of 128 or more in several bytes, and a start before the previous one", () => {
    const far = { ...bribes, start: 300, end: 100_000, explanation: { matches: [] } }
    const p = Pending.pack([far, bribes])
    // start 300 as 600 = 0b100_1011000: low seven bits first, with the high bit set on all but the last byte
    expect([...p.data.slice(0, 2)]).toEqual([0xd8, 0x04])
    expect(Pending.unpack(p)).toEqual([far, bribes])
    expect(Pending.unpack(Pending.pack([]))).toEqual([])
  })

  it("names a suggestion by its source, span and code, and reads those back from the id", () => {
    expect(Pending.codingIdOf("src_9f", 7, 28, "vd/integrity")).toBe("sug:src_9f:7-28:vd/integrity")
    expect(Pending.segmentIdOf("src_9f", 7, 28)).toBe("seg:src_9f:7-28")
    expect(Pending.parseCodingId("sug:iv:1:7-29:free code")).toEqual({
      coderId: "rules",
      sourceId: "iv:1",
      start: 7,
      end: 29,
      codeId: "free code",
    })
    // an engine other than the rules is named in the id
    expect(Pending.codingIdOf("src_9f", 7, 28, "vd/integrity", "model")).toBe(
      "sug.model:src_9f:7-28:vd/integrity",
    )
    expect(Pending.parseCodingId("sug.model:iv:1:7-29:vd/x")).toEqual({
      coderId: "model",
      sourceId: "iv:1",
      start: 7,
      end: 29,
      codeId: "vd/x",
    })
    expect(Pending.parseCodingId("cod_123")).toBeUndefined()
  })
})

eachBackend("Pending suggestions in a store", (backend) => {
  it("keeps each coder's suggestions on a source apart: one coder's run never replaces another's", async () => {
    const out = await withProject(backend, (s) =>
      Effect.gen(function* () {
        yield* seeded(s)
        yield* s.coders.ensure({ id: "model", name: "Model", engine: true })
        yield* s.pending.replace("iv1", "rules", [bribes, shelter], at)
        // the same code on the same span from another engine
        yield* s.pending.replace("iv1", "model", [{ ...bribes, origin: "model:en@2", score: 0.9 }], at)
        const both = (yield* s.pending.list()).map((c) => [c.id, c.coderId, c.score])
        // a new run of the rules replaces the rules' pack only
        yield* s.pending.replace("iv1", "rules", [shelter], at)
        const afterRules = (yield* s.pending.list()).map((c) => c.id)
        const moved = yield* s.pending.materialize({ ids: ["sug.model:iv1:7-28:vd/integrity"] }, at)
        return {
          both,
          afterRules,
          moved,
          row: yield* s.codings.get("sug.model:iv1:7-28:vd/integrity"),
          left: (yield* s.pending.list()).map((c) => c.id),
        }
      }),
    )
    expect(out.both).toEqual([
      ["sug.model:iv1:7-28:vd/integrity", "model", 0.9],
      ["sug:iv1:7-28:vd/integrity", "rules", 2],
      ["sug:iv1:29-55:vd/empathy", "rules", 1.25],
    ])
    expect(out.afterRules).toEqual(["sug.model:iv1:7-28:vd/integrity", "sug:iv1:29-55:vd/empathy"])
    expect(out.moved).toBe(1)
    expect(out.row).toMatchObject({ coderId: "model", status: "suggested", segmentId: "seg:iv1:7-28" })
    expect(out.left).toEqual(["sug:iv1:29-55:vd/empathy"])
  })

  it("stores a source's suggestions in one row and reads them as suggested codings, counted by code", async () => {
    const out = await withProject(backend, (s) =>
      Effect.gen(function* () {
        yield* seeded(s)
        yield* s.transaction((tx) => tx.pending.replace("iv1", "rules", [bribes, shelter], at))
        return {
          list: yield* s.pending.list(),
          empathy: yield* s.pending.count({ codeIds: ["vd/empathy"] }),
          suggested: yield* s.codings.count({ status: ["suggested"] }),
          accepted: yield* s.codings.count({ status: ["accepted"] }),
          counts: yield* s.counts(),
        }
      }),
    )
    expect(out.list).toEqual([
      {
        id: "sug:iv1:7-28:vd/integrity",
        segmentId: "seg:iv1:7-28",
        codeId: "vd/integrity",
        coderId: "rules",
        status: "suggested",
        origin: "rule:vd/integrity@en",
        score: 2,
        explanation: bribes.explanation,
        createdAt: at,
        updatedAt: at,
        sourceId: "iv1",
        start: 7,
        end: 28,
      },
      expect.objectContaining({ id: "sug:iv1:29-55:vd/empathy", explanation: shelter.explanation }),
    ])
    expect(out).toMatchObject({ empathy: 1, suggested: 2, accepted: 0 })
    expect(out.counts).toMatchObject({ codings: 2, suggested: 2, segments: 0 })
  })

  it("lists pending suggestions among the stored codings, in source order, with their text", async () => {
    const rows = await withProject(backend, (s) =>
      Effect.gen(function* () {
        yield* seeded(s)
        yield* s.pending.replace("iv2", "rules", [bribes], at)
        yield* s.pending.replace("iv1", "rules", [shelter, bribes], at)
        // a person's coding on iv1, between the two suggestions
        yield* s.segments.insert([{ id: "seg_a", sourceId: "iv1", start: 7, end: 15, text: "Officers" }])
        yield* s.codings.insert([
          {
            id: "cod_a",
            segmentId: "seg_a",
            codeId: "vd/empathy",
            coderId: "alice",
            status: "accepted",
            origin: "manual",
            createdAt: at,
            updatedAt: at,
          },
        ])
        return {
          all: yield* s.codings.rows(),
          accepted: yield* s.codings.rows({ status: ["accepted"] }),
          ofAlice: yield* s.codings.rows({ coderIds: ["alice"] }),
        }
      }),
    )
    expect(rows.all.map((r) => [r.sourceId, r.start, r.end, r.codingId, r.text])).toEqual([
      ["iv1", 7, 15, "cod_a", "Officers"],
      ["iv1", 7, 28, "sug:iv1:7-28:vd/integrity", "Officers took bribes."],
      ["iv1", 29, 55, "sug:iv1:29-55:vd/empathy", "The shelter had no nurses."],
      ["iv2", 7, 28, "sug:iv2:7-28:vd/integrity", "Officers took bribes."],
    ])
    expect(rows.all[1]).toMatchObject({
      sourceTitle: "Interview iv1",
      sourceKind: "interview",
      participantId: "P 1",
      group: "ngo",
      codeName: "Integrity",
      codeKind: "value",
      coderId: "rules",
      status: "suggested",
      origin: "rule:vd/integrity@en",
      score: 2,
    })
    expect(rows.accepted.map((r) => r.codingId)).toEqual(["cod_a"])
    expect(rows.ofAlice.map((r) => r.codingId)).toEqual(["cod_a"])
  })

  it("materialises suggestions as rows under the same ids, reusing a stored segment of the same span", async () => {
    const out = await withProject(backend, (s) =>
      Effect.gen(function* () {
        yield* seeded(s)
        yield* s.pending.replace("iv1", "rules", [bribes, shelter], at)
        yield* s.segments.insert([
          { id: "seg_a", sourceId: "iv1", start: 29, end: 55, text: "The shelter had no nurses." },
        ])
        const one = yield* s.pending.materialize({ ids: ["sug:iv1:7-28:vd/integrity", "cod_unrelated"] }, at)
        const afterOne = {
          left: yield* s.pending.list(),
          row: yield* s.codings.get("sug:iv1:7-28:vd/integrity"),
        }
        const rest = yield* s.pending.materialize({ codeIds: ["vd/empathy"] }, "2026-03-01T00:00:00Z")
        return {
          one,
          afterOne,
          rest,
          segments: (yield* s.segments.all()).map((x) => [x.id, x.text]),
          codings: (yield* s.codings.list()).map((c) => [c.id, c.segmentId, c.status, c.updatedAt]),
          pendingRows: yield* s.pending.count(),
          rows: (yield* s.codings.rows()).map((r) => r.codingId),
        }
      }),
    )
    expect(out.one).toBe(1)
    expect(out.afterOne.left.map((c) => c.id)).toEqual(["sug:iv1:29-55:vd/empathy"])
    expect(out.afterOne.row).toMatchObject({
      segmentId: "seg:iv1:7-28",
      status: "suggested",
      score: 2,
      explanation: bribes.explanation,
      createdAt: at,
    })
    expect(out.rest).toBe(1)
    expect(out.segments.sort()).toEqual([
      ["seg:iv1:7-28", "Officers took bribes."],
      ["seg_a", "The shelter had no nurses."],
    ])
    // listed by creation time (the run's, kept), then id
    expect(out.codings).toEqual([
      ["sug:iv1:29-55:vd/empathy", "seg_a", "suggested", "2026-03-01T00:00:00Z"],
      ["sug:iv1:7-28:vd/integrity", "seg:iv1:7-28", "suggested", at],
    ])
    expect(out.pendingRows).toBe(0)
    expect(out.rows).toEqual(["sug:iv1:7-28:vd/integrity", "sug:iv1:29-55:vd/empathy"])
  })

  it("gives a materialised suggestion a new segment id when a moved segment holds its own", async () => {
    const segments = await withProject(backend, (s) =>
      Effect.gen(function* () {
        yield* seeded(s)
        // the segment first made for 7–28, since moved to 7–15
        yield* s.segments.insert([
          { id: "seg:iv1:7-28", sourceId: "iv1", start: 7, end: 15, text: "Officers" },
        ])
        yield* s.pending.replace("iv1", "rules", [bribes], at)
        yield* s.pending.materialize({ sourceIds: ["iv1"] }, at)
        return (yield* s.segments.all()).map((x) => [x.start, x.end, x.id.startsWith("seg_")])
      }),
    )
    expect(segments.sort()).toEqual([
      [7, 15, false],
      [7, 28, true],
    ])
  })

  it("removes a source's row when it is replaced by nothing, or when the source goes", async () => {
    const out = await withProject(backend, (s) =>
      Effect.gen(function* () {
        yield* seeded(s)
        yield* s.pending.replace("iv1", "rules", [bribes], at)
        yield* s.pending.replace("iv2", "rules", [bribes], at)
        yield* s.pending.replace("iv1", "rules", [], at)
        const afterEmpty = (yield* s.pending.list()).map((c) => c.sourceId)
        yield* s.sources.remove("iv2")
        return { afterEmpty, afterRemove: yield* s.pending.count() }
      }),
    )
    expect(out).toEqual({ afterEmpty: ["iv2"], afterRemove: 0 })
  })
})
