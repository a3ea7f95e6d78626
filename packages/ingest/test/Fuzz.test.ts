/**
 * No stack trace from any file: every reader is fed generated files (hostile keys, wrong types, truncations,
 * byte flips) and each import must end in success or a `BadInput` naming the file, never an internal error, and
 * a refused import must leave the project as it was. Seeded and bounded, so a run takes a few seconds.
 */
import { join } from "node:path"
import { Project, type Store } from "@valuelens/store"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Ingest from "../src/Ingest.js"
import { damage, expectBadInput, RUNS } from "./fuzzkit.js"
import { docx, pdf, put, tempDir } from "./make.js"

let store: Store
let dir: string
beforeAll(async () => {
  dir = tempDir("vl-fuzz-")
  store = (await Effect.runPromise(Project.create(join(dir, "project"), { name: "fuzz", plugins: [] }))).store
})
afterAll(async () => {
  await Effect.runPromise(store.close())
})

let n = 0
/** Imports one generated file; the outcome must be a success or a bad input naming it, and a refusal changes nothing. */
const outcome = async (name: string, content: string | Uint8Array, rosters?: (f: string) => string[]) => {
  const file = put(dir, `in/${n++}/${name}`, content)
  const before = await Effect.runPromise(store.counts())
  const exit = await Effect.runPromiseExit(Ingest.importPaths(store, [file], { rosters: rosters?.(file) }))
  if (Exit.isSuccess(exit)) return "ok"
  const error = expectBadInput(exit, file)
  expect(await Effect.runPromise(store.counts())).toEqual(before)
  return error.message
}

/** Keys a file may hold: the known ones, names of `Object.prototype` members, and anything else. */
const key = fc.oneof(
  fc.constantFrom(
    "participant",
    "group",
    "country",
    "year",
    "kind",
    "title",
    "attributes",
    "language",
    "date",
  ),
  fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype"),
  fc.stringMatching(/^[a-z_][a-z0-9_ ]{0,12}$/),
)

/** YAML values of every shape: the wrong type for a field is as likely as the right one. */
const yamlValue = fc.oneof(
  fc.constantFrom(
    "P1",
    "government",
    "MYS",
    "2021",
    "interview",
    "document",
    "''",
    "~",
    "null",
    "true",
    "-1e999",
  ),
  fc.constantFrom(
    "[1, 2]",
    "{a: 1}",
    "{__proto__: x, constructor: y}",
    "&a [*a]",
    "!!binary aGk=",
    "'unclosed",
  ),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.integer().map(String),
)

const utf8 = (s: string) => new TextEncoder().encode(s)

const transcript = fc
  .tuple(
    fc.array(fc.tuple(key, yamlValue), { maxLength: 8 }),
    fc.array(fc.tuple(key, yamlValue), { maxLength: 4 }),
    fc.array(
      fc.tuple(
        fc.constantFrom("Interviewer", "P1", "Q", "__proto__", "constructor"),
        fc.string({ maxLength: 30 }),
      ),
      {
        maxLength: 6,
      },
    ),
  )
  .map(([fields, attributes, turns]) =>
    [
      "---",
      ...fields.map(([k, v]) => `${k}: ${v}`),
      ...(attributes.length ? ["attributes:", ...attributes.map(([k, v]) => `  ${k}: ${v}`)] : []),
      "---",
      ...turns.map(([s, t]) => `${s}: ${t}`),
      "",
    ].join("\n"),
  )

const csvCell = fc.oneof(
  fc.constantFrom("P1", "ngo", "MYS", "2021", "tip.tier", "2", "", '"', '"a,b"', "x\ny", "-1", "1e400"),
  fc.string({ maxLength: 12 }),
)
const csv = (columns: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.uniqueArray(columns, { minLength: 1, maxLength: 8 }),
      fc.array(fc.array(csvCell, { maxLength: 9 }), { maxLength: 6 }),
    )
    .map(([header, rows]) => [header.join(","), ...rows.map((r) => r.join(","))].join("\n"))

describe("fuzzing the readers", () => {
  it("transcripts and their front matter", async () => {
    await fc.assert(
      fc.asyncProperty(transcript, (t) => outcome("t.md", t).then(() => true)),
      RUNS,
    )
    const base = utf8(
      "---\nparticipant: P1\ngroup: ngo\nattributes:\n  __proto__: a\n---\nInterviewer: Why?\nP1: Because.\n",
    )
    await fc.assert(
      fc.asyncProperty(damage(base), (b) => outcome("d.txt", b).then(() => true)),
      RUNS,
    )
  })

  it("rosters", async () => {
    const columns = fc.oneof(
      fc.constantFrom(
        "participant",
        "group",
        "organisation",
        "country",
        "file",
        "__proto__",
        "constructor",
        "tostring",
      ),
      fc.stringMatching(/^[a-z]{1,6}$/),
    )
    await fc.assert(
      fc.asyncProperty(csv(columns), (roster) =>
        outcome("P1.txt", "Interviewer: Why?\nP1: Because.\n", (f) => [
          put(dir, `${f}.roster.csv`, roster),
        ]).then(() => true),
      ),
      RUNS,
    )
  })

  it("statistics CSV", async () => {
    const columns = fc.oneof(
      fc.constantFrom(
        "country",
        "year",
        "indicator",
        "value",
        "unit",
        "source",
        "confidence",
        "note",
        "__proto__",
      ),
      fc.stringMatching(/^[a-z]{1,6}$/),
    )
    const header = "country,year,indicator,value,unit,source,confidence"
    await fc.assert(
      fc.asyncProperty(csv(columns), (c) => outcome("s.csv", c).then(() => true)),
      RUNS,
    )
    const base = utf8(
      `${header}\nMYS,2021,tip.tier,2,,TIP report,high\nPHL,2021,tip.tier,1,,TIP report,high\n`,
    )
    await fc.assert(
      fc.asyncProperty(damage(base), (b) => outcome("s.csv", b).then(() => true)),
      RUNS,
    )
  })

  it("Word files", async () => {
    const base = await docx([
      "---",
      "participant: P1",
      "constructor: x",
      "---",
      "Interviewer: Why?",
      "P1: Because.",
    ])
    await fc.assert(
      fc.asyncProperty(damage(base), (b) => outcome("w.docx", b).then(() => true)),
      {
        ...RUNS,
        numRuns: 40,
      },
    )
  })

  it("PDF files", async () => {
    const base = await pdf([["Trafficking in Persons Report"], ["Page two"]])
    await fc.assert(
      fc.asyncProperty(damage(base), (b) => outcome("r.pdf", b).then(() => true)),
      {
        ...RUNS,
        numRuns: 40,
      },
    )
  })
})
