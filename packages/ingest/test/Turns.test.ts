import { Text } from "@valuelens/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Turns from "../src/transcript/Turns.js"

const texts = (body: string) => {
  const map = new Text.OffsetMap(body)
  return Turns.parse(body).map((t) => [t.speaker, map.slice(t.start, t.end), t.interviewer])
}

describe("Turns.parse", () => {
  it("splits speaker turns, keeps continuation lines with their turn and marks the interviewer", () => {
    const body = [
      "Interviewer: How do agencies and NGOs work together?",
      "AGC 2: The role of NGOs has to be",
      "defined clearly.",
      "",
      "Q: Anything else?",
      "AGC 2: No.",
    ].join("\n")
    expect(texts(body)).toEqual([
      ["Interviewer", "How do agencies and NGOs work together?", true],
      ["AGC 2", "The role of NGOs has to be\ndefined clearly.", false],
      ["Q", "Anything else?", true],
      ["AGC 2", "No.", false],
    ])
  })

  it("takes a known participant id as a speaker label whatever characters it holds", () => {
    const evil = "<img src=x onerror=alert(1)>"
    const body = [
      `Interviewer: What worries you?`,
      `${evil}: Officers took bribes.`,
      `**Dr. "Lim" [NGO]**: Me too.`,
    ].join("\n")
    const map = new Text.OffsetMap(body)
    const turns = Turns.parse(body, { knownLabels: [evil, 'Dr. "Lim" [NGO]'] })
    expect(turns.map((t) => [t.speaker, map.slice(t.start, t.end), t.interviewer])).toEqual([
      ["Interviewer", "What worries you?", true],
      [evil, "Officers took bribes.", false],
      ['Dr. "Lim" [NGO]', "Me too.", false],
    ])
    // unknown, the same lines are continuation text: a label of that shape is only taken when it is known
    expect(Turns.parse(body).map((t) => t.speaker)).toEqual(["Interviewer"])
  })

  it("counts offsets in code points over emoji and Malay text", () => {
    const body =
      "I: Apa khabar? 🙂\nUUM Academic 1: Mangsa 😔 tidak tahu hak mereka — “pemerdagangan” é\nI: 👍🏽 terima kasih"
    const turns = Turns.parse(body)
    // counted by hand: "I: " 3, "Apa khabar? 🙂" 13, "\n" + "UUM Academic 1: " 17, the Malay sentence 50
    // (each emoji one code point), "\n" + "I: " 4, "👍🏽 terima kasih" 15 (the skin tone is its own code point)
    expect(turns.map((t) => [t.start, t.end])).toEqual([
      [3, 16],
      [33, 83],
      [87, 102],
    ])
    const cps = [...body]
    for (const t of turns)
      expect(cps.slice(t.start, t.end).join("")).toBe(new Text.OffsetMap(body).slice(t.start, t.end))
  })

  it("reads Markdown bold labels and an empty label line followed by the speech", () => {
    expect(texts("**Interviewer:** Why?\n**JIM 3**: Because.\nR:\n  On the next line.")).toEqual([
      ["Interviewer", "Why?", true],
      ["JIM 3", "Because.", false],
      ["R", "On the next line.", false],
    ])
  })

  it("does not start a turn at a time, a URL or a sentence with a colon", () => {
    expect(
      texts(
        "AGC 1: We met at\n10:30 in Putrajaya, see\nhttps://example.org\nThe answer is simple: resources.\n",
      ),
    ).toEqual([
      [
        "AGC 1",
        "We met at\n10:30 in Putrajaya, see\nhttps://example.org\nThe answer is simple: resources.",
        false,
      ],
    ])
  })

  it("accepts configured interviewer labels without regard to case", () => {
    const turns = Turns.parse("penemuduga: Boleh terangkan?\nNGO 1: Ya.", {
      interviewerLabels: ["Penemuduga"],
    })
    expect(turns.map((t) => [t.speaker, t.interviewer])).toEqual([
      ["penemuduga", true],
      ["NGO 1", false],
    ])
  })

  it("every turn's text is the code-point slice of what was said (property)", () => {
    const utterance = fc
      .array(fc.oneof(fc.constantFrom("a", "é", "😀", "👍🏽", " ", "kita", "—", "ñ", "𝔘"), fc.string()), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) =>
        parts
          .join("")
          .replace(/[\n\r:]/g, " ")
          .trim(),
      )
      .filter((s) => s.length > 0)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), utterance), { minLength: 1, maxLength: 8 }), (turns) => {
        const body = turns.map(([q, u]) => `${q ? "Interviewer" : "AGC 9"}: ${u}`).join("\n")
        const parsed = Turns.parse(body)
        const cps = [...body]
        expect(parsed.map((t) => cps.slice(t.start, t.end).join(""))).toEqual(turns.map(([, u]) => u))
        expect(parsed.map((t) => t.interviewer)).toEqual(turns.map(([q]) => q))
      }),
    )
  })
  it("with a limit, stops after one turn more than the limit and agrees with the whole parse (property)", () => {
    const line = fc.oneof(
      fc.constantFrom("Interviewer: Why?", "AGC 9: Because.", "  and then more.", "", "AGC 9:"),
      fc.string().map((s) => s.replace(/[\n\r]/g, " ")),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.nat(12), (lines, limit) => {
        const body = lines.join("\n")
        const whole = Turns.parse(body)
        const limited = Turns.parse(body, { limit })
        expect(limited).toEqual(whole.slice(0, limit + 1))
      }),
    )
  })
})
