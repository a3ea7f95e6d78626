/** Reading reliability data from JSON and CSV text, and the BadInput each kind of bad file gets. */
import type { BadInput } from "@valuelens/core"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { Reliability } from "../src/index.js"

const read = (text: string, file: string, options: Partial<Reliability.ReadMatrixOptions> = {}) =>
  Effect.runSync(Reliability.readMatrix(text, file, { measure: "alpha", ...options }))

const failure = (
  text: string,
  file: string,
  options: Partial<Reliability.ReadMatrixOptions> = {},
): BadInput => {
  const exit = Effect.runSyncExit(Reliability.readMatrix(text, file, { measure: "alpha", ...options }))
  if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${JSON.stringify(exit.value)}`)
  const f = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (f?._tag !== "Fail") throw new Error(String(exit.cause))
  return f.error
}

describe("readMatrix", () => {
  it("reads JSON with numbers, strings and nulls", () => {
    expect(read('{ "matrix": [[1, "a", null], [2, "b", 3]] }', "d.json")).toEqual([
      [1, "a", null],
      [2, "b", 3],
    ])
  })

  it("reads CSV: one row per coder, empty or NA missing, numbers as numbers, quoted fields", () => {
    const text = '1,2,,"very, high"\r\n3,NA,4.5,"say ""no"""\n\n'
    expect(read(text, "d.csv")).toEqual([
      [1, 2, null, "very, high"],
      [3, null, 4.5, 'say "no"'],
    ])
  })

  it("answers an empty file", () => {
    const e = failure("  \n", "empty.csv")
    expect(e.reason).toBe("empty-file")
    expect(e.message).toMatch(/^empty\.csv: the file is empty/)
  })

  it("answers malformed JSON with the line and column", () => {
    const e = failure('{ "matrix": [[1, 2],\n  [3 4]] }', "bad.json")
    expect(e.reason).toBe("malformed-json")
    expect(e.line).toBe(2)
    expect(e.message).toMatch(/^bad\.json:2:\d+: not valid JSON/)
  })

  it("answers JSON without a matrix", () => {
    expect(failure('{ "rows": [] }', "x.json").message).toMatch(/"matrix" field/)
  })

  it("answers malformed CSV with the line and column", () => {
    const open = failure('1,2\n3,"4\n', "open.csv")
    expect([open.reason, open.line, open.column]).toEqual(["malformed-csv", 2, 3])
    expect(open.message).toMatch(/open\.csv:2:3: this quoted field is not closed/)
    const stray = failure('1,2\n3,4"x\n', "stray.csv")
    expect([stray.line, stray.column]).toEqual([2, 4])
    expect(stray.message).toMatch(/a quote inside an unquoted field/)
  })

  it("answers a ragged matrix naming the row (and the CSV line)", () => {
    const j = failure('{"matrix": [[1,2,3],[1,2]]}', "r.json")
    expect([j.reason, j.field]).toEqual(["ragged-matrix", "matrix[1]"])
    expect(j.message).toBe(
      "r.json: row 2 has 2 values but row 1 has 3: every coder needs one value (or null) per unit",
    )
    const c = failure("1,2,3\n\n1,2\n", "r.csv")
    expect(c.line).toBe(3)
    expect(c.message).toMatch(/^r\.csv:3: row 2 has 2 values but row 1 has 3/)
  })

  it("answers one coder", () => {
    const e = failure("1,2,3\n", "one.csv")
    expect(e.reason).toBe("one-coder")
    expect(e.message).toMatch(/at least two coders/)
  })

  it("answers a value the level cannot take, naming row and column", () => {
    const e = failure("1,2,3\n1,two,3\n", "i.csv", { level: "interval" })
    expect([e.reason, e.line, e.column]).toEqual(["non-numeric-value", 2, 2])
    expect(e.message).toBe('i.csv:2:2: row 2, column 2: "two" is not a number, which interval data need')
    const neg = failure('{"matrix": [[1, -2], [1, 2]]}', "n.json", { level: "ratio" })
    expect([neg.reason, neg.field]).toEqual(["negative-ratio-value", "matrix[0][1]"])
    // nominal data may be words
    expect(read("1,2,3\n1,two,3\n", "i.csv")).toEqual([
      [1, 2, 3],
      [1, "two", 3],
    ])
  })

  it("answers Cohen's kappa over three coders", () => {
    expect(failure("1,2\n1,2\n2,2\n", "k.csv", { measure: "cohen" }).message).toMatch(/exactly two coders/)
  })
})
