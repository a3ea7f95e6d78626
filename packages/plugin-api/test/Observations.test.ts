import { describe, expect, it } from "vitest"
import { Observations } from "../src/index.js"

describe("Observations.fromCsv", () => {
  it("reads long-format rows with quoted cells, numbers and categories", () => {
    const csv = [
      "\ufeffcountry,year,indicator,value,unit,source,confidence,note",
      "MYS,2015,enforcement.convictions,3,persons,AASSONE15,single-source,",
      'MYS,2014,tip.tier,Tier 3,,KELLEY,confirmed,"placed on Tier 3, ""downgraded"""',
      "",
    ].join("\r\n")
    expect(Observations.fromCsv(csv)).toEqual([
      {
        country: "MYS",
        year: 2015,
        indicator: "enforcement.convictions",
        value: 3,
        unit: "persons",
        source: "AASSONE15",
        confidence: "single-source",
      },
      {
        country: "MYS",
        year: 2014,
        indicator: "tip.tier",
        value: "Tier 3",
        source: "KELLEY",
        confidence: "confirmed",
        note: 'placed on Tier 3, "downgraded"',
      },
    ])
  })

  it("names the file and line of a bad row", () => {
    const header = "country,year,indicator,value,unit,source,confidence\n"
    expect(() => Observations.fromCsv(`${header}Malaysia,2015,x,1,,S,`, "data/obs.csv")).toThrow(
      'data/obs.csv:2: country "Malaysia" is not an ISO3 code such as MYS',
    )
    expect(() => Observations.fromCsv(`${header}MYS,2015,x,1,,,confirmed`, "o.csv")).toThrow(
      "o.csv:2: source is empty; every figure needs its source",
    )
    expect(() => Observations.fromCsv("country,year,value\n", "o.csv")).toThrow(
      "o.csv:1: the header lacks indicator, unit, source, confidence; expected country,year,indicator,value,unit,source,confidence[,note]",
    )
    expect(() => Observations.fromCsv(`${header}MYS,2015\n`, "o.csv")).toThrow(
      "o.csv:2: expected 7 cells, found 2",
    )
  })
})
