import { describe, expect, it } from "vitest"
import * as Charts from "../src/Charts.js"
import { EVIL, full } from "./fixture.js"

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
})
