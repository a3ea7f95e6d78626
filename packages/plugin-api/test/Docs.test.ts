import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { PluginSchema } from "../src/index.js"

const doc = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../docs/plugins.md"), "utf8")
/** Every word written as inline code in the guide (inside backticks, outside fenced examples). */
const prose = doc.replace(/```[\s\S]*?```/g, "")
const codeWords = new Set(
  [...prose.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.match(/[A-Za-z0-9]+/g) ?? []),
)

describe("docs/plugins.md", () => {
  it("describes every field of PluginDefinition in its reference table", () => {
    for (const field of Object.keys(PluginSchema.PluginDefinition.fields))
      expect(doc, field).toMatch(new RegExp(`\\n\\| \`${field}\` +\\|`))
  })

  it("names every field of every part of a plugin", () => {
    const missing: string[] = []
    for (const [part, schema] of Object.entries(PluginSchema))
      if ("fields" in schema)
        for (const field of Object.keys(schema.fields))
          if (!codeWords.has(field)) missing.push(`${part}.${field}`)
    expect(missing).toEqual([])
  })
})
