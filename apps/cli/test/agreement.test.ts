import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Ids } from "@valuelens/core"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
const fixtures = JSON.parse(
  readFileSync(join(repoRoot, "fixtures/reliability/published-examples.json"), "utf8"),
)
const k2011 = fixtures.krippendorff_alpha.find((c: { id: string }) => c.id === "k2011_nominal").matrix as (
  | number
  | null
)[][]

const file = (name: string, text: string) => {
  const f = join(tempDir(), name)
  writeFileSync(f, text)
  return f
}
const csv = (m: ReadonlyArray<ReadonlyArray<unknown>>) =>
  m.map((r) => r.map((v) => (v === null ? "" : v)).join(",")).join("\n")

// each case runs the built binary; allow for a busy machine
describe("valuelens agreement --data", { timeout: 30_000 }, () => {
  it("reproduces Krippendorff (2011) from JSON and from CSV at each level", () => {
    const f = file("k2011.json", JSON.stringify({ matrix: k2011 }))
    expect(json(["agreement", "--data", f])).toEqual({
      measure: "alpha",
      level: "nominal",
      value: 0.743421052631579,
      units: 11,
      pairable: 40,
    })
    const c = file("k2011.csv", csv(k2011))
    const r = json<{ value: number }>(["agreement", "--data", c, "--measure", "alpha", "--level", "interval"])
    expect(r.value.toFixed(3)).toBe("0.849")
    const human = valuelens(["agreement", "--data", c, "--level", "ordinal"])
    expect(human.stdout).toBe("Krippendorff's alpha (ordinal): 0.815 over 11 units, 40 pairable values\n")
  })

  it("computes weighted Cohen's kappa and Fleiss' kappa (R irr's published outputs)", () => {
    const anxiety = fixtures.kappa.find((c: { id: string }) => c.id === "cohen_irr_anxiety_r2_r3").ratings
    const f = file("anxiety.csv", csv(anxiety))
    const r = json<{ value: number; weights: string }>([
      "agreement",
      "--data",
      f,
      "--measure",
      "cohen",
      "--weights",
      "linear",
    ])
    expect(r.value.toFixed(7)).toBe("0.1459075")
    expect(r.weights).toBe("linear")
    const fleiss = fixtures.kappa.find((c: { id: string }) => c.id === "fleiss_1971_diagnoses_30x6x5")
      .ratings as number[][]
    const g = file(
      "diagnoses.json",
      JSON.stringify({ matrix: fleiss[0]!.map((_, j) => fleiss.map((row) => row[j])) }),
    )
    const k = json<{ measure: string; value: number }>(["agreement", "--data", g, "--measure", "kappa"])
    expect([k.measure, k.value.toFixed(7)]).toEqual(["fleiss", "0.4302445"])
  })

  it("reports an undefined coefficient as null with the reason", () => {
    const f = file(
      "flat.json",
      JSON.stringify({
        matrix: [
          [1, 1, null],
          [1, 1, 1],
        ],
      }),
    )
    const r = json<{ value: null; reason: string }>(["agreement", "--data", f])
    expect(r.value).toBeNull()
    expect(r.reason).toMatch(/^no variation/)
  })

  const bad: Array<[string, string, string, string[], RegExp]> = [
    [
      "a ragged matrix",
      "ragged.json",
      '{"matrix": [[1,2,3],[1,2]]}',
      [],
      /ragged\.json: row 2 has 2 values but row 1 has 3/,
    ],
    [
      "one coder",
      "one.csv",
      "1,2,3\n",
      [],
      /one\.csv: the matrix has one row: agreement needs at least two coders/,
    ],
    [
      "a word at the interval level",
      "words.csv",
      "1,2,3\n1,2,high\n",
      ["--level", "interval"],
      /words\.csv:2:3: row 2, column 3: "high" is not a number, which interval data need/,
    ],
    ["an empty file", "empty.csv", "", [], /empty\.csv: the file is empty/],
    [
      "malformed JSON",
      "broken.json",
      '{"matrix": [[1,2],\n [3 4]]}',
      [],
      /broken\.json:2:\d+: not valid JSON/,
    ],
    ["malformed CSV", "broken.csv", '1,2\n3,"4\n', [], /broken\.csv:2:3: this quoted field is not closed/],
    [
      "Cohen's kappa over three coders",
      "three.csv",
      "1,2\n1,2\n2,1\n",
      ["--measure", "cohen"],
      /exactly two coders/,
    ],
  ]
  for (const [what, name, text, extra, message] of bad)
    it(`exits 2 on ${what}, naming the file and the problem`, () => {
      const f = file(name, text)
      const r = valuelens(["agreement", "--data", f, ...extra])
      expect(r.code).toBe(2)
      expect(r.stdout).toBe("")
      expect(r.stderr).toMatch(message)
      expect(r.stderr).toContain(f)
    })

  it("exits 1 when neither --data nor --coders is given", () => {
    const r = valuelens(["agreement"])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/give --coders A,B/)
  })
})

describe("valuelens agreement --coders", () => {
  it("reports per code and overall and lists the disagreements", { timeout: 60_000 }, async () => {
    const dir = join(tempDir(), "p")
    const text = "Officers were paid.\n\nWe trust the NGO.\n\nCourts are slow."
    const para = [
      [0, 19],
      [21, 38],
      [40, 56],
    ] as const
    const now = "2024-01-01T00:00:00.000Z"
    const project = await Effect.runPromise(Project.create(dir, { name: "p", plugins: [] }))
    const s = project.store
    // alice: trust on P1, P2; bob: trust on P1, P3. Binary trust: alice 1 1 0, bob 1 0 1. Coincidences
    // o_11 = 2, o_10 = o_01 = 2, o_00 = 0; n_1 = 4, n_0 = 2, n = 6. α = 1 − 5·4/(36 − 16 − 4) = −0.25.
    const marks: Array<[string, number]> = [
      ["alice", 0],
      ["alice", 1],
      ["bob", 0],
      ["bob", 2],
    ]
    await Effect.runPromise(
      Effect.gen(function* () {
        yield* s.sources.insert([
          {
            id: "d1",
            kind: "document",
            title: "Report",
            text,
            hash: Ids.sha256(text),
            metadata: {},
            position: 0,
            importedAt: now,
          },
        ])
        yield* s.codes.insert([{ id: "vd/trust", name: "trust", kind: "value" }])
        for (const id of ["alice", "bob"]) yield* s.coders.ensure({ id, name: id, engine: false })
        yield* s.segments.insert(
          marks.map(([, p], i) => ({
            id: `s${i}`,
            sourceId: "d1",
            start: para[p]![0],
            end: para[p]![1],
            text: text.slice(...para[p]!),
          })),
        )
        yield* s.codings.insert(
          marks.map(([coderId], i) => ({
            id: `c${i}`,
            segmentId: `s${i}`,
            codeId: "vd/trust",
            coderId,
            status: "accepted" as const,
            origin: "manual",
            createdAt: now,
            updatedAt: now,
          })),
        )
      }),
    )
    await Effect.runPromise(s.close())
    const r = json<{
      units: number
      perCode: Array<{ codeId: string; alpha: { value: number; units: number; pairable: number } }>
      overall: { alpha: { value: number } }
      disagreements: Array<{ unit: number; text: string; codes: Record<string, string[]> }>
    }>(["agreement", "--project", dir, "--coders", "alice,bob", "--unit", "paragraph", "--measure", "alpha"])
    expect(r.units).toBe(3)
    expect(r.perCode[0]!.alpha.value).toBeCloseTo(-0.25, 12)
    expect([r.perCode[0]!.alpha.units, r.perCode[0]!.alpha.pairable]).toEqual([3, 6])
    expect(r.overall.alpha.value).toBeCloseTo(-0.25, 12)
    expect(r.disagreements.map((d) => [d.unit, d.text, d.codes])).toEqual([
      [2, "We trust the NGO.", { alice: ["vd/trust"], bob: [] }],
      [3, "Courts are slow.", { alice: [], bob: ["vd/trust"] }],
    ])
    const human = valuelens(["agreement", "--project", dir, "--coders", "alice,bob", "--unit", "paragraph"])
    expect(human.code).toBe(0)
    // κ: p_o = 1/3, p_e = (2·2 + 1·1)/9 = 5/9, κ = (1/3 − 5/9)/(4/9) = −0.5; percent agreement 1/3
    expect(human.stdout).toContain("trust    -0.250  -0.500   0.333      3         6")
    expect(human.stdout).toContain("Report #2: We trust the NGO.")
    const unknown = valuelens(["agreement", "--project", dir, "--coders", "alice,zed"])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/coder "zed" is not in this project/)
  })
})
