import type { Observation } from "@valuelens/core"
import type { IndicatorRule } from "@valuelens/plugin-api"
import { describe, expect, it } from "vitest"
import { Convergence, Evidence } from "../src/index.js"

const obs = (year: number, indicator: string, value: number): Observation => ({
  country: "MYS",
  year,
  indicator,
  value,
  source: "S",
})

const rule = (id: string, measure: IndicatorRule["measure"], below: number): IndicatorRule => ({
  id,
  theme: "vd/justice",
  description: "",
  measure,
  direction: "higher-is-better",
  deficitWhen: { below },
})

const ratio = { numerator: "c", denominator: "p" }

const input = (rules: ReadonlyArray<IndicatorRule>): Evidence.Input => ({
  themes: [{ id: "vd/justice", name: "Justice", kind: "value" }],
  participants: [],
  interviews: [],
  documents: [],
  codings: [],
  pages: [],
  // ratio 2/10 = 0.2; 1 court; 5 judges
  observations: [obs(2020, "c", 2), obs(2020, "p", 10), obs(2020, "courts", 1), obs(2020, "judges", 5)],
  rules: rules.map((r) => ({ rule: r })),
  indicators: [],
  countries: ["MYS"],
})

describe("statistical evidence", () => {
  it("counts each series once, so a second rule on one series does not raise the share of deficits", () => {
    const rules = [
      rule("a/ratio-half", ratio, 0.5), // 0.2 < 0.5: deficit
      rule("a/ratio-third", ratio, 0.3), // 0.2 < 0.3: deficit, the same series
      rule("a/courts", { indicator: "courts" }, 1), // 1 is not below 1: no deficit
      rule("a/judges", { indicator: "judges" }, 3), // 5 is not below 3: no deficit
    ]
    const [justice] = Evidence.build(input(rules))
    // three series, one signalling a deficit: 1/3, not the 2/4 of four rule evaluations
    expect([justice!.statistics.deficit, justice!.statistics.noDeficit]).toEqual([1, 2])
    expect(justice!.statistics.series.map((s) => s.rules)).toEqual([
      ["a/ratio-half", "a/ratio-third"],
      ["a/courts"],
      ["a/judges"],
    ])
    const reading = Convergence.read(justice!, "statistics")
    expect(reading.share).toBe(1 / 3)
    expect(reading.prominence).toBe("low")
    expect(reading.basis).toBe("1 of 3 statistical series with data signal a deficit")
  })
})
