import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { Manual } from "../src/index.js"
import { agc1, agcInterview, code, failureOf, seed, withStore } from "./helpers.js"

const iv = agcInterview()
const setup = (s: Store) =>
  seed(s, {
    participants: [agc1],
    interviews: [iv],
    codes: [code("vd/trust"), code("vd/justice"), { ...code("free/courts", "free"), parentId: "vd/justice" }],
  })

/** Everything a codebook edit can change, without the update times a replay sets afresh. */
const snapshot = (s: Store) =>
  Effect.gen(function* () {
    const byId = <A extends { id: string }>(xs: ReadonlyArray<A>) =>
      [...xs].sort((a, b) => (a.id < b.id ? -1 : 1))
    return {
      segments: byId(yield* s.segments.all()),
      codings: byId((yield* s.codings.list()).map(({ updatedAt: _u, ...c }) => c)),
      codes: yield* s.codes.list(),
      memos: yield* s.memos.list(),
      guidance: yield* s.guidance.list(),
    }
  })

const turn = iv.turns[1]!

describe("Manual: the codebook", () => {
  it("describes a code with its definition, criteria and examples, and undoes it in one step", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const before = yield* snapshot(s)
        const described = yield* Manual.describeCode(s, "vd/trust", {
          description: "Confidence between agencies and NGOs.",
          inclusion: "NGOs without a say in policy",
          exclusion: "trust in the public",
          examples: ["The role of NGOs has to be defined clearly."],
        })
        const cleared = yield* Manual.describeCode(s, "vd/trust", { exclusion: "" })
        yield* Manual.undo(s)
        const afterOneUndo = yield* Manual.definitionOf(s, "vd/trust")
        yield* Manual.undo(s)
        return { before, described, cleared, afterOneUndo, after: yield* snapshot(s) }
      }),
    )
    expect(out.described).toMatchObject({
      description: "Confidence between agencies and NGOs.",
      inclusion: "NGOs without a say in policy",
      exclusion: "trust in the public",
      examples: ["The role of NGOs has to be defined clearly."],
    })
    expect(out.cleared.exclusion).toBeUndefined()
    expect(out.cleared.inclusion).toBe("NGOs without a say in policy")
    expect(out.afterOneUndo.exclusion).toBe("trust in the public")
    expect(out.after).toEqual(out.before)
  })

  it("moves a code in the tree, refusing to move it under itself or its own sub-code", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const moved = yield* Manual.moveCode(s, "free/courts", "vd/trust")
        const cycle = yield* failureOf(Manual.moveCode(s, "vd/trust", "free/courts"))
        const self = yield* failureOf(Manual.moveCode(s, "vd/trust", "vd/trust"))
        const top = yield* Manual.moveCode(s, "free/courts", undefined)
        yield* Manual.undo(s)
        const undone = yield* s.codes.get("free/courts")
        return { moved, cycle, self, top, undone }
      }),
    )
    expect(out.moved.parentId).toBe("vd/trust")
    expect(out.cycle.message).toBe(
      "cannot move vd/trust under free/courts, which is one of its own sub-codes",
    )
    expect(out.self.message).toBe("cannot move vd/trust under itself")
    expect(out.top.parentId).toBeUndefined()
    expect(out.undone?.parentId).toBe("vd/trust")
  })

  it("previews a merge exactly as it then happens, and drops the merged code's guidance until undo", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const at = (start: number, end: number, codeId: string, coderId: string) =>
          Manual.codeRange(s, { sourceId: "iv1", start, end, codeId, coderId })
        yield* at(turn.start, turn.start + 5, "vd/trust", "alice")
        yield* at(turn.start, turn.start + 5, "vd/justice", "alice")
        yield* at(turn.start + 7, turn.start + 20, "vd/justice", "bob")
        yield* Manual.describeCode(s, "vd/justice", { inclusion: "courts" })
        const before = yield* snapshot(s)
        const preview = yield* Manual.previewMerge(s, "vd/justice", "vd/trust")
        const unchanged = yield* snapshot(s)
        const merged = yield* Manual.mergeCodes(s, "vd/justice", "vd/trust")
        const after = yield* snapshot(s)
        yield* Manual.undo(s)
        return { before, preview, unchanged, merged, after, undone: yield* snapshot(s) }
      }),
    )
    expect(out.unchanged).toEqual(out.before)
    expect(
      out.preview.codings.map((c) => [c.coderId, c.start - turn.start, c.end - turn.start, c.outcome]),
    ).toEqual([
      ["alice", 0, 5, "collapsed"],
      ["bob", 7, 20, "moved"],
    ])
    expect(out.preview.children).toEqual(["free/courts"])
    expect(out.preview.guidance).toBe(true)
    expect(out.merged).toEqual({ moved: 1, collapsed: 1 })
    expect(out.after.guidance).toEqual([])
    expect(out.after.codes.find((c) => c.id === "free/courts")?.parentId).toBe("vd/trust")
    expect(out.undone).toEqual(out.before)
  })

  it("deletes a code with its codings, segments, memos and guidance; children move up; undo restores", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* s.codes.insert([{ ...code("free/slow", "free"), parentId: "free/courts" }])
        const at = (start: number, end: number, codeId: string) =>
          Manual.codeRange(s, { sourceId: "iv1", start, end, codeId, coderId: "alice" })
        yield* at(turn.start, turn.start + 5, "free/courts")
        yield* at(turn.start, turn.start + 5, "vd/trust")
        yield* at(turn.start + 7, turn.start + 20, "free/courts")
        yield* Manual.addMemo(s, {
          target: "code",
          targetId: "free/courts",
          text: "hearings",
          author: "alice",
        })
        yield* Manual.describeCode(s, "free/courts", { examples: ["few specialised courts"] })
        const before = yield* snapshot(s)
        const preview = yield* Manual.previewDelete(s, "free/courts")
        const deleted = yield* Manual.deleteCode(s, "free/courts")
        const after = yield* snapshot(s)
        yield* Manual.undo(s)
        const undone = yield* snapshot(s)
        yield* Manual.redo(s)
        return { before, preview, deleted, after, undone, redone: yield* snapshot(s) }
      }),
    )
    expect(out.preview.codings.map((c) => [c.start - turn.start, c.end - turn.start, c.outcome])).toEqual([
      [0, 5, "removed"],
      [7, 20, "removed"],
    ])
    expect(out.preview).toMatchObject({ children: ["free/slow"], memos: 1, guidance: true })
    expect(out.deleted).toEqual({ codings: 2, children: ["free/slow"] })
    expect(out.after.codes.map((c) => [c.id, c.parentId])).toEqual([
      ["free/slow", "vd/justice"],
      ["vd/justice", undefined],
      ["vd/trust", undefined],
    ])
    // the segment vd/trust still codes stays; the other goes
    expect(out.after.segments.map((x) => [x.start - turn.start, x.end - turn.start])).toEqual([[0, 5]])
    expect(out.after.codings.map((c) => c.codeId)).toEqual(["vd/trust"])
    expect(out.after.memos).toEqual([])
    expect(out.after.guidance).toEqual([])
    expect(out.undone).toEqual(out.before)
    expect(out.redone).toEqual(out.after)
  })
})

describe("Manual.renameParticipant", () => {
  it("moves the participant's sources to the new id, refuses an id in use, and undoes in one step", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* s.participants.insert([{ id: "NGO 1", group: "ngo", attributes: {} }])
        const before = { participants: yield* s.participants.list(), source: yield* s.sources.get("iv1") }
        const renamed = yield* Manual.renameParticipant(s, agc1, "AGC 2")
        const after = {
          participants: (yield* s.participants.list()).map((p) => p.id),
          source: (yield* s.sources.get("iv1"))?.participantId,
        }
        const taken = yield* failureOf(Manual.renameParticipant(s, renamed, "NGO 1"))
        yield* Manual.undo(s)
        return {
          before,
          renamed,
          after,
          taken,
          undone: { participants: yield* s.participants.list(), source: yield* s.sources.get("iv1") },
        }
      }),
    )
    expect(out.renamed).toEqual({ ...agc1, id: "AGC 2" })
    expect(out.after).toEqual({ participants: ["AGC 2", "NGO 1"], source: "AGC 2" })
    expect(out.taken.message).toBe(
      'participant "NGO 1" already exists; a rename cannot merge two participants',
    )
    expect(out.undone).toEqual(out.before)
  })
})
