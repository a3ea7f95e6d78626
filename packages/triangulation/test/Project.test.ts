import { Effect, Exit } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Project } from "../src/index.js"
import { registry, study } from "./fixture.js"

let store: Awaited<ReturnType<typeof study>>
beforeAll(async () => {
  store = await study()
})
afterAll(() => Effect.runPromise(store.close()))

const run = () => Effect.runPromise(Project.run(store, registry))
const themeOf = (t: Project.Triangulation, id: string) => t.themes.find((r) => r.theme.id === id)!
const verdicts = (t: Project.Triangulation, id: string) =>
  Object.fromEntries(themeOf(t, id).verdicts.map((v) => [v.pair, `${v.verdict} (${v.rule.id})`]))

describe("triangulating a small study", () => {
  it("collects interview evidence: participants, groups, prominence; codes under a theme count for it", async () => {
    const t = await run()
    const justice = themeOf(t, "vd/justice").evidence.interview
    expect(justice.participants).toEqual(["AGC 1", "AGC 2", "UUM Academic 1"])
    expect(justice.totalParticipants).toBe(4)
    expect(justice.prominence).toBe(0.75)
    // the passage two coders both coded is one piece of evidence
    expect(justice.segments).toBe(3)
    expect(justice.groups).toEqual([
      { group: "academic", participants: ["UUM Academic 1"] },
      { group: "government", participants: ["AGC 1", "AGC 2"] },
    ])
  })

  it("leaves out rejected codings and interviewer turns", async () => {
    const empathy = themeOf(await run(), "vd/empathy").evidence.interview
    expect(empathy.participants).toEqual(["NGO 1"])
    expect(empathy.segments).toBe(1)
  })

  it("collects documentary evidence by type and year, with the page of each passage", async () => {
    const docs = themeOf(await run(), "vd/justice").evidence.document
    expect(docs.totalDocuments).toBe(3)
    expect(docs.documents.map((d) => [d.sourceId, d.passages.map((p) => p.page)])).toEqual([
      ["doc-tip", [2]],
      ["doc-act", [undefined]],
    ])
    expect(docs.byType).toEqual([
      { documentType: "legislation", year: 2007, documents: 1, segments: 1 },
      { documentType: "tip-report", year: 2023, documents: 1, segments: 1 },
    ])
  })

  it("evaluates indicator rules for the study's countries only, with their inputs", async () => {
    const t = await run()
    expect(t.countries).toEqual(["MYS"])
    const [ratio] = themeOf(t, "vd/justice").evidence.statistics.evaluations
    expect(ratio!.country).toBe("MYS")
    expect(ratio!.series).toHaveLength(1)
    expect(ratio!.series[0]!.value).toBeCloseTo(9 / 34, 10)
    expect(ratio!.series[0]!.inputs.map((o) => [o.indicator, o.value, o.source])).toEqual([
      ["enforcement.convictions", 9, "AASSONE15"],
      ["enforcement.prosecutions", 34, "AASSONE15"],
    ])
    expect(ratio!.signal).toBe("deficit")
    const [tier] = themeOf(t, "vd/integrity").evidence.statistics.evaluations
    expect(tier!.signal).toBe("no-deficit")
    expect(tier!.conditions[0]!.detail).toBe("latest (2024) Tier 2 is not one of Tier 2 Watch List, Tier 3")
  })

  it("counts a series two rules read once", async () => {
    // vd/justice-ratio (below 0.5) and mys/justice-ratio-trend (worsening) both read Malaysia's conviction ratio:
    // two evaluations, one series, which signals a deficit because the first rule does (9/34 < 0.5)
    const s = themeOf(await run(), "vd/justice").evidence.statistics
    expect(s.evaluations.map((e) => [e.rule.id, e.signal])).toEqual([
      ["vd/justice-ratio", "deficit"],
      ["mys/justice-ratio-trend", "no-data"],
    ])
    expect(s.series).toEqual([
      {
        country: "MYS",
        measure: "enforcement.convictions / enforcement.prosecutions",
        rules: ["vd/justice-ratio", "mys/justice-ratio-trend"],
        signal: "deficit",
      },
    ])
    expect([s.deficit, s.noDeficit, s.noData]).toEqual([1, 0, 0])
  })

  it("matches interviews and documents within the countries asked for, like the statistics", async () => {
    // every participant and document of the study is Malaysian: asked about the Philippines, no interview and
    // no document speaks to justice, and the verdict with statistics says so (silence), not "dissonance"
    const t = await Effect.runPromise(Project.run(store, registry, { countries: ["PHL"] }))
    const justice = themeOf(t, "vd/justice").evidence
    expect([justice.interview.totalParticipants, justice.interview.participants]).toEqual([0, []])
    expect([justice.document.totalDocuments, justice.document.documents]).toEqual([0, []])
    expect(verdicts(t, "vd/justice")["interview-document"]).toBe("silence (silence-both)")
    const mys = await Effect.runPromise(Project.run(store, registry, { countries: ["MYS"] }))
    expect(themeOf(mys, "vd/justice").evidence.interview.totalParticipants).toBe(4)
  })

  it("codes agreement when meaning and prominence match", async () => {
    expect(verdicts(await run(), "vd/justice")).toEqual({
      "interview-document": "agreement (agreement)",
      "interview-statistics": "agreement (agreement)",
      "document-statistics": "agreement (agreement)",
    })
  })

  it("codes partial agreement and dissonance", async () => {
    expect(verdicts(await run(), "vd/integrity")).toEqual({
      // 3 of 4 participants (high) against 1 of 3 documents (low)
      "interview-document": "partial agreement (partial-prominence)",
      // a prominent deficit in the talk, no deficit in the tier
      "interview-statistics": "dissonance (dissonance)",
      // both low, but the documents show a deficit and the tier does not
      "document-statistics": "partial agreement (partial-meaning)",
    })
  })

  it("codes silence when one or both evidence types say nothing", async () => {
    const t = await run()
    expect(verdicts(t, "vd/empathy")).toEqual({
      "interview-document": "silence (silence-one)",
      // a rule exists but Malaysia has no victims series in this project
      "interview-statistics": "silence (silence-one)",
      "document-statistics": "silence (silence-both)",
    })
    expect(themeOf(t, "vd/empathy").evidence.statistics.noData).toBe(1)
    expect(verdicts(t, "vd/trust")["interview-statistics"]).toBe("silence (silence-both)")
    expect(verdicts(t, "vd/resource-constraints")["document-statistics"]).toBe("silence (silence-one)")
  })

  it("flags themes that rest on one participant group", async () => {
    const t = await run()
    expect(themeOf(t, "vd/empathy").support).toEqual({
      theme: "vd/empathy",
      groups: [{ group: "ngo", participants: ["NGO 1"] }],
      flag: "one-group",
    })
    expect(themeOf(t, "vd/integrity").support.flag).toBeUndefined()
    expect(themeOf(t, "vd/trust").support.flag).toBe("none")
  })

  it("lets a researcher override a verdict with a memo, shown with the original", async () => {
    const changed = await Effect.runPromise(
      Project.override(store, registry, {
        theme: "vd/integrity",
        pair: "interview-statistics",
        verdict: "partial-agreement",
        memo: "The 2024 upgrade postdates the interviews of 2023.",
        author: "researcher",
      }),
    )
    expect(changed.verdict).toBe("partial agreement")
    expect(changed.computed).toBe("dissonance")
    const v = themeOf(await run(), "vd/integrity").verdicts.find((x) => x.pair === "interview-statistics")!
    expect(v.verdict).toBe("partial agreement")
    expect(v.computed).toBe("dissonance")
    expect(v.rule.id).toBe("dissonance")
    expect(v.override).toMatchObject({
      verdict: "partial agreement",
      was: "dissonance",
      author: "researcher",
      memo: "The 2024 upgrade postdates the interviews of 2023.",
    })
    const memos = await Effect.runPromise(store.memos.list("code", "vd/integrity"))
    expect(memos.map((m) => [m.title, m.text])).toEqual([
      [
        "Convergence interview-statistics: dissonance → partial agreement",
        "The 2024 upgrade postdates the interviews of 2023.",
      ],
    ])

    // removing it returns the computed verdict
    await Effect.runPromise(
      Project.override(store, registry, {
        theme: "vd/integrity",
        pair: "interview-statistics",
        verdict: undefined,
        memo: "",
        author: "researcher",
      }),
    )
    const back = themeOf(await run(), "vd/integrity").verdicts.find((x) => x.pair === "interview-statistics")!
    expect(back.verdict).toBe("dissonance")
    expect(back.override).toBeUndefined()
  })

  it("refuses an override of an unknown pair, verdict or theme, or without a memo, and stores nothing", async () => {
    const attempt = (pair: string, verdict: string, memo: string, theme = "vd/justice") =>
      Effect.runPromiseExit(Project.override(store, registry, { theme, pair, verdict, memo, author: "r" }))
    const before = await Effect.runPromise(store.settings.get(Project.OVERRIDES_KEY))
    for (const [exit, field] of [
      [await attempt("interview-survey", "agreement", "m"), "pair"],
      [await attempt("interview-document", "consensus", "m"), "verdict"],
      [await attempt("interview-document", "agreement", " "), "memo"],
      [await attempt("interview-document", "agreement", "m", "vd/nothing"), "theme"],
    ] as const) {
      expect(Exit.isFailure(exit)).toBe(true)
      const error = Exit.isFailure(exit)
        ? (exit.cause.reasons[0] as { error?: { _tag: string; field: string } })
        : undefined
      expect(error?.error).toMatchObject({ _tag: "BadInput", field })
    }
    expect(await Effect.runPromise(store.settings.get(Project.OVERRIDES_KEY))).toEqual(before)
  })
})
