import { describe, expect, it } from "vitest"
import * as Html from "../src/html/index.js"
import * as Sections from "../src/Sections.js"
import { EVIL, full, partial } from "./fixture.js"
import { childrenOf, parse, tagOf, textOf, walk } from "./xml.js"

describe("HTML", () => {
  it("is one well-formed document whose sections follow the report plan, each with its heading", () => {
    const tree = parse(Html.render(full))
    const sections = [...walk(tree)].filter((n) => tagOf(n) === "section")
    expect(sections.map((s) => s[":@"]!.id)).toEqual([
      "section-summary",
      "section-themes",
      "section-matrix",
      "section-model",
      "plugin-vd-pillars",
      "section-saturation",
      "section-reliability",
      "section-comparison",
      "section-memos",
      "section-method",
    ])
    expect(sections.map((s) => textOf(childrenOf(s).find((c) => tagOf(c) === "h2")!))).toEqual([
      "The study",
      "Findings by research question and theme",
      "Themes by participant group",
      "Factor → value deficit model",
      "The four pillars",
      "Saturation",
      "Inter-coder reliability",
      "Country comparison",
      "Memos",
      "Method notes",
    ])
    const articles = [...walk(tree)].filter((n) => tagOf(n) === "article").map((a) => a[":@"]!.id)
    expect(articles).toEqual([
      "theme-vd-integrity",
      "theme-vd-justice",
      "theme-vd-civic-responsibility",
      "theme-vd-weak-monitoring",
    ])
    const charts = [...walk(tree)].filter((n) => tagOf(n) === "svg").map((s) => s[":@"]!.id)
    expect(charts).toEqual([
      "chart-heat-map",
      "chart-factor-value",
      "chart-saturation",
      "chart-tiers-0",
      "chart-tiers-1",
    ])
  })

  it("shows the quotations with their citations and the heat map's numbers", () => {
    const tree = parse(Html.render(full))
    const quotes = [...walk(tree)].filter((n) => n[":@"]?.class === "quotation").map(textOf)
    expect(quotes).toEqual([
      "Some officers are paid by the syndicate & look away.(PDRM 9)",
      `Officers took bribes and nobody was held accountable.(${EVIL})`,
      "Victims are afraid to testify, so charges cannot be brought.(AGC 1)",
    ])
    const heat = [...walk(tree)].find((n) => n[":@"]?.id === "chart-heat-map")!
    const cells = [...walk([heat])].filter((n) => tagOf(n) === "text").map(textOf)
    // header, then per theme its name and one number per group (government, enforcement, academic, ngo)
    expect(cells).toEqual([
      ...["Government", "Enforcement", "Academic", "NGO"],
      ...["Integrity", "0", "1", "0", "1"],
      ...["Justice", "1", "0", "0", "1"],
      ...["Civic responsibility", "0", "0", "0", "0"],
      ...["Weak monitoring and accountability", "0", "1", "0", "0"],
    ])
  })

  it("escapes every user string and loads nothing: no script, no external address", () => {
    const html = Html.render(full)
    expect(html).not.toContain(EVIL)
    expect(html).not.toMatch(/<script/i)
    // a second line of defence: the page itself forbids scripts, and any load from outside it
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />`,
    )
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
    expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i)
    expect(html).not.toMatch(/@import/i)
    // the plugin's link keeps its address as text, not as a link
    expect(html).toContain("See the plan (https://example.org/naptip).")
    const tree = parse(html)
    expect([...walk(tree)].filter((n) => tagOf(n) === "img")).toEqual([])
    expect(
      [...walk(tree)].filter((n) => n[":@"] && Object.keys(n[":@"]).some((a) => a.startsWith("on"))),
    ).toEqual([])
  })

  it("says which analyses were not computed", () => {
    const tree = parse(Html.render(partial))
    const notes = [...walk(tree)].filter((n) => n[":@"]?.class === "not-computed").map(textOf)
    expect(notes).toContain(Sections.notComputed.saturation)
    expect(notes).toContain(Sections.notComputed.reliability)
    expect(notes).toContain(Sections.notComputed.model)
    expect(notes).toContain(Sections.notComputed.comparison)
    expect(notes.filter((n) => n.startsWith("Convergence: not computed"))).toHaveLength(4)
    expect([...walk(tree)].filter((n) => tagOf(n) === "svg").map((s) => s[":@"]!.id)).toEqual([
      "chart-heat-map",
    ])
  })

  it("has a print style sheet", () => {
    const html = Html.render(full)
    const print = html.slice(html.indexOf("@media print {"), html.indexOf("</style>"))
    expect(print).toContain("nav.toc { display: none; }")
    expect(print).toContain("break-inside: avoid")
  })
})
