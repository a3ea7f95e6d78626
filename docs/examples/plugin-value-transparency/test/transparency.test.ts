import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { describe, expect, it } from "vitest"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

describe("the transparency example", () => {
  it("loads next to the framework: six values, six factors, and transparency on the partnership pillar", async () => {
    const registry = await Loader.loadPromise(["framework-value-deficits", "./src/index.ts"], root)
    expect(registry.plugins.map((p) => p.meta.namespace)).toEqual(["vd", "acme"])
    expect(registry.values.map((v) => v.id)).toEqual([
      "vd/integrity",
      "vd/justice",
      "vd/empathy",
      "vd/civic-responsibility",
      "vd/trust",
      "acme/transparency",
    ])
    expect(registry.factors).toHaveLength(6)
    expect(registry.factors.at(-1)?.drives).toEqual(["acme/transparency"])
    expect(registry.areas.find((a) => a.id === "acme/public-reporting")?.pillar).toBe("partnership")
    expect(registry.lexicons.flatMap((l) => l.entries.map((e) => e.code))).toContain("acme/transparency")
  })
})
