import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { buildFindings } from "../src/Build.js"
import * as Findings from "../src/Findings.js"
import { EVIL, registry, seed } from "./seed.js"

const build = (analyses: Parameters<typeof buildFindings>[1] = {}) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const project = yield* seed()
      try {
        return yield* buildFindings({ project, registry }, analyses, {
          generatedAt: "2025-02-01T00:00:00.000Z",
        })
      } finally {
        yield* project.store.close()
      }
    }),
  )

describe("buildFindings", () => {
  it("summarises the project from the store", async () => {
    const f = await build()
    expect(f.project).toEqual({
      name: "Pilot",
      sources: { interview: 3, document: 1, statistics: 0 },
      participants: 4,
      participantsByGroup: [
        { group: "government", participants: 1 },
        { group: "enforcement", participants: 1 },
        { group: "academic", participants: 1 },
        { group: "ngo", participants: 1 },
      ],
      segments: 7,
      acceptedCodings: 8,
      pendingSuggestions: 1,
      coders: "all coders",
    })
    expect(Findings.decode(JSON.parse(JSON.stringify(f)))).toEqual(f)
  })

  it("lists the framework's themes first, even uncoded, then other coded codes", async () => {
    const f = await build()
    expect(f.themes.map((t) => [t.id, t.kind, t.counts.segments, t.counts.participants])).toEqual([
      ["vd/integrity", "value", 2, 2],
      ["vd/justice", "value", 1, 1],
      ["vd/civic-responsibility", "value", 0, 0],
      ["vd/weak-monitoring", "factor", 1, 1],
      ["fear", "free", 1, 1],
    ])
  })

  it("counts accepted codings only, once per segment, never the interviewer's speech", async () => {
    const integrity = (await build()).themes[0]!
    expect(integrity.counts).toEqual({
      segments: 2,
      interviews: 2,
      participants: 2,
      groups: 2,
      documents: 1,
      documentSegments: 1,
    })
    expect(integrity.participants).toEqual([EVIL, "PDRM 9"].sort())
    expect(integrity.groups).toEqual([
      { group: "government", participants: 0, segments: 0 },
      { group: "enforcement", participants: 1, segments: 1 },
      { group: "academic", participants: 0, segments: 0 },
      { group: "ngo", participants: 1, segments: 1 },
    ])
    expect(integrity.documentary).toEqual([
      {
        sourceId: "d",
        title: "TIP Report 2023",
        documentType: "tip-report",
        year: 2023,
        country: "MYS",
        segments: 1,
        pages: [2],
      },
    ])
  })

  it("chooses quotations by the rule and cites participants and document pages", async () => {
    const integrity = (await build()).themes[0]!
    // rules' score 2 on the NGO participant's segment, 1.5 on PDRM 9's; the document comes after the groups
    expect(integrity.quotations.map((q) => [q.citation, q.text])).toEqual([
      [`(${EVIL})`, "Officers took bribes."],
      ["(PDRM 9)", "Some take money."],
      ["(TIP Report 2023, p. 2)", "The report notes officials complicit in trafficking."],
    ])
  })

  it("leaves analyses it was not given as null", async () => {
    const f = await build()
    expect([f.model, f.saturation, f.reliability]).toEqual([null, null, null])
    expect(f.themes.every((t) => t.convergence === null && t.statistical === null)).toBe(true)
  })

  it("builds the comparison from the project's and the plugins' observations, with institutions", async () => {
    const f = await build()
    expect(f.comparison).toEqual({
      levels: ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"],
      from: 2021,
      to: 2023,
      countries: [
        {
          iso3: "MYS",
          name: "Malaysia",
          region: "ASEAN",
          tiers: [
            { year: 2021, tier: "Tier 3", source: "STATE_MYS", confidence: "confirmed" },
            { year: 2023, tier: "Tier 2 Watch List", source: "GVNET_MYS23", confidence: "confirmed" },
          ],
          indicators: [
            {
              key: "victims.identified",
              label: "victims.identified",
              unit: "persons",
              values: [{ year: 2023, value: 180, source: "STATE_MYS", confidence: null }],
            },
          ],
          institutions: [
            {
              kind: "law",
              name: "ATIPSOM Act 2007",
              year: 2007,
              detail: null,
              source: "MYLAW670",
              confidence: "confirmed",
            },
          ],
        },
        {
          iso3: "PHL",
          name: "PHL",
          region: null,
          tiers: [{ year: 2023, tier: "Tier 1", source: "GVNET2023", confidence: "confirmed" }],
          indicators: [],
          institutions: [],
        },
      ],
    })
  })

  it("takes the analyses it is given: links, saturation, reliability, convergence", async () => {
    const f = await build({
      researchQuestions: [{ id: "RQ1", text: "Why?", themes: ["vd/integrity"] }],
      links: {
        measure: "c-coefficient",
        links: [
          {
            factor: "vd/weak-monitoring",
            value: "vd/integrity",
            strength: 0.5,
            cooccurrences: 1,
            participants: ["PDRM 9"],
          },
        ],
      },
      saturation: {
        interviews: [
          { sourceId: "a", participantId: EVIL, newCodes: ["vd/integrity", "vd/justice"] },
          { sourceId: "b", participantId: "PDRM 9", newCodes: ["vd/weak-monitoring"] },
          { sourceId: "c", participantId: "AGC 1", newCodes: [] },
        ],
        parameters: { baseSize: 2, runLength: 1, threshold: 0.05 },
        // base a, b: 3 codes; the run of c adds 0 → saturated at 2 interviews
        verdict: {
          saturated: true,
          atInterview: 2,
          newInformation: 0,
          statement:
            "saturation reached at 2 interviews: interviews 3–3 added 0 new codes (0% of the 3 in the base) (base 2, run 1, new-information threshold ≤5%)",
        },
      },
      reliability: {
        unit: "sentence",
        units: 12,
        coders: ["NA", "rules"],
        overall: [{ measure: "Krippendorff's alpha (nominal)", value: 0.74 }],
        perCode: [
          { code: "vd/justice", coefficients: [{ measure: "Krippendorff's alpha (nominal)", value: 0.6 }] },
        ],
      },
      convergence: [
        {
          theme: "vd/integrity",
          a: "interviews",
          b: "documents",
          verdict: "agreement",
          rule: "both",
          evidence: ["d"],
        },
      ],
    })
    expect(f.researchQuestions).toEqual([{ id: "RQ1", text: "Why?", themes: ["vd/integrity"] }])
    expect(f.model!.links[0]).toMatchObject({
      factorName: "Weak monitoring and accountability",
      valueName: "Integrity",
      hypothesised: true,
    })
    expect(f.saturation!.points.map((p) => p.cumulative)).toEqual([2, 3, 3])
    expect(f.saturation!.verdict.statement).toBe(
      "Saturation reached at 2 interviews: interviews 3–3 added 0 new codes (0% of the 3 in the base) (base 2, run 1, new-information threshold ≤5%).",
    )
    expect(f.reliability!.perCode[0]!.name).toBe("Justice")
    expect(f.themes[0]!.convergence).toHaveLength(1)
    expect(f.themes[1]!.convergence).toEqual([])
    expect(f.method.coders.map((c) => c.id)).toEqual(["NA", "rules"])
    expect(f.method.interviewDates).toEqual({ from: "2024-03-12", to: "2024-04-02" })
    expect(f.pluginSections).toEqual([
      {
        id: "vd/pillars",
        title: "The four pillars",
        markdown: "Prosecution, protection.",
        after: "model",
        plugin: "@valuelens/plugin-framework-value-deficits",
      },
    ])
  })
})
