import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import philippines, { factLabels } from "../src/index.js"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")
// the project's reference data, read independently of the copy the package ships
const reference = join(packageDir, "../../fixtures/asean")
const csv = (file: string) =>
  parse(readFileSync(join(reference, file), "utf8"), { columns: true, bom: true }) as Array<
    Record<string, string>
  >

describe("the Philippines plugin", () => {
  it("has the PHL tiers of 2001-2025 as sourced, Tier 1 from 2016", () => {
    const rows = csv("tip_tiers_asean.csv").filter((r) => r.country_iso3 === "PHL")
    expect(philippines.observations.map((o) => [o.year, o.value, o.source, o.confidence])).toEqual(
      rows.map((r) => [Number(r.report_year), r.tier, r.source_ids, r.confidence]),
    )
    expect(philippines.observations.filter((o) => o.year >= 2016).every((o) => o.value === "Tier 1")).toBe(
      true,
    )
  })

  it("has RA 9208, RA 10364 and IACAT with their sources; the tier fact is left to the tiers", () => {
    const facts = csv("framework_facts.csv").filter(
      (r) => r.country === "Philippines" && r.fact_id !== "PH-TIER-1",
    )
    expect(Object.keys(factLabels).sort()).toEqual(facts.map((f) => f.fact_id).sort())
    const institutions = philippines.countries[0]!.institutions!
    expect(institutions.map((i) => [i.kind, i.name.split(",")[0], i.source])).toEqual([
      ["law", "RA 9208", "IACAT_RA;RESPICIO"],
      ["law", "RA 10364", "IACAT_RA;RESPICIO"],
      ["law", "Anti-trafficking law amended (2022 period)", "MANILASHIMBUN23"],
      ["coordinating-body", "IACAT (Inter-Agency Council Against Trafficking)", "IACAT_RA;IACAT21"],
    ])
  })

  it("loads by its package name through the plugin loader", async () => {
    const registry = await Effect.runPromise(
      Loader.load(["country-philippines"], packageDir, [join(packageDir, "package.json")]),
    )
    expect(registry.countries.map((c) => c.iso3)).toEqual(["PHL"])
  })
})
