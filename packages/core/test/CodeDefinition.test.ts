import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { CodeDefinition } from "../src/index.js"

describe("CodeDefinition", () => {
  it("writes a definition as labelled paragraphs and reads it back", () => {
    const text = CodeDefinition.toText({
      description: "Officers paid by syndicates.",
      inclusion: "bribes, collusion",
      exclusion: "lack of resources",
      examples: ["some officers are paid to look away", "they warn the syndicate"],
    })
    expect(text).toBe(
      [
        "Officers paid by syndicates.",
        "Inclusion criteria: bribes, collusion",
        "Exclusion criteria: lack of resources",
        "Example: some officers are paid to look away",
        "Example: they warn the syndicate",
      ].join("\n\n"),
    )
    expect(CodeDefinition.fromText(text)).toEqual({
      description: "Officers paid by syndicates.",
      inclusion: "bribes, collusion",
      exclusion: "lack of resources",
      examples: ["some officers are paid to look away", "they warn the syndicate"],
    })
  })

  it("reads a description without labels, or with a label inside a paragraph, as description", () => {
    expect(CodeDefinition.fromText("Trust between agencies.\nExample: not a label here")).toEqual({
      description: "Trust between agencies.\nExample: not a label here",
      inclusion: undefined,
      exclusion: undefined,
      examples: [],
    })
    expect(CodeDefinition.toText({ examples: [] })).toBeUndefined()
  })

  it("round-trips any definition whose lines do not start with a label", () => {
    const line = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) => s.replace(/[\r\n]/g, " ").trim())
      .filter((s) => s !== "" && !/^(Inclusion criteria:|Exclusion criteria:|Example:)/.test(s))
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join("\n"))
    fc.assert(
      fc.property(
        fc.option(paragraph, { nil: undefined }),
        fc.option(paragraph, { nil: undefined }),
        fc.option(paragraph, { nil: undefined }),
        fc.array(paragraph, { maxLength: 3 }),
        (description, inclusion, exclusion, examples) => {
          const d = { description, inclusion, exclusion, examples }
          expect(CodeDefinition.fromText(CodeDefinition.toText(d))).toEqual(d)
        },
      ),
    )
  })
})
