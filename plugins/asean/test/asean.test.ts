import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import asean from "../src/index.js"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")
// the project's reference data, read independently of the copy the package ships
const rows = parse(readFileSync(join(packageDir, "../../fixtures/asean/tip_tiers_asean.csv"), "utf8"), {
  columns: true,
  bom: true,
}) as Array<Record<string, string>>

describe("the ASEAN plugin", () => {
  it("defines the ten member states", () => {
    expect(asean.countries.map((c) => c.iso3)).toEqual([
      "BRN",
      "KHM",
      "IDN",
      "LAO",
      "MYS",
      "MMR",
      "PHL",
      "SGP",
      "THA",
      "VNM",
    ])
  })

  it("has one tier observation per sourced row and none where the tier is unknown", () => {
    expect(rows).toHaveLength(250)
    const known = rows.filter((r) => r.tier !== "")
    expect(asean.observations).toHaveLength(known.length)
    expect(asean.observations.map((o) => [o.country, o.year, o.value, o.source, o.confidence])).toEqual(
      known.map((r) => [r.country_iso3, Number(r.report_year), r.tier, r.source_ids, r.confidence]),
    )
    for (const r of rows.filter((x) => x.tier === ""))
      expect(
        asean.observations.some((o) => o.country === r.country_iso3 && o.year === Number(r.report_year)),
      ).toBe(false)
  })

  it("brings no lexicons and loads by its package name", async () => {
    const registry = await Effect.runPromise(
      Loader.load(["asean"], packageDir, [join(packageDir, "package.json")]),
    )
    expect(registry.lexicons).toEqual([])
    expect(registry.countries).toHaveLength(10)
  })
})
