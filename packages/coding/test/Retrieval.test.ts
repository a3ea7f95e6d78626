import type { CodingRow } from "@valuelens/store"
import { describe, expect, it } from "vitest"
import { citation, retrieve } from "../src/Retrieval.js"

const row = (
  codeId: string,
  sourceId: string,
  start: number,
  end: number,
  over: Partial<CodingRow> = {},
): CodingRow => ({
  codingId: `${codeId}-${sourceId}-${start}`,
  segmentId: `${sourceId}-${start}-${end}`,
  sourceId,
  sourceTitle: `Interview ${sourceId}`,
  sourceKind: "interview",
  documentType: undefined,
  participantId: sourceId === "a" ? "AGC 1" : "NGO 2",
  group: sourceId === "a" ? "government" : "ngo",
  start,
  end,
  text: `${start}-${end}`,
  codeId,
  codeName: codeId,
  codeKind: "value",
  coderId: "ana",
  status: "accepted",
  origin: "manual",
  score: undefined,
  ...over,
})

// source a: "one two three four five six seven eight nine ten" (words at 0, 4, 8, 14, 19, 24, 28, 34, 40, 45)
const text = "one two three four five six seven eight nine ten"
const rows = [
  row("A", "a", 0, 7),
  row("A", "a", 0, 7, { coderId: "bo" }),
  row("B", "a", 4, 13),
  row("A", "a", 34, 48),
  row("C", "a", 40, 44),
  row("D", "a", 19, 23),
  row("A", "b", 0, 5),
]
const context = {
  attributes: (id: string) => (id === "AGC 1" ? { region: "north" } : { region: "south" }),
  text: (id: string) => (id === "a" ? text : "xxxxx"),
}
const spans = (q: Parameters<typeof retrieve>[1]) =>
  retrieve(rows, q, context).map((p) => [p.sourceId, p.start, p.end])

describe("retrieval", () => {
  it("returns each passage coded A once, with every coder who coded it", () => {
    const all = retrieve(rows, { code: "A" }, context)
    expect(all.map((p) => [p.sourceId, p.start, p.coders])).toEqual([
      ["a", 0, ["ana", "bo"]],
      ["a", 34, ["ana"]],
      ["b", 0, ["ana"]],
    ])
    expect(citation(all[0]!)).toBe("(AGC 1)")
  })
  it("AND keeps overlaps, NOT drops them, NEAR counts the words between", () => {
    expect(spans({ code: "A", and: ["B"] })).toEqual([["a", 0, 7]])
    expect(spans({ code: "A", not: ["C"] })).toEqual([
      ["a", 0, 7],
      ["b", 0, 5],
    ])
    // between "one two" and "five": "three four" (2 words); between "five" and "eight nine ten": "six seven" (2)
    expect(spans({ code: "A", near: [{ code: "D", words: 1 }] })).toEqual([])
    expect(spans({ code: "A", near: [{ code: "D", words: 2 }] })).toEqual([
      ["a", 0, 7],
      ["a", 34, 48],
    ])
  })
  it("filters by participant group and attribute", () => {
    expect(spans({ code: "A", groups: ["ngo"] })).toEqual([["b", 0, 5]])
    expect(spans({ code: "A", attributes: [["region", "north"]] })).toEqual([
      ["a", 0, 7],
      ["a", 34, 48],
    ])
  })
})
