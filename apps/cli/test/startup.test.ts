/**
 * What a command loads before it runs, and what an older Node is told. `valuelens --version` must read only the
 * command definitions: a definition that imports a package or a handler adds its chunk and the modules behind it
 * (better-sqlite3 alone is 15), and this count fails. Counted with a module hook that sees every module Node
 * loads (ESM and CommonJS, files and built-ins), in the built CLI as users run it.
 */
import { spawnSync } from "node:child_process"
import { describe, expect, it } from "vitest"
import { BIN } from "./run.js"

/** Prints, at exit, the URL of every module Node loaded, one a line, on stderr. */
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from "node:module"
const loaded = []
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context) } })
process.on("exit", () => process.stderr.write(loaded.map((u) => "loaded " + u + "\\n").join("")))
`)}`

const loads = (args: ReadonlyArray<string>) => {
  const p = spawnSync(process.execPath, ["--import", HOOK, BIN, ...args], { encoding: "utf8" })
  return {
    code: p.status,
    stdout: p.stdout,
    modules: p.stderr.split("\n").filter((l) => l.startsWith("loaded ")),
  }
}

describe("start-up", () => {
  it("--version loads the command definitions only", () => {
    const r = loads(["--version"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^valuelens v\d+\.\d+\.\d+/)
    expect(r.modules.length).toBeGreaterThan(0)
    expect(r.modules.length).toBeLessThanOrEqual(20)
    expect(r.modules.filter((m) => m.includes("node_modules"))).toEqual([])
  })

  it("tells an older Node which Node it needs, in one line, and exits 1", () => {
    const older = `data:text/javascript,${encodeURIComponent('Object.defineProperty(process.versions, "node", { value: "20.11.0" })')}`
    const p = spawnSync(process.execPath, ["--import", older, BIN, "--version"], { encoding: "utf8" })
    expect(p.status).toBe(1)
    expect(p.stdout).toBe("")
    expect(p.stderr).toBe(
      "valuelens needs Node.js 24 or later, and this is Node.js 20.11.0: run bin/valuelens from the ValueLens folder (it fetches Node 24), or install Node.js 24 (https://nodejs.org)\n",
    )
  })
})
