import { describe, expect, it } from "vitest"
import * as Csv from "../src/csv/index.js"
import * as Escape from "../src/Escape.js"
import { EVIL, full, partial } from "./fixture.js"

const file = (f: typeof full, name: string) => Csv.render(f).find((x) => x.path === name)?.content

describe("CSV", () => {
  it("writes one file per table, the same set for every project", () => {
    const names = Csv.render(full).map((f) => f.path)
    expect(names).toEqual([
      "sources.csv",
      "participants.csv",
      "research-questions.csv",
      "themes.csv",
      "theme-groups.csv",
      "theme-participants.csv",
      "quotations.csv",
      "documentary.csv",
      "statistical.csv",
      "convergence.csv",
      "links.csv",
      "saturation.csv",
      "saturation-verdict.csv",
      "reliability.csv",
      "reliability-per-code.csv",
      "tiers.csv",
      "indicators.csv",
      "institutions.csv",
      "memos.csv",
      "plugins.csv",
      "coders.csv",
    ])
    expect(Csv.render(partial).map((f) => f.path)).toEqual(names)
    expect(file(partial, "saturation.csv")).toBe(
      "position,interview,new codes,cumulative codes,codes first seen\r\n",
    )
  })

  it("writes exact rows: themes, and quotations quoted where they must be", () => {
    expect(file(full, "themes.csv")).toBe(
      [
        "theme,name,kind,participants,groups,interview segments,interviews,documents,document segments",
        "vd/integrity,Integrity,value,2,2,3,2,1,1",
        "vd/justice,Justice,value,2,2,2,2,0,0",
        "vd/civic-responsibility,Civic responsibility,value,0,0,0,0,0,0",
        "vd/weak-monitoring,Weak monitoring and accountability,factor,1,1,1,1,0,0",
        "",
      ].join("\r\n"),
    )
    expect(file(full, "quotations.csv")!.split("\r\n")[3]).toBe(
      `vd/justice,(AGC 1),AGC 1,government,Interview AGC 1,,5,70,,"Victims are afraid to testify, so charges cannot be brought."`,
    )
    expect(file(full, "quotations.csv")).toContain(`(${EVIL}),${EVIL},ngo`)
  })

  it("narrows the folder to the sections asked for", () => {
    expect(Csv.render(full, { sections: ["comparison"] }).map((f) => f.path)).toEqual([
      "tiers.csv",
      "indicators.csv",
      "institutions.csv",
    ])
  })

  it("quotes per RFC 4180 and defuses spreadsheet formulas in text", () => {
    expect(Escape.csv('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"')
    expect(Escape.csv("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(Escape.csv("-5")).toBe("'-5")
    expect(Escape.csv(-5)).toBe("-5")
    expect(Escape.csv(null)).toBe("")
  })
})
