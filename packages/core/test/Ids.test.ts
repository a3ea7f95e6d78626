import { describe, expect, it } from "vitest"
import { Ids } from "../src/index.js"

describe("Ids", () => {
  it("makes stable ids and version-5-shaped GUIDs from the same content", () => {
    expect(Ids.stable("src", "a", 1)).toBe(Ids.stable("src", "a", 1))
    expect(Ids.stable("src", "a", 1)).not.toBe(Ids.stable("src", "a1"))
    const g = Ids.guid("code:vd/integrity")
    expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(Ids.guid("code:vd/integrity")).toBe(g)
  })
  it("makes ids of a batch unique and ascending, and batches distinct", () => {
    const a = Ids.sequence("cod")
    const b = Ids.sequence("cod")
    const first = Array.from({ length: 2000 }, () => a())
    expect(first.every((id) => id.startsWith("cod_"))).toBe(true)
    expect([...first].sort()).toEqual(first)
    const all = new Set([...first, ...Array.from({ length: 2000 }, () => b())])
    expect(all.size).toBe(4000)
  })
  it("knows a namespaced id", () => {
    expect(Ids.isNamespaced("vd/integrity")).toBe(true)
    expect(Ids.isNamespaced("integrity")).toBe(false)
    expect(Ids.namespaceOf("mys/rasuah")).toBe("mys")
  })
})
