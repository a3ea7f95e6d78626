import { Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Text } from "../src/index.js"

const enc = (s: string) => new TextEncoder().encode(s)
const decodeExit = (b: Uint8Array) => Effect.runSyncExit(Text.decode(b, "x.md"))
const failure = (b: Uint8Array) => {
  const exit = decodeExit(b)
  if (!Exit.isFailure(exit)) throw new Error("expected failure")
  return JSON.parse(JSON.stringify(exit.cause))
}

// Characters that stress offsets: astral emoji, emoji with skin-tone modifier and ZWJ, combining marks, CRLF.
const tricky = fc.constantFrom(
  "a",
  "é",
  "e\u0301",
  "😔",
  "👩🏽‍⚕️",
  "𝔘",
  "\r\n",
  "\r",
  "\n",
  " ",
  "Malaysia",
  "mangsa",
  "ß",
)
const trickyText = fc.array(tricky, { maxLength: 40 }).map((xs) => xs.join(""))

describe("Text.normalise", () => {
  it("drops the BOM, folds CRLF and CR to LF, composes to NFC", () => {
    expect(Text.normalise("\ufeffa\r\nb\rc e\u0301")).toBe("a\nb\nc é")
  })
})

describe("Text.decode", () => {
  it("decodes a BOM + CRLF transcript with emoji", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc("JIM 3: nothing 😔\r\n")])
    expect(Effect.runSync(Text.decode(bytes, "x.md"))).toBe("JIM 3: nothing 😔\n")
  })
  it("names the byte offset and line of invalid UTF-8", () => {
    const bytes = enc("line one\nline two caf\u0000")
    bytes[bytes.length - 1] = 0xe9 // Latin-1 é
    const e = JSON.stringify(Effect.runSyncExit(Text.decode(bytes, "x.md")))
    expect(e).toContain("invalid UTF-8 at byte 21 (line 2)")
  })
  it("refuses empty and binary files", () => {
    expect(JSON.stringify(failure(new Uint8Array()))).toContain("x.md: the file is empty")
    const blob = new Uint8Array(1024).map((_, i) => i % 256)
    expect(JSON.stringify(failure(blob))).toContain("binary file")
  })
  it("finds the first invalid byte exactly, whatever precedes it", () => {
    fc.assert(
      fc.property(trickyText, fc.constantFrom(0xff, 0xc0, 0x80, 0xed), (s, bad) => {
        const good = enc(s)
        const bytes = new Uint8Array([...good, bad, 0x41])
        expect(Text.firstInvalidUtf8Byte(bytes)).toBe(good.length)
        expect(Text.firstInvalidUtf8Byte(good)).toBe(-1)
      }),
    )
  })
})

describe("Text.OffsetMap", () => {
  it("round-trips code point offsets over astral characters, modifiers, combining marks and CRLF", () => {
    fc.assert(
      fc.property(trickyText, (raw) => {
        const text = Text.normalise(raw)
        const map = new Text.OffsetMap(text)
        const points = Array.from(text)
        expect(map.length).toBe(points.length)
        expect(Text.codePointLength(text)).toBe(points.length)
        for (let cp = 0; cp <= points.length; cp++) {
          const u = map.toUtf16(cp)
          expect(u).toBe(points.slice(0, cp).join("").length)
          expect(map.toCodePoint(u)).toBe(cp)
        }
      }),
    )
  })
  it("slices by code points", () => {
    fc.assert(
      fc.property(trickyText, fc.nat(), fc.nat(), (raw, a, b) => {
        const text = Text.normalise(raw)
        const points = Array.from(text)
        const s = Math.min(a, b) % (points.length + 1)
        const e = Math.max(s, Math.max(a, b) % (points.length + 1))
        expect(new Text.OffsetMap(text).slice(s, e)).toBe(points.slice(s, e).join(""))
      }),
    )
  })
  it("maps a UTF-16 index inside a surrogate pair to the character's start", () => {
    const map = new Text.OffsetMap("a😀b")
    expect(map.toCodePoint(2)).toBe(1)
    expect(map.toCodePoint(3)).toBe(2)
    expect(map.toUtf16(2)).toBe(3)
  })
  it("counts lone surrogates as characters of their own, before, between and after pairs", () => {
    // a, lone high, b, lone low, 😀 (a pair), c, lone high: 7 code points in 8 code units
    const map = new Text.OffsetMap("a\uD800b\uDC00😀c\uD83D")
    expect(map.length).toBe(7)
    expect([0, 1, 2, 3, 4, 6, 7, 8].map((u) => map.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(map.toUtf16(5)).toBe(6)
    // a lone high surrogate just before a pair
    const next = new Text.OffsetMap("\uD800\uD83D\uDE00x")
    expect(next.length).toBe(3)
    expect(next.toCodePoint(3)).toBe(2)
    expect(next.toUtf16(2)).toBe(3)
  })
})
