import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AutoCoder, Lexicon, Tokens } from "../src/index.js"

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
