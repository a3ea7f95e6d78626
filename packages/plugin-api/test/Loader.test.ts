import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { API_VERSION, Loader } from "../src/index.js"

const dir = () => mkdtempSync(join(tmpdir(), "vl-plugin-"))
const fail = async (e: Effect.Effect<unknown, unknown>) => {
  const exit = await Effect.runPromiseExit(e)
  if (Exit.isSuccess(exit)) throw new Error("expected failure")
  return JSON.stringify(exit.cause)
}

describe("Loader", () => {
  it("loads a path plugin into a frozen registry", async () => {
    const d = dir()
    writeFileSync(
      join(d, "p.mjs"),
      `export default { apiVersion: ${API_VERSION}, meta: { name: "local", version: "1.0.0", namespace: "loc" }, values: [{ id: "loc/care", name: "Care", definition: "d" }] }`,
    )
    const reg = await Effect.runPromise(Loader.load(["./p.mjs"], d))
    expect(reg.values.map((v) => v.id)).toEqual(["loc/care"])
    expect(Object.isFrozen(reg.values[0])).toBe(true)
  })
  it("names a plugin that is not there", async () => {
    expect(await fail(Loader.load(["./missing.mjs"], dir()))).toContain(
      'plugin \\"./missing.mjs\\" was not found',
    )
    expect(await fail(Loader.load(["no-such-thing"], dir()))).toContain("@valuelens/plugin-no-such-thing")
  })
})
