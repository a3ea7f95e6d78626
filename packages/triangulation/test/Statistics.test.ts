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
  direction: IndicatorRule["direction"] = "higher-is-better",
): IndicatorRule => ({
  id: "t/rule",
  theme: "vd/justice",
  description: "",
  measure,
  direction,
  deficitWhen,
})
const tierRule = rule({ indicator: "tip.tier" }, { trend: "worsening" }, "lower-is-better")

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

  it("reads a tier trend by position in the declared direction: Watch List then Tier 3 twice is worsening", () => {
    const tiers = [
      obs(2020, "tip.tier", "Tier 2 Watch List"),
      obs(2021, "tip.tier", "Tier 3"),
      obs(2022, "tip.tier", "Tier 3"),
    ]
    const e = Statistics.evaluate(tierRule, tiers, "MYS")
    expect(e.signal).toBe("deficit")
    // positions 3, 4, 4: x̄ = 2021, ȳ = 11/3, Σ(x−x̄)(y−ȳ) = 1, Σ(x−x̄)² = 2, slope 0.5
    expect(e.conditions[0]!.detail).toBe(
      "worsening over 3 points, 2020-2022 (Tier 2 Watch List → Tier 3; least-squares slope 0.5 per year in level positions, lower is better)",
    )
  })

  it("calls Tier 3 → Tier 2 improving, not a deficit, when a lower tier is better", () => {
    const tiers = [obs(2019, "tip.tier", "Tier 3"), obs(2020, "tip.tier", "Tier 2")]
    const e = Statistics.evaluate(tierRule, tiers, "MYS")
    expect(e.conditions[0]!.holds).toBe(false)
    expect(e.signal).toBe("no-deficit")
    expect(e.conditions[0]!.detail).toBe(
      "improving over 2 points, 2019-2020 (Tier 3 → Tier 2; least-squares slope -2 per year in level positions, lower is better)",
    )
  })

  it("reads the same slope as improving or worsening by the rule's direction", () => {
    expect(Statistics.change(-1, "higher-is-better")).toBe("worsening")
    expect(Statistics.change(-1, "lower-is-better")).toBe("improving")
    expect(Statistics.change(2, "higher-is-better")).toBe("improving")
    expect(Statistics.change(2, "lower-is-better")).toBe("worsening")
    expect(Statistics.change(0, "lower-is-better")).toBe("flat")
  })

  it("leaves Not ranked out of a tier trend and needs two points", () => {
    const tiers = [obs(2001, "tip.tier", "Not ranked"), obs(2002, "tip.tier", "Tier 2")]
    const e = Statistics.evaluate(tierRule, tiers, "MYS")
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

  it("builds no ratio of figures in different units", () => {
    const data = [
      obs(2014, "c", 9, { unit: "persons" }),
      obs(2014, "p", 34, { unit: "cases" }),
      obs(2015, "c", 3, { unit: "persons" }),
      obs(2015, "p", 38),
    ]
    // 2015's denominator states no unit of its own: it takes the one its indicator declares
    const declared = [{ key: "p", label: "prosecutions", unit: "persons" }]
    const s = Statistics.series(data, "MYS", { numerator: "c", denominator: "p" }, {}, declared)
    expect(s.map((p) => [p.year, p.value])).toEqual([[2015, 3 / 38]])
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
    const both = rule({ indicator: "v" }, { below: 1000, trend: "worsening" })
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
