import { describe, expect, it } from "vitest"
import * as Charts from "../src/Charts.js"
import type { Findings } from "../src/Findings.js"
import { EVIL, full } from "./fixture.js"

/** Five factors each linked to five values, two links without a co-occurrence: the densest diagram. */
const dense = (): Findings => {
  const factors = [
    "Divergent organisational approaches",
    "Weak monitoring and accountability",
    "Resource constraints",
    "Organisational and logistical barriers",
    "Financial constraints and limited public understanding",
  ]
  const values = ["Integrity", "Justice", "Empathy", "Civic responsibility", "Trust"]
  const theme = (name: string, kind: "factor" | "value") => ({
    ...full.themes[0]!,
    id: `vd/${name}`,
    name,
    kind,
  })
  return {
    ...full,
    themes: [...factors.map((n) => theme(n, "factor")), ...values.map((n) => theme(n, "value"))],
    model: {
      measure: "c-coefficient",
      links: factors.flatMap((fn, i) =>
        values.map((vn, j) => ({
          factor: `vd/${fn}`,
          factorName: fn,
          value: `vd/${vn}`,
          valueName: vn,
          // 0 for two links; the rest 0.04 .. 0.96
          strength:
            (i === 1 && j === 3) || (i === 4 && j === 0) ? 0 : Math.round(((i * 5 + j + 1) / 26) * 100) / 100,
          cooccurrences: (i === 1 && j === 3) || (i === 4 && j === 0) ? 0 : 1,
          participants: ["P 1"],
          hypothesised: i === j,
        })),
      ),
    },
  }
}

interface Box {
  readonly x0: number
  readonly x1: number
  readonly y0: number
  readonly y1: number
}
// a 12-pixel sans-serif: digits about 7 pixels wide, the text 9 pixels above and 3 below its baseline
const labelBox = (x: number, y: number, s: string): Box => ({
  x0: x - (s.length * 7) / 2,
  x1: x + (s.length * 7) / 2,
  y0: y - 9,
  y1: y + 3,
})
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

describe("Charts", () => {
  it("puts round ticks on an axis, about eight at most, ends included", () => {
    expect(Charts.ticks(1, 4)).toEqual([1, 2, 3, 4])
    expect(Charts.ticks(2001, 2025)).toEqual([2001, 2005, 2010, 2015, 2020, 2025])
    expect(Charts.ticks(1, 1000)).toEqual([1, 200, 400, 600, 800, 1000])
    expect(Charts.ticks(1, 23)).toEqual([1, 5, 10, 15, 20, 23])
  })

  it("marks tier confidence by fill, not colour: filled for confirmed, hollow otherwise", () => {
    const svg = Charts.tierTimeline(full.comparison!.countries[0]!, full.comparison!, "t")
    const dots = [...svg.matchAll(/<circle [^>]*fill="(#000|#fff)"[^>]*><title>([^<]*)<\/title>/g)].map(
      (m) => [m[1], m[2]],
    )
    expect(dots).toEqual([
      ["#fff", "2020: Tier 2 Watch List (single-source; CIAFB)"],
      ["#000", "2021: Tier 3 (confirmed; STATE_MYS)"],
      ["#000", "2022: Tier 3 (confirmed; STATE_MYS)"],
      ["#000", "2023: Tier 2 Watch List (confirmed; GVNET_MYS23)"],
    ])
  })

  it("labels the saturation point and escapes names in every chart", () => {
    expect(Charts.saturationCurve(full.saturation!, "s")).toContain(">saturation at interview 2</text>")
    const diagram = Charts.factorValueDiagram(full.model!, full, "d")
    expect(diagram).toContain(
      'stroke-dasharray="6 4"><title>Weak monitoring and accountability → Justice: 0.10',
    )
    for (const svg of [diagram, Charts.heatMap(full, "h"), Charts.saturationCurve(full.saturation!, "s")])
      expect(svg).not.toContain(EVIL)
  })

  it("draws the factor → value diagram to fit A4, in black and greys, with no 0 links and no label over another or over a line", () => {
    const f = dense()
    const svg = Charts.factorValueDiagram(f.model!, f, "d")
    const [, w] = svg.match(/viewBox="0 0 (\d+) (\d+)"/)!
    // the text width of an A4 page with 25 mm margins is 160 mm, 605 pixels at 96 dpi
    expect(Number(w)).toBeLessThanOrEqual(605)
    for (const [, colour] of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g))
      expect(["#000", "#fff", "#eee", "none"]).toContain(colour)
    const paths = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+) L([\d.]+) ([\d.]+) H([\d.]+)"/g)].map((m) =>
      m.slice(1).map(Number),
    )
    // 25 links, two of them without a co-occurrence
    expect(paths).toHaveLength(23)
    const labels = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" stroke="#fff"[^>]*>([^<]*)<\/text>/g,
      ),
    ].map((m) => ({ text: m[3]!, box: labelBox(Number(m[1]), Number(m[2]), m[3]!) }))
    expect(labels).toHaveLength(23)
    expect(labels.map((l) => l.text)).not.toContain("0")
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(overlap(a.box, b.box), `${a.text} and ${b.text}`).toBe(false)
    // every line, point by point, stays clear of every label, its own too
    paths.forEach(([xs, y1, xd, y2, x2], k) => {
      const points: Array<[number, number]> = []
      for (let t = 0; t <= 1; t += 0.005) points.push([xs! + (xd! - xs!) * t, y1! + (y2! - y1!) * t])
      for (let x = xd!; x <= x2!; x++) points.push([x, y2!])
      labels.forEach((l, j) => {
        const hit = points.find(([x, y]) => x > l.box.x0 && x < l.box.x1 && y > l.box.y0 && y < l.box.y1)
        expect(hit, `link ${k} crosses label ${j} (${l.text})`).toBeUndefined()
      })
    })
  })

  it("wraps a long name over two lines and cuts what does not fit", () => {
    expect(Charts.wrap("Financial constraints and limited public understanding", 24)).toEqual([
      "Financial constraints",
      "and limited public…",
    ])
    expect(Charts.wrap("Trust", 24)).toEqual(["Trust"])
  })
})
