import { describe, expect, it } from "vitest"
import { Patterns } from "../src/index.js"

describe("Patterns.check", () => {
  it.each([
    "corrupt(ion|ed)?",
    "\\bbrib(e|ery|ed)\\b",
    "(?:closed|hidden)\\s+doors?",
    "[a-z]+-centred",
    "(?<word>\\p{L}+) and \\k<word>",
    "(ab){2}",
    "(?:\\s|,)+",
    "a{2,5}b*",
    // a repeated group of fixed width has one way to match: the exact count inside is no second quantifier
    "RM\\s?\\d+(,\\d{3})*",
    "(ab)?c+",
  ])("lets the safe pattern %s through", (p) => {
    expect(Patterns.check(p)).toBeUndefined()
  })

  it.each([
    ["(a+)+", "(a+)+"],
    ["(a*)*b", "(a*)*"],
    ["x(?:\\w+\\s?)*$", "(?:\\w+\\s?)*"],
    ["((ab)+c)+", "((ab)+c)+"],
    ["(a{2,})+", "(a{2,})+"],
    ["(?:[a-z]+-?){3,}", "(?:[a-z]+-?){3,}"],
    ["(a{1,3})+", "(a{1,3})+"],
    ["((ab)*c)+", "((ab)*c)+"],
  ])("refuses the nested quantifier in %s", (p, group) => {
    expect(Patterns.check(p)).toEqual({ kind: "nested-quantifier", group })
  })

  it("refuses repeated alternatives that start alike", () => {
    expect(Patterns.check("(a|a)+")).toEqual({ kind: "overlapping-alternation", group: "(a|a)+" })
    expect(Patterns.check("(?:bribe|bribery)*")).toEqual({
      kind: "overlapping-alternation",
      group: "(?:bribe|bribery)*",
    })
  })

  it("refuses what does not compile", () => {
    expect(Patterns.check("[a-")).toMatchObject({ kind: "invalid" })
    expect(Patterns.check("a{2,1}")).toMatchObject({ kind: "invalid" })
  })
})
