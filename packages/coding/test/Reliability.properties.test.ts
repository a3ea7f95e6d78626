/** Properties every coefficient must have, checked with fast-check over random reliability data. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Reliability } from "../src/index.js"

type Cell = number | string | null
type Matrix = Cell[][]

const levels = ["nominal", "ordinal", "interval", "ratio"] as const

/** A coders × units matrix of small non-negative integers with some values missing. */
const matrix = (options: { coders?: { min: number; max: number }; missing?: boolean } = {}) =>
  fc
    .record({
      coders: fc.integer(options.coders ?? { min: 2, max: 5 }),
      units: fc.integer({ min: 1, max: 25 }),
    })
    .chain(({ coders, units }) =>
      fc.array(
        fc.array(
          options.missing === false
            ? fc.integer({ min: 0, max: 4 })
            : fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }),
          { minLength: units, maxLength: units },
        ),
        { minLength: coders, maxLength: coders },
      ),
    )

const permutation = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  )

const same = (a: number | null, b: number | null) => {
  if (a === null || b === null) expect(a).toBe(b)
  else expect(Math.abs(a - b)).toBeLessThan(1e-9)
}

const permuteUnits = (m: Matrix, order: number[]) => m.map((row) => order.map((u) => row[u]!))
const permuteCoders = (m: Matrix, order: number[]) => order.map((r) => m[r]!)

describe("Krippendorff's alpha", () => {
  it("is 1 for identical coders whose values vary, at every level", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null, freq: 4 }), {
          minLength: 2,
          maxLength: 30,
        }),
        (coders, row) => {
          fc.pre(new Set(row.filter((v) => v !== null)).size >= 2)
          const m = Array.from({ length: coders }, () => [...row])
          for (const level of levels) expect(Reliability.krippendorffAlpha(m, { level }).value).toBe(1)
        },
      ),
    )
  })

  it("at the nominal level does not change when the categories are relabelled", () => {
    fc.assert(
      fc.property(matrix(), permutation(5), (m, relabel) => {
        const labels = relabel.map((i) => `category ${i}`)
        const renamed = m.map((row) => row.map((v) => (v === null ? null : labels[v as number]!)))
        same(Reliability.krippendorffAlpha(m).value, Reliability.krippendorffAlpha(renamed).value)
      }),
    )
  })

  it("does not depend on the order of units or of coders, at any level", () => {
    fc.assert(
      fc.property(
        matrix().chain((m) => fc.tuple(fc.constant(m), permutation(m[0]!.length), permutation(m.length))),
        ([m, units, coders]) => {
          for (const level of levels) {
            const a = Reliability.krippendorffAlpha(m, { level })
            const b = Reliability.krippendorffAlpha(permuteCoders(permuteUnits(m, units), coders), { level })
            same(a.value, b.value)
            expect([b.units, b.pairable]).toEqual([a.units, a.pairable])
          }
        },
      ),
    )
  })

  it("at the interval level does not change when every value is shifted and scaled", () => {
    fc.assert(
      fc.property(
        matrix(),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.oneof(
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          fc.double({ min: -100, max: -0.01, noNaN: true }),
        ),
        (m, shift, scale) => {
          const moved = m.map((row) => row.map((v) => (v === null ? null : (v as number) * scale + shift)))
          same(
            Reliability.krippendorffAlpha(m, { level: "interval" }).value,
            Reliability.krippendorffAlpha(moved, { level: "interval" }).value,
          )
        },
      ),
    )
  })

  it("at the ratio level does not change when every value is scaled", () => {
    fc.assert(
      fc.property(matrix(), fc.double({ min: 0.01, max: 100, noNaN: true }), (m, scale) => {
        const scaled = m.map((row) => row.map((v) => (v === null ? null : (v as number) * scale)))
        same(
          Reliability.krippendorffAlpha(m, { level: "ratio" }).value,
          Reliability.krippendorffAlpha(scaled, { level: "ratio" }).value,
        )
      }),
    )
  })

  it("is undefined, with a reason, without pairable values or without variation", () => {
    const none = Reliability.krippendorffAlpha([
      [1, null, 2],
      [null, 3, null],
    ])
    expect(none.value).toBeNull()
    expect(none.reason).toMatch(/no pairable values/)
    expect([none.units, none.pairable]).toEqual([0, 0])
    const flat = Reliability.krippendorffAlpha([
      [2, 2, null],
      [2, 2, 2],
    ])
    expect(flat.value).toBeNull()
    expect(flat.reason).toMatch(/no variation/)
    expect([flat.units, flat.pairable]).toEqual([2, 4])
  })

  it("with two coders and complete data equals 1 − (1 − π)(n − 1)/n with n = 2N values", () => {
    fc.assert(
      fc.property(matrix({ coders: { min: 2, max: 2 }, missing: false }), (m) => {
        const pi = Reliability.scottPi(m).value
        const alpha = Reliability.krippendorffAlpha(m).value
        const n = 2 * m[0]!.length
        // D_e of α divides Σ n_c n_k by n(n − 1) where π's chance term divides by n², hence the factor
        same(alpha, pi === null ? null : 1 - ((1 - pi) * (n - 1)) / n)
      }),
    )
  })
})

describe("kappa, pi and percent agreement", () => {
  it("Cohen's kappa, unweighted and weighted, is symmetric in its two coders", () => {
    fc.assert(
      fc.property(matrix({ coders: { min: 2, max: 2 } }), (m) => {
        for (const weights of ["none", "linear", "quadratic"] as const)
          same(
            Reliability.cohenKappa(m, { weights }).value,
            Reliability.cohenKappa([m[1]!, m[0]!], { weights }).value,
          )
      }),
    )
  })

  it("every coefficient is invariant to the order of units and of coders", () => {
    fc.assert(
      fc.property(
        matrix().chain((m) => fc.tuple(fc.constant(m), permutation(m[0]!.length), permutation(m.length))),
        ([m, units, coders]) => {
          const moved = permuteCoders(permuteUnits(m, units), coders)
          same(Reliability.percentAgreement(m).value, Reliability.percentAgreement(moved).value)
          same(Reliability.fleissKappa(m).value, Reliability.fleissKappa(moved).value)
          if (m.length === 2) {
            same(Reliability.scottPi(m).value, Reliability.scottPi(moved).value)
            for (const weights of ["none", "linear", "quadratic"] as const)
              same(
                Reliability.cohenKappa(m, { weights }).value,
                Reliability.cohenKappa(moved, { weights }).value,
              )
          }
        },
      ),
    )
  })

  it("Fleiss' kappa with two coders is Scott's pi (Fleiss 1971 generalises Scott 1955)", () => {
    fc.assert(
      fc.property(matrix({ coders: { min: 2, max: 2 } }), (m) => {
        same(Reliability.fleissKappa(m).value, Reliability.scottPi(m).value)
      }),
    )
  })

  it("drops units a coder left missing and says so in units and pairable", () => {
    const r = Reliability.cohenKappa([
      ["a", "b", null, "a"],
      ["a", "b", "b", null],
    ])
    expect([r.units, r.pairable, r.value]).toEqual([2, 4, 1])
    const p = Reliability.percentAgreement([
      [1, 2, 3, null],
      [1, 2, 1, 4],
      [1, 3, 3, 4],
    ])
    // units 1–3 are complete; all three coders agree only on unit 1
    expect([p.units, p.pairable, p.value]).toEqual([3, 9, 1 / 3])
  })

  it("kappa is undefined, with a reason, when both coders used one category", () => {
    const r = Reliability.cohenKappa([
      ["x", "x"],
      ["x", "x"],
    ])
    expect(r.value).toBeNull()
    expect(r.reason).toMatch(/no variation/)
  })

  it("refuses data a coefficient cannot take", () => {
    expect(() => Reliability.cohenKappa([[1], [2], [3]])).toThrow(/exactly two coders/)
    expect(() => Reliability.krippendorffAlpha([[1, 2]])).toThrow(/at least two coders/)
    expect(() => Reliability.krippendorffAlpha([["a"], ["b"]], { level: "interval" })).toThrow(/not a number/)
    expect(() => Reliability.krippendorffAlpha([[1, 2], [1]])).toThrow(/row 2 has 1 values/)
  })
})

describe("ordinal strings with an explicit order", () => {
  it("match the same data coded as ranks", () => {
    const order = ["low", "mid", "high"]
    const ranks = [
      [0, 1, 2, 2, null],
      [0, 2, 2, 1, 0],
    ]
    const words = ranks.map((row) => row.map((v) => (v === null ? null : order[v]!)))
    same(
      Reliability.krippendorffAlpha(words, { level: "ordinal", order }).value,
      Reliability.krippendorffAlpha(ranks, { level: "ordinal" }).value,
    )
  })
})

describe("bootstrapped interval for alpha", () => {
  const k2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ]

  it("is deterministic for a seed and changes with the seed", () => {
    const a = Reliability.alphaBootstrap(k2011, { draws: 500, seed: 7 })
    const b = Reliability.alphaBootstrap(k2011, { draws: 500, seed: 7 })
    const c = Reliability.alphaBootstrap(k2011, { draws: 500, seed: 8 })
    expect(b).toEqual(a)
    expect([c.lower, c.upper]).not.toEqual([a.lower, a.upper])
    expect(a.alpha.value).toBeCloseTo(0.743421052631579, 12)
    expect(a.lower!).toBeLessThan(a.upper!)
    expect(a.upper!).toBeLessThanOrEqual(1)
    expect(a.method).toBe("units-percentile")
  })

  it("reports the share of samples below a minimum", () => {
    const r = Reliability.alphaBootstrap(k2011, { draws: 300, seed: 1, minimum: 2 })
    expect(r.probabilityBelowMinimum).toBe(1)
    expect(r.defined).toBeLessThanOrEqual(300)
  })

  it("collapses to 1 for identical coders", () => {
    const row = [1, 2, 3, 1, 2, 3, 1]
    const r = Reliability.alphaBootstrap([row, row, row], { draws: 200, seed: 3, level: "interval" })
    // a sample may draw only units of one value, which has no variation and is left out
    expect([r.lower, r.upper]).toEqual([1, 1])
  })
})

describe("unitized alpha", () => {
  const span = fc
    .record({ start: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 1, max: 10 }) })
    .map(({ start, length }) => ({ start, end: start + length }))
  /** Non-overlapping spans per category for one coder. */
  const coder = fc.array(fc.tuple(span, fc.constantFrom("a", "b")), { maxLength: 6 }).map((xs) => {
    const kept: Reliability.Span[] = []
    for (const [s, category] of xs)
      if (!kept.some((k) => k.category === category && k.start < s.end && s.start < k.end))
        kept.push({ ...s, category })
    return kept
  })

  it("is 1 for identical coders and does not depend on the order of coders or of spans", () => {
    fc.assert(
      fc.property(fc.array(coder, { minLength: 2, maxLength: 4 }), (coders) => {
        fc.pre(coders.some((c) => c.length > 0))
        const continuum = { start: 0, end: 100 }
        const a = Reliability.unitizedAlpha(continuum, coders)
        const b = Reliability.unitizedAlpha(
          continuum,
          [...coders].reverse().map((c) => [...c].reverse()),
        )
        same(a.value, b.value)
        const copies = Reliability.unitizedAlpha(continuum, [coders[0]!, coders[0]!])
        if (coders[0]!.length > 0) expect(copies.value).toBe(1)
      }),
    )
  })

  it("refuses overlapping spans of one category from one coder", () => {
    expect(() =>
      Reliability.unitizedAlpha({ start: 0, end: 10 }, [
        [
          { start: 0, end: 5, category: "a" },
          { start: 3, end: 7, category: "a" },
        ],
        [],
      ]),
    ).toThrow(/overlap/)
  })
})
