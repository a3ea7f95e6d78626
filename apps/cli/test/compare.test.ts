import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const repo = join(dirname(fileURLToPath(import.meta.url)), "../../..")
// the project's reference data, read here independently of the copies the plugins ship
const tiers = parse(readFileSync(join(repo, "fixtures/asean/tip_tiers_asean.csv"), "utf8"), {
  columns: true,
  bom: true,
}) as Array<Record<string, string>>

interface Comparison {
  from: number
  to: number
  countries: Array<{
    country: string
    plugins: string[]
    tiers: Array<{ country: string; year: number; tier: string | null; source?: string; confidence?: string }>
  }>
  derived: Array<{
    figure: string
    cells: Array<{
      country: string
      year: number
      value: number | null
      inputs: {
        numerator: { value: number; source: string } | null
        denominator: { value: number; source: string } | null
      }
    }>
  }>
  features: Array<{
    kind: string
    byCountry: Array<{ country: string; institutions: Array<{ name: string }> }>
  }>
}

/** A project with the framework (the Malay lexicon codes for it) and the given plugins. */
const project = (plugins: string[]) => {
  const dir = join(tempDir(), "p")
  json(["init", dir, "--plugins", "country-malaysia,country-philippines"])
  const file = join(dir, "valuelens.json")
  writeFileSync(
    file,
    JSON.stringify({
      ...JSON.parse(readFileSync(file, "utf8")),
      plugins: ["framework-value-deficits", ...plugins],
    }),
  )
  return dir
}

describe("valuelens compare", { timeout: 30_000 }, () => {
  it("returns the MYS and PHL tier series equal to the sourced CSV rows, with sources and confidence", () => {
    const dir = project(["country-malaysia", "country-philippines"])
    const out = json<Comparison>(["compare", "--countries", "MYS,PHL", "--project", dir])
    expect([out.from, out.to]).toEqual([2001, 2025])
    for (const iso of ["MYS", "PHL"]) {
      const series = out.countries.find((c) => c.country === iso)!.tiers
      const rows = tiers.filter((r) => r.country_iso3 === iso)
      expect(rows).toHaveLength(25)
      expect(series).toEqual(
        rows.map((r) =>
          r.tier === ""
            ? { country: iso, year: Number(r.report_year), tier: null }
            : {
                country: iso,
                year: Number(r.report_year),
                tier: r.tier,
                source: r.source_ids,
                confidence: r.confidence,
              },
        ),
      )
    }
  })

  it("carries the inputs and sources of the conviction-to-prosecution ratio, and no data where an input is missing", () => {
    const dir = project(["country-malaysia", "country-philippines"])
    const out = json<Comparison>([
      "compare",
      "--countries",
      "MYS,PHL",
      "--from",
      "2014",
      "--to",
      "2018",
      "--project",
      dir,
    ])
    expect(out.countries[0]!.tiers.map((t) => t.year)).toEqual([2014, 2015, 2016, 2017, 2018])
    const ratio = out.derived.find((d) => d.figure === "conviction-to-prosecution ratio")!
    const mys2015 = ratio.cells.find((c) => c.country === "MYS" && c.year === 2015)!
    expect(mys2015.value).toBeCloseTo(3 / 54, 12)
    expect(mys2015.inputs.numerator).toMatchObject({ value: 3, source: "AASSONE15;LIGHTALIFE16;CIAFB" })
    expect(mys2015.inputs.denominator).toMatchObject({ value: 54, source: "AASSONE15;LIGHTALIFE16;CIAFB" })
    expect(ratio.cells.find((c) => c.country === "PHL" && c.year === 2015)).toEqual({
      country: "PHL",
      year: 2015,
      value: null,
      inputs: { numerator: null, denominator: null },
    })
    const courts = out.features.find((f) => f.kind === "specialised-court")!
    expect(courts.byCountry.find((c) => c.country === "PHL")!.institutions).toEqual([])
    const human = valuelens([
      "compare",
      "--countries",
      "MYS,PHL",
      "--from",
      "2014",
      "--to",
      "2015",
      "--project",
      dir,
    ])
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(/^2014 +Tier 3 +Tier 2$/m)
    expect(human.stdout).toMatch(/^2015 +3\/54 = 0.06 +no data$/m)
  })

  it("gives figures in the data's units and never divides persons by cases", () => {
    const dir = project(["country-malaysia", "country-philippines"])
    // Philippine prosecutions counted in cases, convictions in persons (made-up figures for the test)
    const csv = join(dir, "phl.csv")
    writeFileSync(
      csv,
      [
        "country,year,indicator,value,unit,source,confidence",
        "PHL,2015,enforcement.prosecutions,120,cases,TEST,confirmed",
        "PHL,2015,enforcement.convictions,50,persons,TEST,confirmed",
      ].join("\n"),
    )
    json(["import", csv, "--project", dir])
    const out = json<
      Comparison & {
        indicators: Array<{
          indicator: string
          unit?: string
          cells: Array<{ country: string; unit?: string }>
        }>
        derived: Array<{ cells: Array<{ country: string; year: number; unitsDiffer?: string }> }>
      }
    >(["compare", "--countries", "MYS,PHL", "--from", "2015", "--to", "2015", "--project", dir])
    const series = (key: string) => out.indicators.find((i) => i.indicator === key)!
    expect(series("enforcement.prosecutions").unit).toBeUndefined()
    expect(series("enforcement.prosecutions").cells.map((c) => [c.country, c.unit])).toEqual([
      ["MYS", "persons"],
      ["PHL", "cases"],
    ])
    expect(series("enforcement.convictions").unit).toBe("persons")
    const phl = out.derived[0]!.cells.find((c) => c.country === "PHL" && c.year === 2015)!
    expect(phl).toMatchObject({ value: null, unitsDiffer: "persons / cases" })
    const human = valuelens([
      "compare",
      "--countries",
      "MYS,PHL",
      "--from",
      "2015",
      "--to",
      "2015",
      "--project",
      dir,
    ])
    expect(human.stdout).toMatch(/^Trafficking prosecutions$/m)
    expect(human.stdout).toMatch(/^2015 +54 persons +120 cases$/m)
    expect(human.stdout).toMatch(/^Trafficking convictions \(persons\)$/m)
    expect(human.stdout).toMatch(/^2015 +3\/54 = 0.06 +no ratio: persons \/ cases$/m)
  })

  it("loads country plugins by npm name and by path", () => {
    const dir = project([])
    const path = relative(dir, join(repo, "plugins/country-philippines/dist/index.js"))
    writeFileSync(
      join(dir, "valuelens.json"),
      JSON.stringify({
        name: "p",
        plugins: ["@valuelens/plugin-framework-value-deficits", "@valuelens/plugin-country-malaysia", path],
      }),
    )
    const out = json<Comparison>(["compare", "--countries", "PHL,MYS", "--project", dir])
    expect(out.countries.map((c) => c.country)).toEqual(["PHL", "MYS"])
  })

  it("merges a country several plugins define", () => {
    const dir = project(["asean", "country-malaysia"])
    const out = json<Comparison>(["compare", "--countries", "MYS,THA", "--to", "2014", "--project", dir])
    expect(out.countries[0]!.plugins).toEqual([
      "@valuelens/plugin-asean",
      "@valuelens/plugin-country-malaysia",
    ])
    expect(out.countries[1]!.tiers.at(-1)).toMatchObject({ year: 2014, tier: "Tier 3" })
  })

  it("exits 2 for a country no plugin provides, naming the plugins that provide countries", () => {
    const dir = project(["country-malaysia", "country-philippines"])
    const r = valuelens(["compare", "--countries", "MYS,THA", "--project", dir])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("no plugin of this project provides THA")
    expect(r.stderr).toContain("country-malaysia (MYS); country-philippines (PHL)")
    expect(r.stderr).toContain("asean (BRN, KHM, IDN, LAO, MYS, MMR, PHL, SGP, THA, VNM)")
  })
})
