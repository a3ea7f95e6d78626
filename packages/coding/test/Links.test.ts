import { Text } from "@valuelens/core"
import type { Lexicon as LexiconType } from "@valuelens/plugin-api"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AutoCoder, Lexicon, Links } from "../src/index.js"
import { framework } from "./sixValues.js"

// the six-value framework, with a seventh factor that drives both x/a and x/b (two drivers for each of them)
const withShared = {
  values: framework.values,
  factors: [...framework.factors, { id: "x/shared", name: "shared factor", drives: ["x/a", "x/b"] }],
}

const lexicon: LexiconType = {
  language: "en",
  entries: [
    { code: "x/a-factor", terms: ["kickbacks"] },
    { code: "x/c-factor", terms: ["interpreter"] },
    { code: "x/c", terms: ["shelter"] },
    { code: "x/d", terms: ["leaflets"], minScore: 2 },
    { code: "x/d-factor", terms: ["radio"] },
    { code: "x/f", terms: [{ text: "ledger", weight: 2 }] },
    { code: "x/shared", terms: ["payroll"] },
  ],
}
const compiled = Effect.runSync(Lexicon.compile([{ plugin: "six-values", lexicon }])).get("en")!

const code = (text: string, options: AutoCoder.ScanOptions = {}) =>
  AutoCoder.codeText(compiled, text, [{ start: 0, end: Text.codePointLength(text) }], options).map((s) => [
    s.code,
    Text.sliceCodePoints(text, s.start, s.end),
    s.score,
    s.note,
  ])

describe("Links", () => {
  it("pairs each factor with the values it drives and each value with its factors, sharing the score", () => {
    const links = Links.fromFramework(withShared)
    expect(links.get("x/a-factor")).toEqual([
      { code: "x/a", share: 1, note: "value a, through the link factor a → value a" },
    ])
    // x/a is driven by two factors: each gets half of its score
    expect(links.get("x/a")).toEqual([
      { code: "x/a-factor", share: 0.5, note: "factor a, through the link factor a → value a" },
      { code: "x/shared", share: 0.5, note: "shared factor, through the link shared factor → value a" },
    ])
    expect(links.get("x/shared")).toEqual([
      { code: "x/a", share: 0.5, note: "value a, through the link shared factor → value a" },
      { code: "x/b", share: 0.5, note: "value b, through the link shared factor → value b" },
    ])
    // the sixth value has its link like the others
    expect(links.get("x/f")).toEqual([
      { code: "x/f-factor", share: 1, note: "factor f, through the link factor f → value f" },
    ])
  })

  it("gives the rules' factor its value and the value its factor, on the same words and matches, naming the link", () => {
    const links = Links.fromFramework(framework)
    expect(code("There was no interpreter at the station.", { links })).toEqual([
      ["x/c-factor", "There was no interpreter at the station.", 1, undefined],
      ["x/c", "There was no interpreter at the station.", 1, "value c, through the link factor c → value c"],
    ])
    expect(code("The ledger was never shown to anyone.", { links })).toEqual([
      ["x/f", "The ledger was never shown to anyone.", 2, undefined],
      [
        "x/f-factor",
        "The ledger was never shown to anyone.",
        2,
        "factor f, through the link factor f → value f",
      ],
    ])
    // the value's evidence is the factor's matches
    const text = "There was no interpreter at the station."
    const [factor, value] = AutoCoder.codeText(
      compiled,
      text,
      [{ start: 0, end: Text.codePointLength(text) }],
      {
        links,
      },
    )
    expect(value!.matches).toEqual(factor!.matches)
    expect(value!.matches.map((m) => [m.term, m.rule])).toEqual([["interpreter", "x/c-factor@en"]])
    // without the links, the rules alone
    expect(code("There was no interpreter at the station.")).toEqual([
      ["x/c-factor", "There was no interpreter at the station.", 1, undefined],
    ])
  })

  it("adds nothing where the partner is already suggested, below the partner's minimum, or not among the codes", () => {
    const links = Links.fromFramework(framework)
    // the value and its factor both found by the rules: two suggestions, neither from a link
    expect(code("The shelter had no interpreter.", { links }).map(([c, , , note]) => [c, note])).toEqual([
      ["x/c", undefined],
      ["x/c-factor", undefined],
    ])
    // x/d needs 2: the radio's 1 is not enough
    expect(code("Only the radio carried it.", { links }).map(([c]) => c)).toEqual(["x/d-factor"])
    expect(
      code("There was no interpreter.", { links, codes: new Set(["x/c-factor"]) }).map(([c]) => c),
    ).toEqual(["x/c-factor"])
  })

  it("suggests a value once when two of its factors are found on the same words", () => {
    const links = Links.fromFramework(withShared)
    // kickbacks (factor a, share 1 of x/a) and payroll (the shared factor, share 1/2 of x/a and of x/b)
    expect(code("The kickbacks were on the payroll.", { links })).toEqual([
      ["x/a-factor", "The kickbacks were on the payroll.", 1, undefined],
      ["x/a", "The kickbacks were on the payroll.", 1, "value a, through the link factor a → value a"],
      ["x/shared", "The kickbacks were on the payroll.", 1, undefined],
    ])
  })
})
