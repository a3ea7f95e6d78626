import { Schema } from "effect"
import { describe, expect, expectTypeOf, it } from "vitest"
import { definePlugin, type PluginDefinition, PluginSchema } from "../src/index.js"

describe("PluginSchema", () => {
  it("describes the same shape as the PluginDefinition type", () => {
    // a compile-time check: typecheck fails if Plugin.ts and the schema drift apart
    expectTypeOf<typeof PluginSchema.PluginDefinition.Type>().toExtend<PluginDefinition>()
    expectTypeOf<PluginDefinition>().toExtend<typeof PluginSchema.PluginDefinition.Encoded>()
    const fields = Object.keys(PluginSchema.PluginDefinition.fields).sort()
    expect(fields).toEqual([
      "apiVersion",
      "areas",
      "codes",
      "countries",
      "exemplars",
      "factors",
      "indicatorRules",
      "indicators",
      "lexicons",
      "meta",
      "observations",
      "reportSections",
      "values",
    ])
  })

  it("decodes a country plugin's observations and institutions", () => {
    const country = definePlugin({
      apiVersion: 1,
      meta: { name: "@acme/plugin-country-x", version: "1.0.0", namespace: "xyz" },
      countries: [
        {
          iso3: "MYS",
          name: "Malaysia",
          region: "South-East Asia",
          institutions: [{ kind: "law", name: "ATIPSOM Act 2007", year: 2007, source: "MYLAW670" }],
        },
      ],
      observations: [
        {
          country: "MYS",
          year: 2015,
          indicator: "tip.tier",
          value: "Tier 3",
          source: "KELLEY",
          confidence: "confirmed",
        },
      ],
    })
    expect(Schema.decodeUnknownSync(PluginSchema.PluginDefinition)(country)).toEqual(country)
  })
})
