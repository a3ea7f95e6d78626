import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Manual } from "../src/index.js"
import { agc1, agcInterview, code, failureOf, seed, withStore } from "./helpers.js"

const p1 = agc1
// 44 code points: "Interviewer: How do agencies work together?\n"; 76 more: "AGC 1: The role … moves.\n" (120)
const iv = agcInterview()
const setup = (s: Store) =>
  seed(s, {
    participants: [p1],
    interviews: [iv],
    codes: [code("vd/trust"), code("vd/justice"), code("free/x", "free")],
  })

/** Everything manual coding can change, without the update times a replay sets afresh. */
const snapshot = (s: Store) =>
  Effect.gen(function* () {
    const segments = (yield* s.segments.all()).map((x) => ({ ...x })).sort((a, b) => (a.id < b.id ? -1 : 1))
    const codings = (yield* s.codings.list())
      .map(({ updatedAt: _u, ...c }) => c)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
    const codes = yield* s.codes.list()
    const memos = yield* s.memos.list()
    return { segments, codings, codes, memos }
  })

describe("Manual.codeRange", () => {
  it("codes a range as an accepted manual coding, and undoes and redoes it", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const before = yield* snapshot(s)
        // "The role of NGOs" starts after "AGC 1: " on the second line
        const start = iv.turns[1]!.start + "AGC 1: ".length
        const coded = yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start,
          end: start + 16,
          codeId: "vd/trust",
          coderId: "alice",
          memo: "role unclear",
        })
        const after = yield* snapshot(s)
        const undone = yield* Manual.undo(s)
        const afterUndo = yield* snapshot(s)
        const redone = yield* Manual.redo(s)
        return {
          coded,
          before,
          after,
          undone,
          afterUndo,
          redone,
          afterRedo: yield* snapshot(s),
          nothing: yield* Manual.redo(s),
        }
      }),
    )
    expect(out.coded.segment.text).toBe("The role of NGOs")
    expect(out.coded.coding).toMatchObject({
      codeId: "vd/trust",
      coderId: "alice",
      status: "accepted",
      origin: "manual",
    })
    expect(out.coded.warnings).toEqual([])
    expect(out.after.memos.map((m) => [m.target, m.targetId, m.text])).toEqual([
      ["segment", out.coded.segment.id, "role unclear"],
    ])
    expect(out.undone).toMatch(/^code iv1 /)
    expect(out.afterUndo).toEqual(out.before)
    expect(out.redone).toBe(out.undone)
    expect(out.afterRedo).toEqual(out.after)
    expect(out.nothing).toBeUndefined()
  })

  it("codes an interviewer turn but says so", async () => {
    const coded = await withStore((s) =>
      Effect.andThen(
        setup(s),
        Manual.codeRange(s, { sourceId: "iv1", start: 0, end: 10, codeId: "vd/trust", coderId: "alice" }),
      ),
    )
    expect(coded.warnings[0]).toContain("interviewer turn 0 (Interviewer)")
  })

  it("codes a turn after its label and the sentence around an offset", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const turn = yield* Manual.codeTurn(s, {
          sourceId: "iv1",
          turn: 1,
          codeId: "vd/trust",
          coderId: "alice",
        })
        const sentence = yield* Manual.codeSentence(s, {
          sourceId: "iv1",
          offset: iv.turns[1]!.end - 3,
          codeId: "vd/justice",
          coderId: "alice",
        })
        return [turn.segment.text, sentence.segment.text]
      }),
    )
    expect(out).toEqual([
      "The role of NGOs has to be defined clearly. Otherwise nothing moves.",
      "Otherwise nothing moves.",
    ])
  })

  it.each([
    [{ codeId: "vd/nope" }, "unknown-code", 'unknown code "vd/nope"'],
    [{ sourceId: "nope" }, "unknown-source", 'unknown source "nope"'],
    [{ start: 5, end: 5 }, "reversed-offsets", "END (5) must be greater than START (5)"],
    [{ start: 9, end: 3 }, "reversed-offsets", "END (3) must be greater than START (9)"],
    [{ start: 0, end: 10_000 }, "offsets-out-of-range", 'outside source "iv1", which has 120 code points'],
    [{ start: -1, end: 4 }, "offsets-out-of-range", "outside source"],
    [{ start: 1.5, end: 4 }, "invalid-offsets", "whole numbers"],
  ])("refuses %o with %s and writes nothing", async (override, reason, message) => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const before = yield* snapshot(s)
        const e = yield* failureOf(
          Manual.codeRange(s, {
            sourceId: "iv1",
            start: 0,
            end: 4,
            codeId: "vd/trust",
            coderId: "alice",
            ...override,
          }),
        )
        return { e, before, after: yield* snapshot(s), ops: yield* s.operations.lastDone() }
      }),
    )
    expect(out.e).toMatchObject({ _tag: "BadInput", reason })
    expect(out.e.message).toContain(message)
    expect(out.after).toEqual(out.before)
    expect(out.ops).toBeUndefined()
  })
})

describe("Manual: uncode, recode, merge, split", () => {
  it("merges two codes: codings move, duplicates collapse, the stronger status wins, undo restores", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const t = iv.turns[1]!
        const a = yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start: t.start,
          end: t.start + 5,
          codeId: "vd/trust",
          coderId: "alice",
        })
        yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start: t.start,
          end: t.start + 5,
          codeId: "vd/justice",
          coderId: "alice",
        })
        yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start: t.start + 7,
          end: t.start + 20,
          codeId: "vd/justice",
          coderId: "bob",
        })
        yield* Manual.addMemo(s, { target: "code", targetId: "vd/justice", text: "courts", author: "alice" })
        const before = yield* snapshot(s)
        const merged = yield* Manual.mergeCodes(s, "vd/justice", "vd/trust")
        const after = yield* snapshot(s)
        yield* Manual.undo(s)
        return { a, before, merged, after, undone: yield* snapshot(s) }
      }),
    )
    expect(out.merged).toEqual({ moved: 1, collapsed: 1 })
    expect(out.after.codes.map((c) => c.id)).toEqual(["free/x", "vd/trust"])
    expect(out.after.codings.map((c) => [c.codeId, c.coderId]).sort()).toEqual([
      ["vd/trust", "alice"],
      ["vd/trust", "bob"],
    ])
    expect(out.after.memos.map((m) => m.targetId)).toEqual(["vd/trust"])
    expect(out.undone).toEqual(out.before)
  })

  it("recodes onto an existing coding by collapsing, splits a code, uncodes", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const t = iv.turns[1]!
        const a = yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start: t.start,
          end: t.end,
          codeId: "vd/trust",
          coderId: "alice",
        })
        const b = yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start: t.start,
          end: t.end,
          codeId: "vd/justice",
          coderId: "alice",
        })
        yield* Manual.recode(s, b.coding.id, "vd/trust")
        const afterRecode = (yield* s.codings.list()).map((c) => c.id)
        const split = yield* Manual.splitCode(s, "vd/trust", { id: "vd/trust-ngo", name: "Trust in NGOs" }, [
          a.coding.id,
        ])
        const afterSplit = (yield* s.codings.list()).map((c) => c.codeId)
        yield* Manual.uncode(s, a.coding.id)
        return { a, afterRecode, split, afterSplit, left: yield* snapshot(s) }
      }),
    )
    expect(out.afterRecode).toEqual([out.a.coding.id])
    expect(out.split).toMatchObject({ id: "vd/trust-ngo", kind: "value" })
    expect(out.afterSplit).toEqual(["vd/trust-ngo"])
    expect(out.left.codings).toEqual([])
    expect(out.left.segments).toEqual([])
  })

  it("creates a code from its name and renames it, each undoable", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const first = yield* Manual.createCode(s, { name: "  Weak oversight " })
        const second = yield* Manual.createCode(s, { name: "Weak Oversight!" })
        const child = yield* Manual.createCode(s, {
          name: "Audits",
          id: "vd/audits",
          kind: "value",
          parentId: "vd/trust",
          description: "Checks by an outside body.",
        })
        const renamed = yield* Manual.renameCode(s, first.id, "Weak supervision")
        const names = (yield* s.codes.list()).map((c) => [c.id, c.name])
        const labels = [yield* Manual.undo(s), yield* Manual.undo(s)]
        const afterUndo = (yield* s.codes.list()).map((c) => c.id)
        const errors = [
          yield* failureOf(Manual.createCode(s, { name: "x", id: "vd/trust" })),
          yield* failureOf(Manual.createCode(s, { name: "x", parentId: "vd/nope" })),
          yield* failureOf(Manual.createCode(s, { name: "   " })),
          yield* failureOf(Manual.renameCode(s, "vd/nope", "x")),
        ]
        return { first, second, child, renamed, names, labels, afterUndo, errors }
      }),
    )
    expect([out.first.id, out.first.name, out.first.kind]).toEqual([
      "free/weak-oversight",
      "Weak oversight",
      "free",
    ])
    expect(out.second.id).toBe("free/weak-oversight-2")
    expect(out.child).toEqual({
      id: "vd/audits",
      name: "Audits",
      kind: "value",
      parentId: "vd/trust",
      description: "Checks by an outside body.",
    })
    expect(out.renamed.name).toBe("Weak supervision")
    expect(out.names).toContainEqual(["free/weak-oversight", "Weak supervision"])
    expect(out.labels).toEqual([
      "rename free/weak-oversight from Weak oversight to Weak supervision",
      "create code vd/audits",
    ])
    expect(out.afterUndo.sort()).toEqual([
      "free/weak-oversight",
      "free/weak-oversight-2",
      "free/x",
      "vd/justice",
      "vd/trust",
    ])
    expect(out.errors.map((e) => (e as { reason: string }).reason)).toEqual([
      "code-exists",
      "unknown-code",
      "invalid-code-name",
      "unknown-code",
    ])
  })

  it("refuses a memo on something that does not exist", async () => {
    const e = await withStore((s) =>
      Effect.andThen(
        setup(s),
        failureOf(Manual.addMemo(s, { target: "code", targetId: "vd/none", text: "x", author: "a" })),
      ),
    )
    expect(e).toMatchObject({ reason: "unknown-code" })
  })
})

describe("undo and redo (property)", () => {
  type Action =
    | { kind: "code"; start: number; length: number; code: number; coder: number }
    | { kind: "uncode"; pick: number }
    | { kind: "recode"; pick: number; code: number }
    | { kind: "merge"; from: number; into: number }
    | { kind: "memo"; text: string }
  const codeIds = ["vd/trust", "vd/justice", "free/x"]
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({
      kind: fc.constant("code" as const),
      start: fc.nat(100),
      length: fc.integer({ min: 1, max: 12 }),
      code: fc.nat(2),
      coder: fc.nat(1),
    }),
    fc.record({ kind: fc.constant("uncode" as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant("recode" as const), pick: fc.nat(), code: fc.nat(2) }),
    fc.record({ kind: fc.constant("merge" as const), from: fc.nat(2), into: fc.nat(2) }),
    fc.record({
      kind: fc.constant("memo" as const),
      text: fc.string({ minLength: 1, maxLength: 8 }).filter((x) => x.trim() !== ""),
    }),
  )

  const perform = (s: Store, a: Action) =>
    Effect.gen(function* () {
      const codings = yield* s.codings.list()
      const codes = (yield* s.codes.list()).map((c) => c.id)
      switch (a.kind) {
        case "code": {
          const id = codeIds[a.code]!
          if (!codes.includes(id)) return false
          yield* Manual.codeRange(s, {
            sourceId: "iv1",
            start: a.start,
            end: a.start + a.length,
            codeId: id,
            coderId: ["alice", "bob"][a.coder]!,
          })
          return true
        }
        case "uncode":
          if (codings.length === 0) return false
          yield* Manual.uncode(s, codings[a.pick % codings.length]!.id)
          return true
        case "recode": {
          const id = codeIds[a.code]!
          if (codings.length === 0 || !codes.includes(id)) return false
          yield* Manual.recode(s, codings[a.pick % codings.length]!.id, id)
          return true
        }
        case "merge": {
          const from = codeIds[a.from]!
          const into = codeIds[a.into]!
          if (from === into || !codes.includes(from) || !codes.includes(into)) return false
          yield* Manual.mergeCodes(s, from, into)
          return true
        }
        case "memo":
          yield* Manual.addMemo(s, { target: "source", targetId: "iv1", text: a.text, author: "alice" })
          return true
      }
    })

  it("undoing every action restores the start, and redoing them restores the end", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        await withStore((s) =>
          Effect.gen(function* () {
            yield* setup(s)
            const start = yield* snapshot(s)
            let done = 0
            for (const a of actions) if (yield* perform(s, a)) done++
            const end = yield* snapshot(s)
            for (let k = 0; k < done; k++) expect(yield* Manual.undo(s)).toBeDefined()
            expect(yield* Manual.undo(s)).toBeUndefined()
            expect(yield* snapshot(s)).toEqual(start)
            for (let k = 0; k < done; k++) expect(yield* Manual.redo(s)).toBeDefined()
            expect(yield* snapshot(s)).toEqual(end)
          }),
        )
      }),
      { numRuns: 25 },
    )
  })
})
