import { describe, expect, it } from "vitest"
import { find, frequencies, indexQuery, phrase, stopwords } from "../src/Search.js"

describe("search", () => {
  const text = "P 1: Officers take\nbribes. 😀 Officers TAKE bribes!\nInterviewer: officers taken?"
  it("finds a phrase in any case and spacing, whole words only, in code points", () => {
    const hits = find(text, phrase("officers take"), 1)
    expect(hits.map((h) => [h.start, h.end, h.match, h.before, h.after])).toEqual([
      [5, 18, "Officers take", "1:", ""],
      [29, 42, "Officers TAKE", "😀", "bribes!"],
    ])
  })
  it("finds a regular expression, and gives no context when asked for none", () => {
    expect(find(text, /brib\w+/gu, 0).map((h) => [h.start, h.match, h.before])).toEqual([
      [19, "bribes", ""],
      [43, "bribes", ""],
    ])
  })
  it("asks the index for the phrase's tokens in order", () => {
    expect(indexQuery(`"court" evidence!`)).toBe('"court evidence"')
    expect(indexQuery("--")).toBeUndefined()
  })
  it("counts words without stop words, most frequent first", () => {
    expect(frequencies(["The court, the court and the delay.", "Mangsa dan court"], { stopwords })).toEqual([
      { word: "court", count: 3 },
      { word: "delay", count: 1 },
      { word: "mangsa", count: 1 },
    ])
  })
})
