import { describe, expect, it } from "vitest"
import * as Findings from "../src/Findings.js"
import * as Json from "../src/json/index.js"
import { full, partial } from "./fixture.js"

describe("JSON", () => {
  it("is the findings model, and decodes back to it", () => {
    for (const f of [full, partial]) expect(Findings.decode(JSON.parse(Json.render(f)))).toEqual(f)
  })

  it("keeps absent sections as null so readers can tell 'not computed' from 'empty'", () => {
    const json = JSON.parse(Json.render(partial))
    expect([json.version, json.model, json.saturation, json.reliability, json.comparison]).toEqual([
      1,
      null,
      null,
      null,
      null,
    ])
    expect(json.themes[0].convergence).toBeNull()
  })

  it("rejects a model of another version", () => {
    expect(() => Findings.decode({ ...full, version: 2 })).toThrow()
  })
})
