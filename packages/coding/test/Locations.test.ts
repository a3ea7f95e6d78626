import { BadInput, type Turn } from "@valuelens/core"
import { describe, expect, it } from "vitest"
import { cite, citer, locate, units } from "../src/Locations.js"

const text = "Interviewer: Why?\nAGC 1: Officers take bribes. Nobody checks.\nInterviewer: And then?"
const turns: Turn[] = [
  { sourceId: "a", index: 0, speaker: "Interviewer", start: 0, end: 17, interviewer: true },
  { sourceId: "a", index: 1, speaker: "AGC 1", start: 18, end: 61, interviewer: false },
  { sourceId: "a", index: 2, speaker: "Interviewer", start: 62, end: 84, interviewer: true },
]

describe("locations", () => {
  const all = units(text, turns)
  it("numbers turns from 1, each without its speaker label, and their sentences", () => {
    expect(all.map((u) => [u.number, u.speaker, text.slice(u.start, u.end)])).toEqual([
      [1, "Interviewer", "Why?"],
      [2, "AGC 1", "Officers take bribes. Nobody checks."],
      [3, "Interviewer", "And then?"],
    ])
    expect(all[1]!.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Officers take bribes.",
      "Nobody checks.",
    ])
  })
  it("finds a turn or a sentence, and names what exists when it is not there", () => {
    expect(locate(all, "2", "agc-1")).toEqual({ start: 25, end: 61 })
    expect(locate(all, "2.2", "agc-1")).toEqual({ start: 47, end: 61 })
    const past = locate(all, "4", "agc-1")
    expect(past).toBeInstanceOf(BadInput)
    expect((past as BadInput).message).toBe("agc-1 has turns 1–3, not 4")
    expect((locate(all, "2.3", "agc-1") as BadInput).message).toBe("turn 2 of agc-1 has sentences 1–2, not 3")
    expect(locate(all, "x", "agc-1")).toBeInstanceOf(BadInput)
  })
  it("cites an offset as turn.sentence", () => {
    expect(cite(all, 30)).toBe("2.1")
    expect(cite(all, 50)).toBe("2.2")
    expect(cite(all, 20)).toBeUndefined()
    const place = citer(text, turns)
    expect([place(30), place(50), place(20), place(70), place(78)]).toEqual([
      "2.1",
      "2.2",
      undefined,
      undefined,
      "3.1",
    ])
  })
  it("numbers a document's paragraphs when there are no turns", () => {
    const doc = "First line here.\n\n  Second para. Two.\n"
    expect(units(doc, []).map((u) => [u.number, doc.slice(u.start, u.end), u.sentences.length])).toEqual([
      [1, "First line here.", 1],
      [2, "Second para. Two.", 2],
    ])
  })
})
