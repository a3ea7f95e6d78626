import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const at = "2026-01-01T00:00:00.000Z"

/**
 * A Malaysian study where two officials (two groups) describe corruption at the border, while Malaysia's
 * latest tier (Tier 2 in the 2025 report, from the Malaysia plugin) is not one the integrity rule flags.
 */
const study = async () => {
  const dir = join(tempDir(), "p")
  json(["init", dir, "--plugins", "country-malaysia"])
  const file = join(dir, "valuelens.json")
  writeFileSync(
    file,
    JSON.stringify({
      ...JSON.parse(readFileSync(file, "utf8")),
      plugins: ["framework-value-deficits", "country-malaysia"],
    }),
  )
  await Effect.runPromise(
    Effect.gen(function* () {
      const p = yield* Project.open(dir)
      const s = p.store
      yield* s.participants.insert([
        { id: "JIM 1", group: "enforcement", country: "MYS", attributes: {} },
        { id: "UKM Academic 1", group: "academic", country: "MYS", attributes: {} },
      ])
      const text = "JIM 1: Officers at the border take money from the syndicates."
      yield* s.sources.insert(
        ["JIM 1", "UKM Academic 1"].map((participantId, i) => ({
          id: `int-${i}`,
          kind: "interview" as const,
          title: participantId,
          text,
          hash: `h${i}`,
          participantId,
          country: "MYS",
          metadata: {},
          position: i,
          importedAt: at,
        })),
      )
      // vd/integrity is already in the codebook: init synced the framework's codes
      yield* s.coders.ensure({ id: "me", name: "Me", engine: false })
      yield* s.segments.insert(
        [0, 1].map((i) => ({ id: `seg-${i}`, sourceId: `int-${i}`, start: 7, end: 62, text })),
      )
      yield* s.codings.insert(
        [0, 1].map((i) => ({
          id: `c-${i}`,
          segmentId: `seg-${i}`,
          codeId: "vd/integrity",
          coderId: "me",
          status: "accepted" as const,
          origin: "manual",
          createdAt: at,
          updatedAt: at,
        })),
      )
      yield* s.close()
    }),
  )
  return dir
}

interface Result {
  countries: string[]
  themes: Array<{
    theme: { id: string }
    verdicts: Array<{
      pair: string
      verdict: string
      computed: string
      rule: { id: string }
      override?: { memo: string }
    }>
    support: { flag?: string }
  }>
}

const integrity = (r: Result, pair: string) =>
  r.themes.find((t) => t.theme.id === "vd/integrity")!.verdicts.find((v) => v.pair === pair)!

describe("valuelens triangulate", { timeout: 30_000 }, () => {
  it("prints the convergence matrix with the rule behind each verdict, against the Malaysia plugin's statistics", async () => {
    const dir = await study()
    const r = json<Result>(["triangulate", "--project", dir])
    expect(r.countries).toEqual(["MYS"])
    expect(integrity(r, "interview-statistics")).toMatchObject({
      verdict: "dissonance",
      rule: { id: "dissonance" },
    })
    expect(integrity(r, "interview-document")).toMatchObject({
      verdict: "silence",
      rule: { id: "silence-one" },
    })
    // in the 2014-2022 window Malaysia ends on Tier 3: the statistics agree
    const window = json<Result>(["triangulate", "--to", "2022", "--project", dir])
    expect(integrity(window, "interview-statistics")).toMatchObject({ verdict: "agreement" })
    const human = valuelens(["triangulate", "--project", dir])
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(
      /^vd\/integrity +2\/2 \(2\) +0\/0 \(0\) +0\/1 +silence +dissonance +silence +academic, enforcement$/m,
    )
  })

  it("overrides a verdict with a memo and reports it beside the computed one", async () => {
    const dir = await study()
    const r = valuelens([
      "triangulate",
      "--project",
      dir,
      "--override",
      "vd/integrity",
      "interview-statistics",
      "partial-agreement",
      "--memo",
      "Interviews were held before the 2024 upgrade.",
      "--author",
      "NA",
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("vd/integrity interview-statistics: dissonance → partial agreement")
    expect(r.stdout).toMatch(/^vd\/integrity .* partial\* \(was dissonance\) /m)
    expect(r.stdout).toContain(
      "vd/integrity interview-statistics: partial agreement (rules give dissonance, dissonance) by NA: Interviews were held before the 2024 upgrade.",
    )
    const after = json<Result>(["triangulate", "--project", dir])
    expect(integrity(after, "interview-statistics")).toMatchObject({
      verdict: "partial agreement",
      computed: "dissonance",
      override: { memo: "Interviews were held before the 2024 upgrade." },
    })
  })

  it("refuses an override without a memo or with an unknown verdict (exit 2) or missing parts (exit 1)", async () => {
    const dir = await study()
    const noMemo = valuelens([
      "triangulate",
      "--project",
      dir,
      "--override",
      "vd/integrity",
      "interview-statistics",
      "agreement",
    ])
    expect(noMemo.code).toBe(2)
    expect(noMemo.stderr).toContain("needs a memo")
    const bad = valuelens([
      "triangulate",
      "--project",
      dir,
      "--override",
      "vd/integrity",
      "interview-statistics",
      "consensus",
      "--memo",
      "m",
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('"consensus" is not a verdict')
    expect(valuelens(["triangulate", "--project", dir, "--override", "vd/integrity"]).code).toBe(1)
    expect(integrity(json<Result>(["triangulate", "--project", dir]), "interview-statistics").verdict).toBe(
      "dissonance",
    )
  })
})
