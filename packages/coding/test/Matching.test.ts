import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AutoCoder, Lexicon, Sentences, Tokens } from "../src/index.js"

const compile = (entries: ReadonlyArray<{ code: string } & Record<string, unknown>>) =>
  Effect.runSync(Lexicon.compile([{ plugin: "p", lexicon: { language: "en", entries } }])).get("en")!

const whole = (text: string) => [{ start: 0, end: [...text].length }]

describe("AutoCoder.codeText, token by token", () => {
  it("keeps apart two words whose hashes collide", () => {
    // "glbvs" and "yacxa" have one FNV-1a hash (0xa1bc9a4f), the hash the token cache is keyed by
    const en = compile([{ code: "c", terms: ["glbvs"] }])
    const text = "yacxa glbvs. Yacxa yacxa glbvs"
    expect(AutoCoder.codeText(en, text, whole(text))).toEqual([
      {
        start: 0,
        end: 30,
        code: "c",
        rule: "c@en",
        score: 2,
        matches: [
          { term: "glbvs", rule: "c@en", start: 6, end: 11 },
          { term: "glbvs", rule: "c@en", start: 25, end: 30 },
        ],
      },
    ])
    expect(Lexicon.idOf(en, "yacxa")).toBe(-1)
    expect(Lexicon.idOf(en, "glbvs")).toBe(0)
  })

  it("remembers every word of a long text with thousands of distinct words", () => {
    const en = compile([{ code: "c", terms: ["corruption"] }])
    const words = Array.from({ length: 5000 }, (_, i) => (i % 1000 === 999 ? "Corruption" : `w${i}`))
    const text = words.join(" ")
    const found = AutoCoder.codeText(en, text, whole(text))
    // "w0 w1 … w9 " is 10 × 3 characters, "w10 … w99 " 90 × 4, "w100 … w998 " 899 × 5: the first "Corruption"
    // starts at 30 + 360 + 4,495 = 4,885
    expect(found).toHaveLength(1)
    expect(found[0]!.score).toBe(5)
    expect(found[0]!.matches[0]).toEqual({ term: "corruption", rule: "c@en", start: 4885, end: 4895 })
    expect(found[0]!.matches.map((m) => text.slice(m.start, m.end))).toEqual(Array(5).fill("Corruption"))
    // 4,995 distinct "w…" words and "Corruption", each looked up once and then found again
    expect(en.cache.size).toBe(4996)
    expect(Lexicon.idOf(en, "w4998")).toBe(-1)
    expect(Lexicon.idOf(en, "CORRUPTION")).toBe(0)
    expect(AutoCoder.codeText(en, text, whole(text))).toEqual(found)
  })

  it("folds the case of non-ASCII words as lexicon terms are folded", () => {
    const en = compile([{ code: "c", terms: ["état", "straße"] }])
    // "STRASSE" lower-cases to "strasse", not "straße"
    const text = "ÉTAT, État et état. STRASSE und Straße."
    expect(AutoCoder.codeText(en, text, whole(text))).toEqual([
      {
        start: 0,
        end: 39,
        code: "c",
        rule: "c@en",
        score: 4,
        matches: [
          { term: "état", rule: "c@en", start: 0, end: 4 },
          { term: "état", rule: "c@en", start: 6, end: 10 },
          { term: "état", rule: "c@en", start: 14, end: 18 },
          { term: "straße", rule: "c@en", start: 32, end: 38 },
        ],
      },
    ])
  })

  it("matches possessives with straight and curly apostrophes", () => {
    const en = compile([{ code: "c", terms: ["victim"] }])
    const text = "The victim’s family met the Victim's lawyer and the victims’ friends."
    const found = AutoCoder.codeText(en, text, whole(text))
    expect(found.map((f) => [f.start, f.end, f.score])).toEqual([[0, 69, 3]])
    expect(found[0]!.matches.map((m) => [m.start, m.end])).toEqual([
      [4, 12],
      [28, 36],
      [52, 59],
    ])
  })

  it("gives code point offsets after astral characters", () => {
    const en = compile([{ code: "c", terms: ["corruption", "bribe"] }])
    // 😀 and 𝐀 are one code point and two UTF-16 code units each
    const text = "😀😀 corruption here. 𝐀 bribe."
    expect(AutoCoder.codeText(en, text, [{ start: 0, end: 28 }])).toEqual([
      {
        start: 0,
        end: 28,
        code: "c",
        rule: "c@en",
        score: 2,
        matches: [
          { term: "corruption", rule: "c@en", start: 3, end: 13 },
          { term: "bribe", rule: "c@en", start: 22, end: 27 },
        ],
      },
    ])
    // a region that starts after two astral characters, at one itself: the sentence "𝐀 bribe."
    expect(AutoCoder.codeText(en, text, [{ start: 20, end: 28 }]).map((f) => [f.start, f.end])).toEqual([
      [20, 28],
    ])
  })

  it("lists codes on one span by code, and a rule's matches in text order", () => {
    const en = compile([
      { code: "z", terms: ["delay"] },
      { code: "a", terms: ["court"], near: [{ a: "court", b: "delay", n: 3 }] },
    ])
    const text = "The court saw a delay."
    expect(AutoCoder.codeText(en, text, whole(text))).toEqual([
      {
        start: 0,
        end: 22,
        code: "a",
        rule: "a@en",
        score: 2,
        matches: [
          { term: "court", rule: "a@en", start: 4, end: 9 },
          { term: "court NEAR/3 delay", rule: "a@en", start: 4, end: 9 },
          { term: "court NEAR/3 delay", rule: "a@en", start: 16, end: 21 },
        ],
      },
      {
        start: 0,
        end: 22,
        code: "z",
        rule: "z@en",
        score: 1,
        matches: [{ term: "delay", rule: "z@en", start: 16, end: 21 }],
      },
    ])
  })
})

describe("Tokens.words", () => {
  it("keeps apostrophes and hyphens between word characters, and nothing else", () => {
    expect(Tokens.words("inter‐agency rock-'n'-roll don't victims’ a--b x- É9’s")).toEqual([
      "inter‐agency",
      "rock",
      "n",
      "roll",
      "don't",
      "victims",
      "a",
      "b",
      "x",
      "É9’s",
    ])
  })
})

describe("Tokens.unitsOf", () => {
  it("copies a slice's code units to the same indices, lone surrogates and astral pairs included", () => {
    const text = "ab\ud800c😀é"
    const units = Tokens.unitsOf(text, 1, 7, new Uint16Array(8).fill(7))
    expect([...units]).toEqual([7, 0x62, 0xd800, 0x63, 0xd83d, 0xde00, 0xe9, 7])
    // a text longer than the array gets a larger one
    expect(Tokens.unitsOf(text, 0, 7, new Uint16Array(2)).length).toBeGreaterThanOrEqual(7)
  })
})

describe("Sentences.splitInto", () => {
  it("fills typed spans, replacing the previous region's, trimmed at the region's edges", () => {
    const spans = new Sentences.SpanBuffer()
    const text = "Intro. First one! Second?  Third…\n\nFourth"
    // the region starts inside "Intro." and ends inside "Fourth"
    Sentences.splitInto(spans, text, 3, 40)
    expect([...spans.starts.subarray(0, spans.length)]).toEqual([3, 7, 18, 27, 35])
    expect([...spans.ends.subarray(0, spans.length)]).toEqual([6, 17, 25, 33, 40])
    Sentences.splitInto(spans, text, 7, 17)
    expect(spans.length).toBe(1)
    expect([spans.starts[0], spans.ends[0]]).toEqual([7, 17])
  })

  it("gives nothing for an empty or blank region", () => {
    const spans = new Sentences.SpanBuffer()
    Sentences.splitInto(spans, "One. Two.", 4, 4)
    expect(spans.length).toBe(0)
    Sentences.splitInto(spans, "One.  \n  Two.", 4, 9)
    expect(spans.length).toBe(0)
  })

  it("grows past its first 256 sentences", () => {
    const spans = new Sentences.SpanBuffer()
    const text = "Go. ".repeat(300)
    Sentences.splitInto(spans, text)
    expect(spans.length).toBe(300)
    expect([spans.starts[299], spans.ends[299]]).toEqual([1196, 1199])
  })
})

describe("AutoCoder.codeText, region by region", () => {
  it("skips empty regions and codes a sentence cut by a region's edge", () => {
    const en = compile([{ code: "c", terms: ["bribe"] }])
    const text = "A bribe. Another bribe here. Done."
    expect(AutoCoder.codeText(en, text, [{ start: 5, end: 5 }])).toEqual([])
    // "ribe" is not "bribe"; "Another bribe here." is found whole
    expect(AutoCoder.codeText(en, text, [{ start: 3, end: 34 }])).toEqual([
      {
        start: 9,
        end: 28,
        code: "c",
        rule: "c@en",
        score: 1,
        matches: [{ term: "bribe", rule: "c@en", start: 17, end: 22 }],
      },
    ])
  })

  it("remembers long tokens beyond the first 4,096 code units of keys", () => {
    const en = compile([{ code: "c", terms: ["bribe"] }])
    // 300 distinct 20-letter words (6,000 code units of keys), then each again and "bribe": two sentences,
    // the second starting after 300 × 20 + 299 + 2 = 6,301 code units and 6,306 long
    const long = Array.from({ length: 300 }, (_, i) => `Q${String(i).padStart(3, "0")}${"z".repeat(16)}`)
    const text = `${long.join(" ")}. ${long.join(" ")} bribe.`
    const found = AutoCoder.codeText(en, text, whole(text))
    expect(found.map((f) => [f.start, f.end, f.score])).toEqual([[6301, 12607, 1]])
    expect(en.cache.size).toBe(301)
    expect(Lexicon.idOf(en, long[123]!)).toBe(-1)
    expect(Lexicon.idOf(en, "Bribe")).toBe(0)
  })
})

describe("AutoCoder.codeText, one word counted once", () => {
  // a lexicon that lists two forms of one stem must not count a word twice: with minimum score 2, a lone weak
  // word would otherwise reach it
  it.each([
    ["coordinate", "coordination", "I coordinate the recovery of the boats."],
    ["monitor", "monitoring", "We monitor the river crossings."],
    ["corrupt", "corruption", "He called it corruption and left."],
    ["prosecute", "prosecution", "They prosecute very few of them."],
  ])("%s and %s: one occurrence scores 1, below a minimum of 2", (a, b, text) => {
    const en = compile([{ code: "c", terms: [a, b], minScore: 2 }])
    expect(en.entries[0]!.terms).toHaveLength(1)
    expect(AutoCoder.codeText(en, text, whole(text))).toEqual([])
  })

  it("keeps the higher weight of two forms, and every further occurrence still counts", () => {
    const en = compile([{ code: "c", terms: ["monitor", { text: "monitoring", weight: 2 }], minScore: 2 }])
    const text = "Nobody was monitoring them. We monitor and monitor."
    // three occurrences at weight 2 over two adjacent sentences, merged into one suggestion: 2 + 2 + 2
    expect(AutoCoder.codeText(en, text, whole(text)).map((s) => [s.start, s.end, s.score])).toEqual([
      [0, 51, 6],
    ])
  })
})
