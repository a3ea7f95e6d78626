import { describe, expect, it } from "vitest"
import { Convergence } from "../src/index.js"

const r = (
  covered: boolean,
  meaning?: "deficit" | "no-deficit",
  prominence?: "high" | "low",
): Convergence.Reading => ({ evidence: "interview", covered, meaning, prominence, basis: "" })

describe("convergence coding (Farmer et al. 2006)", () => {
  it.each([
    [r(false), r(false), "silence", "silence-both"],
    [r(true, "deficit", "high"), r(false), "silence", "silence-one"],
    [r(false), r(true, "no-deficit", "low"), "silence", "silence-one"],
    [r(true, "deficit", "high"), r(true, "deficit", "high"), "agreement", "agreement"],
    [r(true, "deficit", "low"), r(true, "deficit", "low"), "agreement", "agreement"],
    [r(true, "deficit", "high"), r(true, "deficit", "low"), "partial agreement", "partial-prominence"],
    [r(true, "deficit", "low"), r(true, "no-deficit", "low"), "partial agreement", "partial-meaning"],
    [r(true, "deficit", "high"), r(true, "no-deficit", "low"), "dissonance", "dissonance"],
  ] as const)("%o vs %o → %s by %s", (a, b, verdict, rule) => {
    expect(Convergence.decide(a, b)).toEqual({ verdict, rule })
    expect(Convergence.decide(b, a)).toEqual({ verdict, rule })
  })

  it("reads verdicts as typed on a command line", () => {
    expect(Convergence.parseVerdict("partial-agreement")).toBe("partial agreement")
    expect(Convergence.parseVerdict(" Dissonance ")).toBe("dissonance")
    expect(Convergence.parseVerdict("consensus")).toBeUndefined()
  })
})
