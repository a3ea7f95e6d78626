import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import malaysia, { factLabels, malay } from "../src/index.js"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")
// the project's reference data, read independently of the copy the package ships
const reference = join(packageDir, "../../fixtures/asean")
const csv = (file: string) =>
  parse(readFileSync(join(reference, file), "utf8"), { columns: true, bom: true }) as Array<
    Record<string, string>
  >

const FRAMEWORK = [
  "vd/integrity",
  "vd/justice",
  "vd/empathy",
  "vd/civic-responsibility",
  "vd/trust",
  "vd/divergent-approaches",
  "vd/weak-monitoring",
  "vd/resource-constraints",
  "vd/logistical-barriers",
  "vd/financial-constraints",
]

describe("the Malaysia plugin", () => {
  it("has one tier observation per sourced MYS row of 2001-2025, with its source keys and confidence", () => {
    const rows = csv("tip_tiers_asean.csv").filter((r) => r.country_iso3 === "MYS")
    expect(rows).toHaveLength(25)
    const tiers = malaysia.observations.filter((o) => o.indicator === "tip.tier")
    expect(tiers.map((o) => [o.year, o.value, o.source, o.confidence])).toEqual(
      rows
        .filter((r) => r.tier !== "")
        .map((r) => [Number(r.report_year), r.tier, r.source_ids, r.confidence]),
    )
    expect(tiers.find((o) => o.year === 2014)).toMatchObject({ value: "Tier 3", confidence: "confirmed" })
  })

  it("carries every enforcement figure of the CSV and nothing for its empty cells", () => {
    const rows = csv("malaysia_enforcement.csv")
    const columns = {
      investigations: "enforcement.investigations",
      prosecutions: "enforcement.prosecutions",
      convictions: "enforcement.convictions",
      victims_identified: "victims.identified",
    } as const
    const expected = rows.flatMap((r) =>
      Object.entries(columns)
        .filter(([c]) => r[c] !== "")
        .map(([c, indicator]) => [indicator, Number(r.report_year), Number(r[c]), r.source_ids]),
    )
    const got = malaysia.observations
      .filter((o) => o.indicator.startsWith("enforcement.") || o.indicator === "victims.identified")
      .map((o) => [o.indicator, o.year, o.value, o.source])
    expect(got.sort()).toEqual(expected.sort())
    expect(got).toHaveLength(4 * 3 + 8)
    expect(got).toContainEqual(["enforcement.prosecutions", 2015, 54, "AASSONE15;LIGHTALIFE16;CIAFB"])
    // no confidence column in that CSV: none is invented
    expect(
      malaysia.observations
        .filter((o) => o.indicator.startsWith("enforcement."))
        .every((o) => o.confidence === undefined),
    ).toBe(true)
  })

  it("lists every Malaysian fact of framework_facts.csv as an institution with its sources", () => {
    const facts = csv("framework_facts.csv").filter((r) => r.country === "Malaysia")
    expect(Object.keys(factLabels).sort()).toEqual(facts.map((f) => f.fact_id).sort())
    const institutions = malaysia.countries[0]!.institutions!
    expect(institutions.map((i) => [i.source, i.confidence])).toEqual(
      facts.map((f) => [f.source_ids, f.confidence]),
    )
    expect(institutions.find((i) => i.kind === "coordinating-body")?.name).toMatch(/^MAPO/)
    expect(institutions.find((i) => i.kind === "specialised-court")).toMatchObject({
      year: 2018,
      source: "SCMP19;FMT19",
    })
  })

  it("has a Malay entry for each of the framework's values and factors", () => {
    expect(malay.language).toBe("ms")
    expect(malay.entries.map((e) => e.code)).toEqual(FRAMEWORK)
    const terms = (code: string) =>
      malay.entries
        .filter((e) => e.code === code)
        .flatMap((e) => [...(e.terms ?? []), ...(e.phrases ?? [])])
        .map((t) => (typeof t === "string" ? t : t.text))
    expect(terms("vd/integrity")).toEqual(expect.arrayContaining(["rasuah", "integriti", "sogokan"]))
    expect(terms("vd/justice")).toEqual(
      expect.arrayContaining(["keadilan", "pendakwaan", "sabitan", "saksi"]),
    )
    expect(terms("vd/empathy")).toEqual(
      expect.arrayContaining(["mangsa", "tempat perlindungan", "trauma", "penterjemah"]),
    )
    expect(terms("vd/civic-responsibility")).toEqual(expect.arrayContaining(["kesedaran awam", "kempen"]))
    expect(terms("vd/trust")).toEqual(expect.arrayContaining(["kepercayaan", "kerjasama", "NGO"]))
    expect(terms("vd/weak-monitoring")).toContain("pemantauan")
    expect(terms("vd/resource-constraints")).toContain("kekurangan kakitangan")
    expect(terms("vd/financial-constraints")).toEqual(expect.arrayContaining(["bajet", "peruntukan"]))
  })

  it("keeps terms single words, phrases several, no repeats, and patterns that compile", () => {
    for (const e of malay.entries) {
      const text = (w: string | { text: string }) => (typeof w === "string" ? w : w.text)
      const terms = (e.terms ?? []).map(text)
      const phrases = (e.phrases ?? []).map(text)
      expect(
        terms.filter((t) => /\s/.test(t)),
        e.code,
      ).toEqual([])
      expect(
        phrases.filter((p) => !/\s/.test(p)),
        e.code,
      ).toEqual([])
      const all = [...terms, ...phrases].map((t) => t.toLowerCase())
      expect(new Set(all).size, e.code).toBe(all.length)
      for (const p of e.patterns ?? []) expect(() => new RegExp(text(p), "iu")).not.toThrow()
      expect(e.id?.startsWith("mys/")).toBe(true)
    }
    const clitic = malay.entries.find((e) => e.code === "vd/integrity")!.patterns![0]!
    expect(
      new RegExp(typeof clitic === "string" ? clitic : clitic.text, "iu").test("rasuahnya berleluasa"),
    ).toBe(true)
  })

  it("loads by its package name through the plugin loader, next to the framework its lexicon codes for", async () => {
    const registry = await Effect.runPromise(
      Loader.load(["framework-value-deficits", "country-malaysia"], packageDir, [
        join(packageDir, "package.json"),
      ]),
    )
    expect(registry.countries.map((c) => c.iso3)).toEqual(["MYS"])
    expect(registry.indicatorRules.filter((r) => r.id.startsWith("mys/")).map((r) => r.id)).toEqual([
      "mys/justice-conviction-ratio-trend",
      "mys/integrity-tier-levels",
      "mys/empathy-victims-identified-trend",
    ])
    expect(registry.reportSections.find((s) => s.id.startsWith("mys/"))!.markdown).toContain("**KELLEY**")
  })
})
