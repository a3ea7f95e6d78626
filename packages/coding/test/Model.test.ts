import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Model } from "../src/index.js"
import { framework, passages } from "./sixValues.js"

const examples = (): Model.Example[] => passages.map((p) => ({ ...p, origin: "exemplar" }))

const trained = (): Model.Model => {
  const m = Model.train("en", framework, examples())
  if (!("features" in m)) throw new Error("expected a model")
  return m
}

describe("Model", () => {
  it("refuses to train on too few passages showing a deficit, saying how many it has and needs", () => {
    const few = examples().slice(0, 7)
    expect(Model.train("en", framework, few)).toEqual({ _tag: "TooFew", language: "en", has: 7, needs: 20 })
  })

  it("suggests a sixth value with the factor that drives it, and names the link", () => {
    const m = trained()
    expect(m.values.classes).toEqual(["x/a", "x/b", "x/c", "x/d", "x/e", "x/f", "none"])
    const found = Model.predict(m, "The ledger was never published, the accounts hidden.")
    expect(found.map((p) => p.code)).toEqual(["x/f", "x/f-factor"])
    expect(found[0]!.note).toMatch(
      /^value f 0\.\d\d, from: .*ledger.*\(factor f → value f\); like the exemplar "/,
    )
    expect(found[0]!.words.map((w) => w.term)).toContain("ledger")
    const text = "The ledger was never published, the accounts hidden."
    for (const w of found[0]!.words) expect(text.slice(w.start, w.end)).toBe(w.term)
  })

  it("suggests nothing for a passage like the no-deficit ones", () => {
    expect(Model.predict(trained(), "We had lunch in the district office, the weather was fine.")).toEqual([])
  })

  it("trains the same model from the same examples and seed, and another from another seed", () => {
    const a = trained()
    const b = trained()
    expect([...a.values.weights]).toEqual([...b.values.weights])
    const other = Model.train("en", framework, examples(), { seed: 7 })
    expect("features" in other && [...other.values.weights]).not.toEqual([...a.values.weights])
  })

  it("reads every class of the framework, each a probability between 0 and 1", () => {
    const m = trained()
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: m.features.length - 1 }), { maxLength: 12 }), (ids) => {
        const reading = Model.read(m, Int32Array.from(new Set(ids)))
        for (const p of [...reading.values.values(), ...reading.factors.values()]) {
          expect(p).toBeGreaterThanOrEqual(0)
          expect(p).toBeLessThanOrEqual(1)
        }
        const values = [...reading.values.entries()]
        expect(values.map(([c]) => c)).toEqual([...framework.values.map((v) => v.id), "none"])
      }),
    )
  })
})
