/**
 * A researcher's day through the real binary on the example study's transcripts and documents (in the
 * repository under examples/): handles, `show`, coding by turn and sentence.
 */
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const examples = join(import.meta.dirname, "..", "..", "..", "examples", "malaysia-value-deficits")
let dir = ""

beforeAll(() => {
  dir = join(tempDir(), "study")
  json(["init", dir])
  json(["import", join(examples, "transcripts"), join(examples, "documents"), "--project", dir])
}, 120_000)

const run = (...args: ReadonlyArray<string>) => valuelens([...args, "--project", dir])

describe("handles and places", () => {
  it("lists sources by handle in a table under 100 columns wide", () => {
    const r = run("status")
    expect(r.code).toBe(0)
    const table = r.stdout.slice(r.stdout.indexOf("source "))
    expect(table.split("\n").slice(0, 3)).toEqual([
      "source                      kind                             title         participant  characters",
      "---------------------  ---------  --------------------------------  ------------------  ----------",
      "01-nso-mapo-1          interview                     01-nso-mapo-1          NSO-MAPO 1       16711",
    ])
    expect(Math.max(...r.stdout.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(100)
  })
  it("shows a source with turn and sentence numbers", () => {
    const r = run("show", "agc-1")
    expect(r.code).toBe(0)
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "05-agc-1 (05-agc-1) · interview · AGC 1 · 60 turns",
      "1.1   Interviewer: Could you start by describing your role?",
      "2.1   AGC 1: Things have improved since the last amendment, at least on paper.",
      "2.2   It depends very much on the state and on the officer in charge.",
      "3.1   Interviewer: How well does the public understand trafficking?",
    ])
  })
  it("codes a sentence and a turn by number, and says what exists when the place does not", () => {
    const sentence = json<{ segment: { text: string } }>([
      "code",
      "add",
      "05-agc-1:4.3",
      "vd/civic-responsibility",
      "--project",
      dir,
      "--coder",
      "ana",
    ])
    expect(sentence.segment.text).toBe("The budget for awareness campaigns is very small.")
    const turn = json<{ segment: { text: string } }>([
      "code",
      "add",
      "agc-1:2",
      "vd/integrity",
      "--project",
      dir,
      "--coder",
      "ana",
    ])
    expect(turn.segment.text).toBe(
      "Things have improved since the last amendment, at least on paper. It depends very much on the state and on the officer in charge.",
    )
    const past = run("code", "add", "agc-1:4.9", "vd/integrity")
    expect([past.code, past.stderr.trim()]).toEqual([2, "error: turn 4 of 05-agc-1 has sentences 1–5, not 9"])
    const unclear = run("code", "add", "agc:1", "vd/integrity")
    expect([unclear.code, unclear.stderr.trim()]).toEqual([
      2,
      'error: "agc" could be the source 05-agc-1, 10-agc-2; type more of the name',
    ])
  })
})
