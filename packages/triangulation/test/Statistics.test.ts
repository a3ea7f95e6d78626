import type { Observation } from "@valuelens/core"
import type { IndicatorRule } from "@valuelens/plugin-api"
import { describe, expect, it } from "vitest"
import { Statistics } from "../src/index.js"

const obs = (
  year: number,
  indicator: string,
  value: number | string,
  extra: Partial<Observation> = {},
): Observation => ({
  country: "MYS",
  year,
  indicator,
  value,
  source: "S",
  ...extra,
})

const rule = (
  measure: IndicatorRule["measure"],
  deficitWhen: IndicatorRule["deficitWhen"],
): IndicatorRule => ({
  id: "t/rule",
  theme: "vd/justice",
  description: "",
  measure,
  deficitWhen,
})

describe("Statistics", () => {
  it("computes the least-squares slope", () => {
    // x̄ = 2002, ȳ = 7/3: Σ(x−x̄)(y−ȳ) = 3, Σ(x−x̄)² = 2
    expect(
      Statistics.slope([
        { year: 2001, value: 1 },
        { year: 2002, value: 2 },
        { year: 2003, value: 4 },
      ]),
    ).toBe(1.5)
  })

  it("reads a tier trend by rank: Watch List then Tier 3 twice is falling", () => {
    const tiers = [
      obs(2020, "tip.tier", "Tier 2 Watch List"),
      obs(2021, "tip.tier", "Tier 3"),
      obs(2022, "tip.tier", "Tier 3"),
    ]
    const e = Statistics.evaluate(rule({ indicator: "tip.tier" }, { trend: "falling" }), tiers, "MYS")
    expect(e.signal).toBe("deficit")
    expect(e.conditions[0]!.detail).toBe(
      "falling over 3 points, 2020-2022 (Tier 2 Watch List → Tier 3; least-squares slope -0.5 per year in tier ranks)",
    )
  })

  it("leaves Not ranked out of a tier trend and needs two points", () => {
    const tiers = [obs(2001, "tip.tier", "Not ranked"), obs(2002, "tip.tier", "Tier 2")]
    const e = Statistics.evaluate(rule({ indicator: "tip.tier" }, { trend: "falling" }), tiers, "MYS")
    expect(e.signal).toBe("no-data")
    expect(e.conditions[0]!.holds).toBeUndefined()
  })

  it("builds a ratio only in years with both inputs and a non-zero denominator", () => {
    const data = [
      obs(2014, "c", 9),
      obs(2014, "p", 34),
      obs(2015, "c", 3),
      obs(2016, "p", 38),
      obs(2017, "c", 1),
      obs(2017, "p", 0),
    ]
    const s = Statistics.series(data, "MYS", { numerator: "c", denominator: "p" })
    expect(s.map((p) => p.year)).toEqual([2014])
    expect(s[0]!.value).toBe(9 / 34)
  })

  it("uses the most trusted of several sources for a year and keeps the others", () => {
    const data = [
      obs(2016, "x", 79, { source: "THEHILL17" }),
      obs(2016, "x", 7, { source: "LIGHTALIFE16", confidence: "confirmed" }),
      obs(2016, "x", 5, { source: "OTHER", confidence: "single-source" }),
    ]
    const [r] = Statistics.yearValues(data, "MYS", "x")
    expect(r!.observation.source).toBe("LIGHTALIFE16")
    expect(r!.alternatives.map((o) => o.source)).toEqual(["OTHER", "THEHILL17"])
  })

  it("signals a deficit when any condition holds, and not when none does", () => {
    const data = [obs(2014, "v", 305), obs(2015, "v", 1558)]
    const both = rule({ indicator: "v" }, { below: 1000, trend: "falling" })
    const e = Statistics.evaluate(both, data, "MYS")
    expect(e.conditions.map((c) => c.holds)).toEqual([false, false])
    expect(e.signal).toBe("no-deficit")
    const window = Statistics.evaluate(both, data, "MYS", { to: 2014 })
    expect(window.conditions.map((c) => c.holds)).toEqual([true, undefined])
    expect(window.signal).toBe("deficit")
  })

  it("counts the same country, year, indicator and source once", () => {
    const a = obs(2014, "v", 1)
    expect(Statistics.dedupe([a, { ...a, value: 2 }, { ...a, source: "T" }])).toEqual([
      a,
      { ...a, source: "T" },
    ])
  })
})
