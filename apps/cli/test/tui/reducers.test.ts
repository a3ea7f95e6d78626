import { describe, expect, it } from "vitest"
import * as Analyses from "../../src/tui/state/analyses.js"
import { update } from "../../src/tui/state/app.js"
import * as Countries from "../../src/tui/state/countries.js"
import { codeTree, index, withStatus } from "../../src/tui/state/data.js"
import { fromInk, type InkKey, keysOf } from "../../src/tui/state/keys.js"
import { moveTo, navigate, visible } from "../../src/tui/state/list.js"
import { chars, rangeAt, wordStep, wrap } from "../../src/tui/state/text.js"
import { initial, type State, screenOf } from "../../src/tui/state/types.js"
import { comparison, indexed, keys, loaded, snapshot, triangulation } from "./snapshot.js"

const noKey: InkKey = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
}

describe("keys", () => {
  it("names the keys reducers see", () => {
    expect(fromInk("a", noKey)).toBe("a")
    expect(fromInk("", { ...noKey, downArrow: true })).toBe("down")
    expect(fromInk("", { ...noKey, return: true })).toBe("enter")
    expect(fromInk("", { ...noKey, escape: true })).toBe("esc")
    expect(fromInk("", { ...noKey, tab: true, shift: true })).toBe("shift+tab")
    expect(fromInk("r", { ...noKey, ctrl: true })).toBe("ctrl+r")
    expect(fromInk(" ", noKey)).toBe("space")
    expect(fromInk("", { ...noKey, delete: true })).toBe("backspace")
  })
  it("splits a burst into its keys, in order", () => {
    expect(keysOf("integrity", noKey)).toEqual(["i", "n", "t", "e", "g", "r", "i", "t", "y"])
    expect(keysOf("tt T\r\t\u0012\u007f", noKey)).toEqual([
      "t",
      "t",
      "space",
      "T",
      "enter",
      "tab",
      "ctrl+r",
      "backspace",
    ])
    expect(keysOf("😀a", noKey)).toEqual(["😀", "a"])
    expect(keysOf("", { ...noKey, return: true })).toEqual(["enter"])
    expect(keysOf("q", noKey)).toEqual(["q"])
  })
})

describe("list window", () => {
  it("scrolls the least needed to keep the cursor visible", () => {
    expect(moveTo({ cursor: 0, top: 0 }, 12, 100, 10)).toEqual({ cursor: 12, top: 3 })
    expect(moveTo({ cursor: 12, top: 3 }, 2, 100, 10)).toEqual({ cursor: 2, top: 2 })
    expect(moveTo({ cursor: 0, top: 0 }, 500, 100, 10)).toEqual({ cursor: 99, top: 90 })
    expect(navigate({ cursor: 5, top: 0 }, "pagedown", 100, 10)).toEqual({ cursor: 15, top: 6 })
    expect(navigate({ cursor: 5, top: 0 }, "x", 100, 10)).toBeUndefined()
    expect(visible([1, 2, 3, 4, 5], { cursor: 3, top: 2 }, 2)).toEqual([3, 4])
  })
})

describe("text in code points", () => {
  const cs = chars("Officers take bribes. No budget at all.\nWhy? 😀 Yes.")
  it("steps by words and finds ranges", () => {
    expect(wordStep(cs, 0, 1)).toBe(8)
    expect(wordStep(cs, 21, 1)).toBe(24)
    expect(wordStep(cs, 24, -1)).toBe(22)
    const ranges = [
      { start: 0, end: 21 },
      { start: 22, end: 39 },
      { start: 40, end: 51 },
    ]
    expect(rangeAt(ranges, 30)).toBe(1)
    expect(rangeAt(ranges, 1000)).toBe(2)
  })
  it("wraps at spaces and line breaks", () => {
    expect(wrap(chars("aaa bbb ccc\ndd"), 7)).toEqual([
      { start: 0, end: 7 },
      { start: 8, end: 11 },
      { start: 12, end: 14 },
    ])
    expect(wrap(chars("abcdefghij"), 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ])
  })
})

describe("derived tables", () => {
  it("orders the code tree with children under their parent", () => {
    expect(codeTree(snapshot().codes).map((x) => `${x.depth}:${x.code.id}`)).toEqual([
      "0:v/acc",
      "0:v/int",
      "0:f/res",
      "1:f/tra",
    ])
  })
  // the accepted codings of the snapshot: k1 Accountability on Interview A 0–21 (P1, government), k2 Resources
  // on Interview A 5–30 (P1), k3 Accountability on Interview B 0–10 (P2, ngo); the model expects Resources →
  // Accountability
  it("counts segments per code and participant group with the engine's matrix", () => {
    expect(Analyses.matrix(indexed())).toEqual({
      by: "group",
      measure: "segments",
      rows: ["f/res", "v/acc"],
      columns: ["government", "ngo"],
      cells: [
        [1, 0],
        [1, 1],
      ],
    })
  })
  it("counts co-occurrence and factor → value links on overlapping spans, with c", () => {
    // k1 and k2 overlap (5–21): n12 = 1, n(Resources) = 1, n(Accountability) = 2, c = 1 / (1 + 2 − 1) = 0.5
    expect(Analyses.cooccurrence(indexed())).toEqual([
      { a: "f/res", b: "v/acc", count: 1, n1: 1, n2: 2, c: 0.5 },
    ])
    expect(Analyses.links(indexed())).toEqual([
      {
        factor: "f/res",
        value: "v/acc",
        count: 1,
        c: 0.5,
        participants: ["P1"],
        sources: 1,
        expected: true,
      },
    ])
  })
  it("follows the interviews in import order for saturation", () => {
    const s = Analyses.saturation(indexed())
    expect(s.steps.map((x) => [x.interview, x.newCodes, x.cumulative])).toEqual([
      ["a", ["f/res", "v/acc"], 2],
      ["b", [], 2],
    ])
    expect(s.verdict).toBe("not assessable: 2 interviews, fewer than a base of 4 and a run of 2")
  })
  it("reads TIP tiers as the chart's rows and gathers the evidence behind a verdict", () => {
    expect(["Tier 1", "Tier 2 Watch List", "2WL", "3", "Not ranked"].map(Countries.normaliseTier)).toEqual([
      "1",
      "2W",
      "2W",
      "3",
      "Not ranked",
    ])
    const accountability = triangulation().themes[1]!
    const titles = new Map([
      ["a", "Interview A"],
      ["b", "Interview B"],
    ])
    expect(Countries.evidenceOf(accountability, "interview-document", titles)).toEqual([
      { text: "Interview A: “Officers take bribes.”", sourceId: "a", start: 0 },
      { text: "Interview B: “Officers take bribes.”", sourceId: "b", start: 0 },
      { text: "Action plan: “No auditor.”", sourceId: "d", start: 0 },
    ])
    expect(Countries.evidenceOf(accountability, "document-statistics", titles)).toEqual([
      { text: "Action plan: “No auditor.”", sourceId: "d", start: 0 },
    ])
  })
  it("changes statuses and recounts, as a full re-index would", () => {
    const p = withStatus(indexed(), ["s1", "s2", "k1"], "rejected")
    expect([p.accepted, p.suggested, p.rejected]).toEqual([2, 1, 3])
    expect(p.counts.get("v/int")).toEqual({ accepted: 0, suggested: 1, rejected: 1 })
    expect(p.bySource.get("a")?.map((c) => c.status)).toEqual([
      "rejected",
      "rejected",
      "rejected",
      "accepted",
    ])
    const full = index({ ...snapshot(), codings: p.codings })
    expect([...p.counts.entries()].sort()).toEqual([...full.counts.entries()].sort())
    expect(withStatus(p, ["s1"], "rejected")).toBe(p)
  })
})

const review = (): State => keys(loaded(), "r").state

describe("update: loading and messages", () => {
  it("starts busy on the dashboard and indexes the snapshot when it loads", () => {
    const s0 = initial(80, 24)
    expect([screenOf(s0), s0.busy, s0.data]).toEqual(["dashboard", true, undefined])
    const s = loaded()
    expect([s.busy, s.data?.suggested, s.data?.accepted]).toEqual([false, 3, 3])
  })
  it("reloads after a write that asks for it, and after a failure", () => {
    expect(update(loaded(), { type: "done", message: "code Integrity", reload: true })[1]).toEqual([
      { kind: "load" },
    ])
    expect(update(loaded(), { type: "done", message: "accept", reload: false })[1]).toEqual([])
    const [s, t] = update(loaded(), { type: "failed", message: "disk full" })
    expect([s.message, t]).toEqual(["failed: disk full", [{ kind: "load" }]])
  })
  it("resizes", () => {
    const [s] = update(loaded(), { type: "resize", width: 120, height: 40 })
    expect([s.width, s.height]).toEqual([120, 40])
  })
})

describe("update: global keys", () => {
  it("toggles help, goes back, quits on q from the dashboard only", () => {
    expect(keys(loaded(), "?").state.help).toBe(true)
    expect(keys(loaded(), "?", "x").state.help).toBe(false)
    expect(keys(loaded(), "s", "q").state.stack).toEqual(["dashboard"])
    expect(keys(loaded(), "s", "esc").state.stack).toEqual(["dashboard"])
    expect(keys(loaded(), "esc").state.quit).toBe(false)
    expect(keys(loaded(), "q").state.quit).toBe(true)
  })
  it("asks for undo and redo", () => {
    expect(keys(loaded(), "u").tasks).toEqual([{ kind: "undo" }])
    expect(keys(loaded(), "U").tasks).toEqual([{ kind: "redo" }])
    expect(keys(loaded(), "ctrl+r").tasks).toEqual([{ kind: "redo" }])
  })
  it("opens every screen from the dashboard, by letter or by menu", () => {
    const by = (k: string) => screenOf(keys(loaded(), k).state)
    expect(["s", "c", "r", "a", "t", "k", "e"].map(by)).toEqual([
      "sources",
      "codes",
      "review",
      "analyses",
      "triangulation",
      "countries",
      "export",
    ])
    expect(screenOf(keys(loaded(), "down", "down", "enter").state)).toBe("review")
  })
})

describe("update: review queue", () => {
  it("opens on the open suggestions in source order", () => {
    expect(review().review).toEqual({
      ids: ["s1", "s2", "s3"],
      at: 0,
      edit: undefined,
      context: undefined,
      contextFor: "a",
    })
    // the first suggestion's source is asked for, to show the passage among the turns around it
    expect(keys(loaded(), "r").tasks).toEqual([
      { kind: "source", sourceId: "a", focus: 0, purpose: "context" },
    ])
  })
  it("accepts and rejects, moving to the next open suggestion", () => {
    const { state, tasks } = keys(review(), "a", "r")
    expect(tasks).toEqual([
      { kind: "decide", ids: ["s1"], status: "accepted" },
      { kind: "decide", ids: ["s2"], status: "rejected" },
      // s3 is in another source, whose text is asked for once
      { kind: "source", sourceId: "b", focus: 0, purpose: "context" },
    ])
    expect(state.review.at).toBe(2)
    expect(state.data?.codingById.get("s1")?.status).toBe("accepted")
    expect(state.data?.codingById.get("s2")?.status).toBe("rejected")
    expect(state.message).toBe("rejected: Resources in Interview A")
    const last = keys(state, "a").state
    expect([last.review.at, last.data?.suggested]).toEqual([2, 0])
  })
  it("moves with n and p, clamped at the ends", () => {
    expect(keys(review(), "n", "n", "n").state.review.at).toBe(2)
    expect(keys(review(), "n", "p", "p").state.review.at).toBe(0)
    expect(keys(review(), "end").state.review.at).toBe(2)
  })
  it("keeps decided suggestions in the queue across a reload", () => {
    const s = keys(review(), "a").state
    const [after] = update(s, { type: "loaded", snapshot: { ...snapshot(), codings: s.data!.codings } })
    expect([after.review.ids, after.review.at]).toEqual([["s1", "s2", "s3"], 1])
  })
  it("bulk accepts a code's suggestions at or above a typed score", () => {
    const opened = keys(review(), "b").state
    expect(opened.prompt).toMatchObject({
      kind: "text",
      value: "0.9",
      purpose: { for: "bulk-score", codeId: "v/int" },
    })
    const { state, tasks } = keys(opened, "backspace", "8", "enter")
    expect(tasks).toEqual([{ kind: "decide", ids: ["s1", "s3"], status: "accepted" }])
    expect(state.message).toBe("accepted 2 suggestions of Integrity (score ≥ 0.8)")
    expect(keys(opened, "backspace", "backspace", "backspace", "x", "enter").state.message).toBe(
      '"x" is not a score; type a number such as 0.8',
    )
  })
  it("edits a suggestion's range by words and its code, then saves it accepted", () => {
    const { state: asked, tasks } = keys(review(), "e")
    expect(tasks).toEqual([{ kind: "source", sourceId: "a", focus: 0, purpose: "edit" }])
    const [editing] = update(asked, {
      type: "source-loaded",
      source: { sourceId: "a", text: "Officers take bribes. No budget at all.", turns: [] },
      focus: 0,
      purpose: "edit",
    })
    expect(editing.review.edit).toMatchObject({ codingId: "s1", start: 0, end: 21, codeId: "v/int" })
    const moved = keys(editing, "]", "}", "}", "{").state.review.edit
    expect([moved?.start, moved?.end]).toEqual([9, 24])
    const recoded = keys(editing, "c", "a", "c", "c", "enter").state
    expect(recoded.review.edit?.codeId).toBe("v/acc")
    const saved = keys(recoded, "]", "enter")
    expect(saved.tasks).toEqual([{ kind: "edit", codingId: "s1", start: 9, end: 21, codeId: "v/acc" }])
    expect([saved.state.review.edit, saved.state.review.at]).toEqual([undefined, 1])
    expect(keys(editing, "esc").state.review.edit).toBeUndefined()
    expect(keys(editing, "esc").state.stack).toEqual(["dashboard", "review"])
  })
  it("refuses to shrink a range to nothing", () => {
    const [editing] = update(keys(review(), "e").state, {
      type: "source-loaded",
      source: { sourceId: "a", text: "Officers take bribes. No budget at all.", turns: [] },
      focus: 0,
      purpose: "edit",
    })
    const s = keys(editing, "{", "{", "{", "{").state
    expect(s.message).toBe("a segment needs at least one character")
    expect(s.review.edit?.end).toBe(8)
  })
})

const text = "AGC 1: Officers take bribes. No budget at all.\nInterviewer: Why?\nAGC 1: Because."
const turns = [
  { sourceId: "a", index: 0, speaker: "AGC 1", start: 0, end: 46, interviewer: false },
  { sourceId: "a", index: 1, speaker: "Interviewer", start: 47, end: 64, interviewer: true },
  { sourceId: "a", index: 2, speaker: "AGC 1", start: 65, end: 80, interviewer: false },
]
const reader = (focus = 0): State => {
  const { state } = keys(loaded(), "s", "enter")
  return update(state, {
    type: "source-loaded",
    source: { sourceId: "a", text, turns },
    focus,
    purpose: "read",
  })[0]
}

describe("update: sources", () => {
  it("filters by kind, group and coded", () => {
    const s = keys(loaded(), "s").state
    expect(s.sources.filter).toEqual({ kind: "all", group: "all", coded: "all" })
    expect(keys(s, "f").state.sources.filter.kind).toBe("interview")
    expect(keys(s, "f", "f").state.sources.filter.kind).toBe("document")
    expect(keys(s, "g").state.sources.filter.group).toBe("government")
    expect(keys(s, "c", "c").state.sources.filter.coded).toBe("uncoded")
  })
  it("opens the reader and asks for the text", () => {
    const { state, tasks } = keys(loaded(), "s", "down", "enter")
    expect(screenOf(state)).toBe("reader")
    expect(tasks).toEqual([{ kind: "source", sourceId: "b", focus: 0, purpose: "read" }])
  })
  it("splits sentences as the CLI does: within a turn, not at Dr. or Insp.", () => {
    // code points: the interviewer's turn 0–22, AGC 1's turn 23–92 (the emoji is one code point), then 94–111
    const said =
      "Interviewer: Who paid?\nAGC 1: Dr. Tan met Insp. Ali at the post. Then 😀 money changed hands.\n\nInterviewer: And?"
    const { state } = keys(loaded(), "s", "enter")
    const [r] = update(state, {
      type: "source-loaded",
      source: {
        sourceId: "a",
        text: said,
        turns: [
          { sourceId: "a", index: 0, speaker: "Interviewer", start: 0, end: 22, interviewer: true },
          { sourceId: "a", index: 1, speaker: "AGC 1", start: 23, end: 92, interviewer: false },
          { sourceId: "a", index: 2, speaker: "Interviewer", start: 94, end: 111, interviewer: true },
        ],
      },
      focus: 0,
      purpose: "read",
    })
    expect(r.reader?.sentences).toEqual([
      { start: 0, end: 22 },
      { start: 23, end: 64 },
      { start: 65, end: 92 },
      { start: 94, end: 111 },
    ])
  })
  it("moves by sentence and by turn", () => {
    const r = reader()
    expect([r.reader?.unit, r.reader?.at]).toEqual(["sentence", 0])
    expect(r.reader?.sentences.slice(0, 2)).toEqual([
      { start: 0, end: 28 },
      { start: 29, end: 46 },
    ])
    expect(keys(r, "s").state.reader?.at).toBe(1)
    expect(keys(r, "t").state.reader).toMatchObject({ unit: "turn", at: 1 })
    expect(keys(r, "t", "t", "S").state.reader).toMatchObject({ unit: "sentence", at: 2 })
  })
  it("selects a span and codes it from the picker", () => {
    const { state, tasks } = keys(reader(), "v", "s", "c", "t", "r", "a", "enter")
    expect(tasks).toEqual([{ kind: "code", sourceId: "a", start: 0, end: 46, codeId: "f/tra" }])
    expect(state.reader?.anchor).toBeUndefined()
  })
  it("trims and extends the selection by a word", () => {
    expect(keys(reader(), "left", "left").state.reader?.end).toBe(15)
    expect(keys(reader(), "left", "left", "right").state.reader?.end).toBe(20)
    const s = keys(reader(), "left").state
    expect(s.reader?.end).toBe(20)
    const c = keys(s, "c", "enter").tasks
    expect(c).toEqual([{ kind: "code", sourceId: "a", start: 0, end: 20, codeId: "v/acc" }])
  })
  it("uncodes: directly when one coding is here, from a picker when several", () => {
    const one = update(keys(loaded(), "s", "down", "enter").state, {
      type: "source-loaded",
      source: { sourceId: "b", text: "Officers take bribes.", turns: [] },
      focus: 0,
      purpose: "read",
    })[0]
    expect(keys(one, "x").tasks).toEqual([{ kind: "uncode", codingId: "k3" }])
    const several = keys(reader(), "x")
    expect(several.state.prompt).toMatchObject({ kind: "picker", items: [{ id: "k1" }, { id: "k2" }] })
    expect(keys(several.state, "down", "enter").tasks).toEqual([{ kind: "uncode", codingId: "k2" }])
    expect(keys(reader(), "t", "t", "x").state.message).toBe("nothing coded here to uncode")
  })
  it("adds a memo, and Esc cancels a prompt", () => {
    expect(keys(reader(), "m", "h", "i", "space", "!", "enter").tasks).toEqual([
      { kind: "memo", target: "source", targetId: "a", text: "hi !" },
    ])
    const s = keys(reader(), "m", "h", "esc").state
    expect([s.prompt, s.message]).toEqual([undefined, "cancelled"])
  })
  it("rewraps on resize", () => {
    const [s] = update(reader(), { type: "resize", width: 40, height: 24 })
    expect(s.reader?.lines[0]).toEqual({ start: 0, end: 20 })
  })
})

describe("update: codes", () => {
  const codes = () => keys(loaded(), "c").state
  it("creates, renames and merges", () => {
    expect(keys(codes(), "n", "W", "e", "a", "k", "enter").tasks).toEqual([
      { kind: "create-code", name: "Weak" },
    ])
    expect(keys(codes(), "r", "backspace", "backspace", "enter").tasks).toEqual([
      { kind: "rename-code", codeId: "v/acc", name: "Accountabili" },
    ])
    const merge = keys(codes(), "down", "m")
    expect(merge.state.prompt?.kind === "picker" && merge.state.prompt.items.map((i) => i.id)).toEqual([
      "v/acc",
      "f/res",
      "f/tra",
    ])
    const asked = keys(merge.state, "enter")
    expect(asked.tasks).toEqual([])
    expect(asked.state.prompt?.label).toBe(
      "Merge Integrity into Accountability: 2 codings move, 0 collapse. Type y and Enter to go ahead",
    )
    expect(keys(asked.state, "y", "enter").tasks).toEqual([
      { kind: "merge-codes", fromId: "v/int", intoId: "v/acc" },
    ])
    expect(keys(asked.state, "n", "enter")).toMatchObject({ tasks: [], state: { message: "cancelled" } })
  })
  it("describes a code: definition, criteria and examples, each prefilled with what it has", () => {
    const d = keys(codes(), "down", "d")
    expect(d.state.prompt).toMatchObject({ label: "Definition of Integrity", value: "Acting honestly." })
    expect(keys(d.state, "space", "O", "K", "enter").tasks).toEqual([
      { kind: "describe-code", codeId: "v/int", part: "description", text: "Acting honestly. OK" },
    ])
    expect(keys(codes(), "i", "b", "enter").tasks).toEqual([
      { kind: "describe-code", codeId: "v/acc", part: "inclusion", text: "b" },
    ])
    expect(keys(codes(), "x", "enter").tasks).toEqual([
      { kind: "describe-code", codeId: "v/acc", part: "exclusion", text: "" },
    ])
    expect(keys(codes(), "e", "enter").tasks).toEqual([])
    expect(keys(codes(), "e", "a", "enter").tasks).toEqual([
      { kind: "describe-code", codeId: "v/acc", part: "example", text: "a" },
    ])
  })
  it("moves a code under another or to the top, and asks before deleting one", () => {
    const move = keys(codes(), "down", "down", "down", "p")
    expect(move.state.prompt?.kind === "picker" && move.state.prompt.items.map((i) => i.id)).toEqual([
      "\u0000top",
      "v/acc",
      "v/int",
      "f/res",
    ])
    expect(keys(move.state, "enter").tasks).toEqual([
      { kind: "move-code", codeId: "f/tra", parentId: undefined },
    ])
    expect(keys(move.state, "down", "down", "enter").tasks).toEqual([
      { kind: "move-code", codeId: "f/tra", parentId: "v/int" },
    ])
    const del = keys(codes(), "down", "down", "D")
    expect(del.state.prompt?.label).toBe(
      "Delete Resources and its 2 codings; 1 sub-code move up? Type y and Enter to go ahead",
    )
    expect(keys(del.state, "y", "e", "s", "enter").tasks).toEqual([{ kind: "delete-code", codeId: "f/res" }])
  })
  it("splits the marked segments of a code into a new one", () => {
    const s = keys(codes(), "down", "enter", "space", "down", "space", "up", "space", "down", "s")
    expect(s.state.prompt?.label).toBe("Split 1 coding of Integrity into a new code named")
    const split = keys(s.state, "B", "enter")
    // s1 marked, s3 marked, s1 unmarked: s3 alone is split off
    expect(split.tasks).toEqual([{ kind: "split-code", codeId: "v/int", name: "B", codingIds: ["s3"] }])
    expect(split.state.codes.marked).toEqual([])
  })
  it("lists a code's segments and opens one in the reader", () => {
    const s = keys(codes(), "down", "down", "enter").state
    expect([screenOf(s), s.codes.codeId]).toEqual(["code-segments", "f/res"])
    const { state, tasks } = keys(s, "down", "enter")
    expect(screenOf(state)).toBe("reader")
    expect(tasks).toEqual([{ kind: "source", sourceId: "a", focus: 5, purpose: "read" }])
  })
})

describe("update: analyses, comparison, triangulation, export", () => {
  it("cycles the analysis tables", () => {
    const s = keys(loaded(), "a").state
    expect(keys(s, "tab").state.analyses.tab).toBe("cooccurrence")
    expect(keys(s, "shift+tab").state.analyses.tab).toBe("agreement")
    expect(keys(s, "down").state.analyses.list.cursor).toBe(1)
  })
  it("asks for the comparison on opening and scrolls countries", () => {
    const opened = keys(loaded(), "k")
    expect(opened.tasks).toEqual([{ kind: "compare" }])
    const [s] = update(opened.state, {
      type: "compared",
      result: comparison([
        { country: "MYS", year: 2021, tier: "Tier 3" },
        { country: "PHL", year: 2021, tier: "Tier 1" },
      ]),
    })
    expect(keys(s, "down").state.countries.list.cursor).toBe(1)
  })
  it("asks for triangulation on opening, moves over cells and opens the evidence of one", () => {
    const opened = keys(loaded(), "t")
    expect(opened.tasks).toEqual([{ kind: "triangulate" }])
    expect(keys(opened.state, "enter").tasks).toEqual([])
    const [s] = update(opened.state, { type: "triangulated", result: triangulation() })
    // Integrity has no evidence; Accountability's interview quotation comes first
    expect(keys(s, "enter").state.message).toBe("no coded passage behind this cell")
    expect(keys(s, "down", "enter").tasks).toEqual([
      { kind: "source", sourceId: "a", focus: 0, purpose: "read" },
    ])
    const moved = keys(s, "down", "right", "right")
    expect([moved.state.triangulation.list.cursor, moved.state.triangulation.pair]).toEqual([1, 2])
    expect(keys(moved.state, "enter").tasks).toEqual([
      { kind: "source", sourceId: "d", focus: 0, purpose: "read" },
    ])
    expect(keys(s, "left").state.triangulation.pair).toBe(2)
  })
  it("runs an export in the chosen format with progress", () => {
    expect(keys(loaded(), "e", "right", "right", "enter").tasks).toEqual([{ kind: "export", format: "docx" }])
    expect(keys(loaded(), "e", "left", "enter").tasks).toEqual([{ kind: "export", format: "docx" }])
    const { state, tasks } = keys(loaded(), "e", "enter")
    expect(tasks).toEqual([{ kind: "export", format: "md" }])
    expect(keys(state, "enter").tasks).toEqual([])
    const [p] = update(state, { type: "progress", done: 2, total: 5, step: "findings" })
    expect(p.export).toEqual({
      format: "md",
      state: "running",
      done: 2,
      total: 5,
      step: "findings",
      path: undefined,
    })
    const [d] = update(p, { type: "exported", path: "/p/reports/report.md" })
    expect([d.export.state, d.export.done, d.message]).toEqual([
      "done",
      5,
      "report written to /p/reports/report.md",
    ])
  })
})
