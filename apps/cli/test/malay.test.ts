import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { json, tempDir } from "./run.js"

interface Suggestion {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly code: string
  readonly origin: string
  readonly explanation: {
    matches: Array<{ term: string; rule: string; start: number; end: number }>
    note?: string
  }
}

// code points of the segment, so offsets into the source slice as the store counts them
const sliceOf = (s: Suggestion, start: number, end: number) =>
  Array.from(s.text)
    .slice(start - s.start, end - s.start)
    .join("")

describe("valuelens code auto on a Malay transcript", () => {
  it("codes `language: ms` speech with the country-malaysia plugin's Malay lexicon", () => {
    const dir = tempDir()
    const transcripts = join(dir, "t")
    mkdirSync(transcripts)
    writeFileSync(
      join(transcripts, "p1.md"),
      [
        "---",
        "participant: P 1",
        "group: ngo",
        "country: MYS",
        "language: ms",
        "---",
        "Interviewer: Adakah rasuah berlaku di sempadan?",
        "P 1: Pegawai itu menerima sogokan setiap minggu.",
        "Interviewer: Bagaimana dengan mangsa?",
        "P 1: Mangsa tiada tempat perlindungan yang sesuai.",
        "",
      ].join("\n"),
    )
    const project = join(dir, "p")
    json(["init", project, "--plugins", "country-malaysia"])
    json(["import", transcripts, "--project", project])
    const summary = json<{ sources: number; added: number }>([
      "code",
      "auto",
      "--engine",
      "rules",
      "--project",
      project,
    ])
    // each value with the factor that drives it (the framework's links), on the same words
    expect(summary).toMatchObject({ sources: 1, added: 4 })

    const queue = json<Suggestion[]>(["review", "--project", project])
    expect(queue.map((q) => [q.code, q.origin, q.text, q.explanation.note])).toEqual([
      ["vd/integrity", "rule:mys/ms-integrity", "Pegawai itu menerima sogokan setiap minggu.", undefined],
      [
        "vd/weak-monitoring",
        "rule:mys/ms-integrity",
        "Pegawai itu menerima sogokan setiap minggu.",
        "Weak monitoring and accountability, through the link Weak monitoring and accountability → Integrity",
      ],
      ["vd/empathy", "rule:mys/ms-empathy", "Mangsa tiada tempat perlindungan yang sesuai.", undefined],
      [
        "vd/logistical-barriers",
        "rule:mys/ms-empathy",
        "Mangsa tiada tempat perlindungan yang sesuai.",
        "Organisational and logistical barriers, through the link Organisational and logistical barriers → Empathy",
      ],
    ])
    // the interviewer's "rasuah" is not coded; the participant's "sogokan" is, and its offsets slice to it
    const [integrity, monitoring, empathy] = queue as [Suggestion, Suggestion, Suggestion]
    expect(monitoring.explanation.matches).toEqual(integrity.explanation.matches)
    expect(integrity.explanation.matches.map((m) => [m.term, sliceOf(integrity, m.start, m.end)])).toEqual([
      ["sogokan", "sogokan"],
    ])
    expect(empathy.explanation.matches.map((m) => [m.term, sliceOf(empathy, m.start, m.end)])).toEqual([
      ["mangsa", "Mangsa"],
      ["tempat perlindungan", "tempat perlindungan"],
    ])
  })
})
