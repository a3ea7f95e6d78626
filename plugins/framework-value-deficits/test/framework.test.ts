import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import framework from "../src/index.js"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")

describe("the value-deficit framework", () => {
  it("has the five values, five factors and five areas other packages rely on", () => {
    expect(framework.values.map((v) => v.id)).toEqual([
      "vd/integrity",
      "vd/justice",
      "vd/empathy",
      "vd/civic-responsibility",
      "vd/trust",
    ])
    expect(Object.fromEntries(framework.factors.map((f) => [f.id, f.drives]))).toEqual({
      "vd/divergent-approaches": ["vd/trust"],
      "vd/weak-monitoring": ["vd/integrity"],
      "vd/resource-constraints": ["vd/justice"],
      "vd/logistical-barriers": ["vd/empathy"],
      "vd/financial-constraints": ["vd/civic-responsibility"],
    })
    expect(Object.fromEntries(framework.areas.map((a) => [a.id, a.pillar]))).toEqual({
      "vd/law-enforcement": "prosecution",
      "vd/prosecution": "prosecution",
      "vd/victim-protection": "protection",
      "vd/public-awareness": "prevention",
      "vd/inter-agency-collaboration": "partnership",
    })
  })

  it("maps the values onto the four pillars (prosecution ↔ integrity and justice, …)", () => {
    expect(Object.fromEntries(framework.values.map((v) => [v.id, v.pillars]))).toEqual({
      "vd/integrity": ["prosecution"],
      "vd/justice": ["prosecution"],
      "vd/empathy": ["protection"],
      "vd/civic-responsibility": ["prevention"],
      "vd/trust": ["partnership"],
    })
  })

  it("has an English lexicon entry for every value and factor", () => {
    const en = framework.lexicons.find((l) => l.language === "en")!
    const coded = en.entries.map((e) => e.code).sort()
    expect(coded).toEqual([...framework.values, ...framework.factors].map((c) => c.id).sort())
    const integrity = en.entries.find((e) => e.code === "vd/integrity")!
    expect(integrity.terms).toContainEqual({ text: "bribe", weight: 2 })
    expect(integrity.near).toContainEqual({ a: "syndicate", b: "officer", n: 5, weight: 2 })
  })

  it("passes the loader's validation by its package name", async () => {
    const registry = await Effect.runPromise(
      Loader.load(["framework-value-deficits"], packageDir, [join(packageDir, "package.json")]),
    )
    expect(registry.plugins.map((p) => p.meta.namespace)).toEqual(["vd"])
    expect(registry.values).toHaveLength(5)
    expect(registry.factors).toHaveLength(5)
    expect(registry.areas).toHaveLength(5)
  })
})
