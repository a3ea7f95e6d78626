/**
 * A small study whose every figure was worked out by hand (the arithmetic is in the comments; nothing here is
 * computed by ValueLens) goes through import → code → agreement → saturation → triangulate → report, and the
 * JSON report must carry exactly those figures. Then the project is exported to .qdpx and imported into itself:
 * nothing is added.
 *
 * The study (test/fixtures/hand-study, all Malaysian):
 *   P1 government, P2 government, P3 ngo, P4 ngo, P5 academic, P6 enforcement: one interview each, in that
 *   order, each an interviewer question and one participant turn; a document "Border audit"; a statistics file
 *   with prosecutions and convictions for 2020 (100, 40) and 2021 (80, 20).
 *   Two people code every participant turn whole; alice also codes the audit's one paragraph vd/integrity.
 *
 *            alice                         bob
 *   P1       integrity, weak-monitoring    integrity, weak-monitoring
 *   P2       integrity, trust              integrity, trust
 *   P3       trust                         justice
 *   P4       justice                       justice
 *   P5       trust                         trust
 *   P6       integrity                     integrity
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Manual } from "@valuelens/coding"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { json, tempDir } from "./run.js"

const study = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "hand-study")

// Each transcript's text is "Interviewer: What goes wrong?\n" (30 code points) then "Pn: " (4): speech starts at 34.
const speech = [
  "Officers at the border take money from syndicates, and nobody checks their posts afterwards.",
  "Some officers are paid off, and the NGOs no longer believe what the agencies promise them.",
  "We do not trust the agencies with our cases, and the few cases that reach court collapse.",
  "Victims will not testify because hearings drag on for years without a verdict.",
  "Agencies and NGOs keep their information to themselves and meet only when a case goes wrong.",
  "A few colleagues protect the syndicates in exchange for cash.",
]
const alice = [
  ["vd/integrity", "vd/weak-monitoring"],
  ["vd/integrity", "vd/trust"],
  ["vd/trust"],
  ["vd/justice"],
  ["vd/trust"],
  ["vd/integrity"],
]
const bob = [...alice.slice(0, 2), ["vd/justice"], ...alice.slice(3)]

interface Imported {
  readonly sources: ReadonlyArray<{ id: string; kind: string }>
  readonly refi?: ReadonlyArray<{ readonly added: Record<string, number> }>
}
interface Coefficient {
  readonly measure: string
  readonly value: number
}

describe("a study with figures worked out by hand", () => {
  it("reports exactly those figures, and a .qdpx round trip into the same project adds nothing", async () => {
    const dir = tempDir()
    const p = join(dir, "p")
    json(["init", p, "--plugins", "framework-value-deficits"])
    const imported = json<Imported>(["import", study, "--project", p])
    const interviews = imported.sources.filter((s) => s.kind === "interview").map((s) => s.id)
    const audit = imported.sources.find((s) => s.kind === "document")!.id
    expect(interviews).toHaveLength(6)
    // coding as `valuelens code add SOURCE START END CODE --coder NAME` does, in one process (seventeen
    // processes take minutes on a loaded machine)
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const project = yield* Effect.acquireRelease(Project.open(p), (x) => Effect.orDie(x.store.close()))
          const code = (sourceId: string, start: number, end: number, codeId: string, coderId: string) =>
            project.store.transaction((tx) => Manual.codeRange(tx, { sourceId, start, end, codeId, coderId }))
          for (const [coder, codes] of [
            ["alice", alice],
            ["bob", bob],
          ] as const)
            for (const [i, list] of codes.entries())
              for (const c of list) yield* code(interviews[i]!, 34, 34 + speech[i]!.length, c, coder)
          // the audit's text is its one line, 67 code points
          yield* code(audit, 0, 67, "vd/integrity", "alice")
        }),
      ),
    )

    // ── agreement over participant turns ──
    // units: 6 turns and the audit's paragraph (bob coded no document, so he is missing there): 7 units,
    // 6 pairable. The value of a turn is its set of codes; alice and bob differ only on P3 (trust / justice).
    // Coincidences: 5 matching units × 2 = 10 on the diagonal, P3 gives (trust, justice) and (justice, trust).
    // Marginals over 12 pairable values: {I,W} 2, {I,T} 2, {T} 3, {J} 3, {I} 2; Σ n_c² = 4+4+9+9+4 = 30.
    // α = 1 − (n − 1)·Σ_{c≠k} o_ck / (n² − Σ n_c²) = 1 − 11·2 / (144 − 30) = 1 − 22/114 = 92/114
    // Cohen's κ: p_o = 5/6; p_e = Σ p_alice·p_bob = (1·1 + 1·1 + 2·1 + 1·2 + 1·1)/36 = 7/36;
    //            κ = (30/36 − 7/36) / (29/36) = 23/29.  Percent agreement = 5/6.
    const agreement = json<{ units: number; overall: Record<string, { value: number }> }>([
      "agreement",
      "--coders",
      "alice,bob",
      "--save",
      "study",
      "--project",
      p,
    ])
    expect(agreement.units).toBe(7)
    expect(agreement.overall.alpha!.value).toBeCloseTo(92 / 114, 12)
    expect(agreement.overall.kappa!.value).toBeCloseTo(23 / 29, 12)
    expect(agreement.overall.percent!.value).toBeCloseTo(5 / 6, 12)

    // ── saturation (Guest, Namey & Chen 2020; base 4, run 2, ≤ 5 %) over both coders' codes ──
    // new codes: P1 integrity, weak-monitoring (2); P2 trust (1, total 3); P3 justice (bob; 1, total 4);
    // P4–P6 none. Base P1–P4 holds 4 codes; the run P5–P6 adds 0/4 = 0 % → saturated at 4 interviews.
    const saturation = json<{ saturated: boolean; at: number; baseCodes: number }>([
      "analyze",
      "saturation",
      "--project",
      p,
    ])
    expect([saturation.saturated, saturation.at, saturation.baseCodes]).toEqual([true, 4, 4])

    // ── triangulation ──
    // integrity: 3 of 6 participants (P1, P2, P6) = 50 % ≥ 50 % → high; 1 of 1 document → high:
    //   interview–document agreement; no indicator rule for integrity in the framework → silence with statistics.
    // justice: 2 of 6 (P3 by bob, P4) = 33 % → low; conviction ratio 2021 = 20/80 = 0.25 < 0.5 → deficit, and the
    //   tier rule has no data: 1 of 1 evaluation with data → high: interview–statistics partial agreement
    //   (same meaning, different prominence); no document → silence.
    // trust: 3 of 6 (P2, P3 by alice, P5) → high; no document and no statistics → silence, silence.
    const tri = json<{
      themes: ReadonlyArray<{
        theme: { id: string }
        verdicts: ReadonlyArray<{ pair: string; verdict: string }>
      }>
    }>(["triangulate", "--project", p])
    const verdicts = (id: string) =>
      Object.fromEntries(tri.themes.find((t) => t.theme.id === id)!.verdicts.map((v) => [v.pair, v.verdict]))
    expect(verdicts("vd/integrity")).toEqual({
      "interview-document": "agreement",
      "interview-statistics": "silence",
      "document-statistics": "silence",
    })
    expect(verdicts("vd/justice")).toEqual({
      "interview-document": "silence",
      "interview-statistics": "partial agreement",
      "document-statistics": "silence",
    })
    expect(verdicts("vd/trust")).toEqual({
      "interview-document": "silence",
      "interview-statistics": "silence",
      "document-statistics": "silence",
    })

    // ── the JSON report ──
    // a quick check afterwards, not saved, must not change what the report shows
    json(["agreement", "--coders", "alice,bob", "--unit", "sentence", "--project", p])
    const out = join(dir, "report.json")
    json(["report", "--format", "json", "--out", out, "--project", p])
    const report = JSON.parse(readFileSync(out, "utf8"))
    expect(report.runs).toEqual([{ kind: "agreement", name: "study", at: expect.any(String) }])
    expect(report.method.analyses).toEqual([
      `Reliability: the recorded run "study" made ${report.runs[0].at}`,
      "Saturation: computed for this report",
      "Triangulation: computed for this report",
    ])
    // codings: alice 2+2+1+1+1+1 = 8 on turns and 1 on the audit, bob 8 on turns: 17; segments: 6 turns + the audit = 7
    expect(report.project).toMatchObject({
      sources: { interview: 6, document: 1, statistics: 1 },
      participants: 6,
      participantsByGroup: [
        { group: "government", participants: 2 },
        { group: "enforcement", participants: 1 },
        { group: "academic", participants: 1 },
        { group: "ngo", participants: 2 },
      ],
      segments: 7,
      acceptedCodings: 17,
      pendingSuggestions: 0,
      coders: "all coders",
    })
    const theme = (id: string) => report.themes.find((t: { id: string }) => t.id === id)
    // integrity: turns of P1, P2, P6 (one segment each, two coders counting once) and the audit
    expect(theme("vd/integrity").counts).toEqual({
      segments: 3,
      interviews: 3,
      participants: 3,
      groups: 2,
      documents: 1,
      documentSegments: 1,
    })
    expect(theme("vd/integrity").participants).toEqual(["P1", "P2", "P6"])
    expect(theme("vd/trust").participants).toEqual(["P2", "P3", "P5"])
    expect(theme("vd/justice").participants).toEqual(["P3", "P4"])
    expect(theme("vd/justice").statistical[0]).toMatchObject({
      rule: "vd/justice-conviction-ratio",
      country: "MYS",
      // 40/100 and 20/80
      values: [
        { year: 2020, value: 0.4 },
        { year: 2021, value: 0.25 },
      ],
      signal: "deficit",
    })
    const verdict = (id: string, a: string, b: string) =>
      theme(id).convergence.find((c: { a: string; b: string }) => c.a === a && c.b === b).verdict
    expect(verdict("vd/integrity", "interview", "document")).toBe("agreement")
    expect(verdict("vd/justice", "interview", "statistics")).toBe("partial agreement")

    // factor → value: passages carrying integrity: P1, P2, P6 turns and the audit = 4; weak monitoring: P1 = 1;
    // both: P1 = 1 → c = 1 / (4 + 1 − 1) = 0.25. Trust has no factor coded with it.
    const link = (factor: string, value: string) =>
      report.model.links.find(
        (l: { factor: string; value: string }) => l.factor === factor && l.value === value,
      )
    expect(link("vd/weak-monitoring", "vd/integrity")).toMatchObject({
      strength: 0.25,
      cooccurrences: 1,
      participants: ["P1"],
      hypothesised: true,
    })
    expect(link("vd/divergent-approaches", "vd/trust")).toMatchObject({ strength: 0, cooccurrences: 0 })

    expect(report.saturation.points.map((x: { newCodes: string[] }) => x.newCodes.length)).toEqual([
      2, 1, 1, 0, 0, 0,
    ])
    expect(report.saturation.verdict).toEqual({
      saturated: true,
      atInterview: 4,
      newInformation: 0,
      // the words `analyze saturation` prints
      statement:
        "Saturation reached at 4 interviews: interviews 5–6 added 0 new codes (0% of the 4 in the base) (base 4, run 2, new-information threshold ≤5%).",
    })

    const overall = Object.fromEntries(
      report.reliability.overall.map((c: Coefficient) => [c.measure, c.value] as const),
    )
    expect(report.reliability).toMatchObject({ unit: "turn", units: 7, coders: ["alice", "bob"] })
    expect(overall["Krippendorff's alpha (nominal)"]).toBeCloseTo(92 / 114, 12)
    expect(overall["Cohen's kappa"]).toBeCloseTo(23 / 29, 12)
    expect(overall["percent agreement"]).toBeCloseTo(5 / 6, 12)
    // justice alone, binary per unit: alice yes on P4; bob yes on P3, P4; 6 pairable units.
    // Coincidences: o00 = 4·2 = 8, o01 = o10 = 1, o11 = 2; n0 = 9, n1 = 3, n = 12.
    // α = 1 − 11·2 / (2·9·3) = 32/54;  κ: p_o = 5/6, p_e = (1/6)(2/6) + (5/6)(4/6) = 22/36, κ = (8/36)/(14/36) = 8/14
    const justice = Object.fromEntries(
      report.reliability.perCode
        .find((c: { code: string }) => c.code === "vd/justice")
        .coefficients.map((c: Coefficient) => [c.measure, c.value] as const),
    )
    expect(justice["Krippendorff's alpha (nominal)"]).toBeCloseTo(32 / 54, 12)
    expect(justice["Cohen's kappa"]).toBeCloseTo(8 / 14, 12)

    // ── export to .qdpx and import it into the same project: nothing is added ──
    const before = json<{ counts: Record<string, number> }>(["status", "--project", p]).counts
    const qdpx = join(dir, "p.qdpx")
    json(["export", "qdpx", "--out", qdpx, "--project", p])
    const again = json<Imported>(["import", qdpx, "--project", p])
    expect(Object.values(again.refi![0]!.added).every((n) => n === 0)).toBe(true)
    expect(json<{ counts: Record<string, number> }>(["status", "--project", p]).counts).toEqual(before)
  }, 300_000)
})
