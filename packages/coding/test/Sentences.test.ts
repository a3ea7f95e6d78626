import { describe, expect, it } from "vitest"
import { Sentences } from "../src/index.js"

const texts = (text: string) => Sentences.split(text).map((s) => [...text].slice(s.start, s.end).join(""))

describe("Sentences.split", () => {
  it("splits at terminators followed by a capital", () => {
    expect(texts("Officers were bribed. Nobody was charged! Why? Because of fear.")).toEqual([
      "Officers were bribed.",
      "Nobody was charged!",
      "Why?",
      "Because of fear.",
    ])
  })

  it("keeps abbreviations, initials and numbers inside a sentence", () => {
    expect(
      texts(
        "Dr. Aziz met Mr. Tan from ABC Sdn. Bhd. last week. Agencies, e.g. JIM and PDRM, i.e. the police, attended. See No. 14 of 2.5 pages. J. Smith agreed.",
      ),
    ).toEqual([
      "Dr. Aziz met Mr. Tan from ABC Sdn. Bhd. last week.",
      "Agencies, e.g. JIM and PDRM, i.e. the police, attended.",
      "See No. 14 of 2.5 pages.",
      "J. Smith agreed.",
    ])
  })

  it("ends a sentence after Bhd. when a new sentence follows, and after 'no.' before a capital", () => {
    expect(
      texts("The contract went to Maju Sdn. Bhd. The company denied it. I said no. They went on."),
    ).toEqual([
      "The contract went to Maju Sdn. Bhd.",
      "The company denied it.",
      "I said no.",
      "They went on.",
    ])
  })

  it("keeps closing quotes with their sentence and reads ellipses", () => {
    expect(texts('He said "Stop." Then he left... and came back… Later it ended…')).toEqual([
      'He said "Stop."',
      "Then he left... and came back…",
      "Later it ended…",
    ])
    expect(texts("We waited... Nothing happened.")).toEqual(["We waited...", "Nothing happened."])
  })

  it("runs across a single line break but stops at a blank line", () => {
    expect(
      texts("The victims were afraid\nto testify in court. Next.\n\nHeading without stop\nMore text."),
    ).toEqual(["The victims were afraid\nto testify in court.", "Next.", "Heading without stop\nMore text."])
  })

  it("splits Malay text and keeps Malay honorifics", () => {
    expect(
      texts(
        "Tn. Hj. Ahmad berkata mangsa takut. Pegawai menerima rasuah, dll. tetapi tiada tindakan. Kenapa? Kami tidak tahu.",
      ),
    ).toEqual([
      "Tn. Hj. Ahmad berkata mangsa takut.",
      "Pegawai menerima rasuah, dll. tetapi tiada tindakan.",
      "Kenapa?",
      "Kami tidak tahu.",
    ])
  })

  it("reads the longest abbreviation, long words and a lower-case accented letter after a period", () => {
    expect(
      texts("We counted approx. Twenty people. Then it ended. élan remained. Internationally. Fine."),
    ).toEqual([
      "We counted approx. Twenty people.",
      "Then it ended. élan remained.",
      "Internationally.",
      "Fine.",
    ])
  })

  it("counts offsets in code points past emoji", () => {
    const text = "Sad 😔 story. Next one."
    expect(Sentences.split(text)).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 22 },
    ])
    expect(Sentences.at(text, 15)).toEqual({ start: 13, end: 22 })
  })
})
