import { BadInput } from "@valuelens/core"
import type { Lexicon as LexiconType } from "@valuelens/plugin-api"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { Lexicon } from "../src/index.js"
import { failureOf } from "./helpers.js"

const lexicon = (entries: LexiconType["entries"]): LexiconType => ({ language: "en", entries })

describe("Lexicon.compile", () => {
  it("gives inflected forms of a term one stem id", async () => {
    const compiled = await Effect.runPromise(
      Lexicon.compile([{ plugin: "p", lexicon: lexicon([{ code: "vd/integrity", terms: ["corruption"] }]) }]),
    )
    const en = compiled.get("en")!
    const ids = ["corrupt", "Corrupted", "CORRUPTION", "corrupts"].map((w) => Lexicon.idOf(en, w))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).toBeGreaterThanOrEqual(0)
    expect(Lexicon.idOf(en, "court")).toBe(-1)
    expect(en.entries[0]!.id).toBe("vd/integrity@en")
  })

  it("rejects an invalid pattern, naming the plugin, the entry and the field", async () => {
    const e = await Effect.runPromise(
      failureOf(
        Lexicon.compile([
          {
            plugin: "acme-framework",
            lexicon: lexicon([{ code: "vd/trust", terms: ["trust"], patterns: ["(unclosed"] }]),
          },
        ]),
      ),
    )
    expect(e).toBeInstanceOf(BadInput)
    expect(e.reason).toBe("invalid-lexicon")
    expect(e.file).toBe("acme-framework")
    expect(e.field).toBe("lexicons[0].entries[0].patterns[0]")
    expect(e.message).toContain('plugin "acme-framework"')
    expect(e.message).toContain("vd/trust")
    expect(e.message).toContain("not a valid regular expression")
  })

  it.each(["(a+)+b", "(\\w+\\s?)*$", "((ab)*c)+", "(x|xy)*z", "(?:[a-z]+,?){2,}!"])(
    "rejects the catastrophic pattern %s",
    async (pattern) => {
      const e = await Effect.runPromise(
        failureOf(Lexicon.compile([{ plugin: "p", lexicon: lexicon([{ code: "c", patterns: [pattern] }]) }])),
      )
      expect(e.message).toContain("can backtrack catastrophically")
    },
  )

  it.each([
    "\\bbrib(e|ery|ed)\\b",
    "RM\\s?\\d+(,\\d{3})*",
    "\\bno (court|judge)s?\\b",
    "[A-Z]{2,}\\d+",
    "(ab)?c+",
  ])("accepts the safe pattern %s", async (pattern) => {
    await Effect.runPromise(
      Lexicon.compile([{ plugin: "p", lexicon: lexicon([{ code: "c", patterns: [pattern] }]) }]),
    )
  })

  it("rejects an empty term, a bad NEAR and an empty-matching pattern, counting them", async () => {
    const e = await Effect.runPromise(
      failureOf(
        Lexicon.compile([
          {
            plugin: "p",
            lexicon: lexicon([
              { code: "c", terms: ["..."], near: [{ a: "x", b: "y", n: 0 }], patterns: ["a*"] },
            ]),
          },
        ]),
      ),
    )
    expect(e.field).toBe("lexicons[0].entries[0].terms[0]")
    expect(e.message).toContain("(and 2 more)")
  })

  it("groups lexicons by primary language and numbers duplicate rule ids", async () => {
    const compiled = await Effect.runPromise(
      Lexicon.compile([
        { plugin: "a", lexicon: { language: "en-GB", entries: [{ code: "c", terms: ["x"] }] } },
        { plugin: "b", lexicon: { language: "en", entries: [{ code: "c", terms: ["y"] }] } },
        { plugin: "b", lexicon: { language: "ms", entries: [{ code: "c", terms: ["rasuah"] }] } },
      ]),
    )
    expect([...compiled.keys()]).toEqual(["en", "ms"])
    expect(compiled.get("en")!.entries.map((e) => e.id)).toEqual(["c@en", "c@en#2"])
  })
})
