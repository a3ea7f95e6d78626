import { describe, expect, it } from "vitest"
import { forSources, resolve, slug } from "../src/Handles.js"

describe("handles", () => {
  it("slugs names to lower case ASCII words", () => {
    expect(slug("Interview AGC 1")).toBe("interview-agc-1")
    expect(slug("  Pegawai Imigresen – Johor Bahru  ")).toBe("pegawai-imigresen-johor-bahru")
    expect(slug("Élan vital")).toBe("elan-vital")
  })
  it("names sources by file name, then title, and numbers repeats in import order", () => {
    const handles = forSources([
      { id: "s3", title: "Notes", position: 2 },
      { id: "s1", title: "x", fileName: "transcripts/05-AGC 1.md", position: 0 },
      { id: "s2", title: "y", fileName: "other/05-agc-1.txt", position: 1 },
      { id: "s4", title: "Notes", position: 3 },
    ])
    expect([...handles.entries()]).toEqual([
      ["s1", "05-agc-1"],
      ["s2", "05-agc-1-2"],
      ["s3", "notes"],
      ["s4", "notes-2"],
    ])
  })
  it("resolves an id, a handle, a beginning, or a word inside a handle, and says when it is unclear", () => {
    const entries = [
      { id: "src_91ab", handle: "05-agc-1" },
      { id: "src_92cd", handle: "10-agc-2" },
      { id: "src_77ef", handle: "press-report" },
    ]
    expect(resolve("src_92cd", entries)).toEqual({ _tag: "Found", id: "src_92cd" })
    expect(resolve("Press Report", entries)).toEqual({ _tag: "Found", id: "src_77ef" })
    expect(resolve("src_7", entries)).toEqual({ _tag: "Found", id: "src_77ef" })
    expect(resolve("10", entries)).toEqual({ _tag: "Found", id: "src_92cd" })
    expect(resolve("AGC 1", entries)).toEqual({ _tag: "Found", id: "src_91ab" })
    expect(resolve("agc", entries)).toEqual({ _tag: "Ambiguous", candidates: entries.slice(0, 2) })
    expect(resolve("src_9", entries)._tag).toBe("Ambiguous")
    expect(resolve("report-x", entries)).toEqual({ _tag: "Missing" })
    expect(resolve("--", entries)).toEqual({ _tag: "Missing" })
  })
})
