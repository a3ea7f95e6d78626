import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex")

describe("valuelens init", () => {
  it("prints the project and database as JSON", () => {
    const dir = join(tempDir(), "p")
    const out = json<{ project: string; database: string }>(["init", dir])
    expect(out.project).toBe(dir)
    expect(out.database).toBe(join(dir, "valuelens.db"))
    expect(JSON.parse(readFileSync(join(dir, "valuelens.json"), "utf8")).plugins[0]).toBe(
      "framework-value-deficits",
    )
  })

  it("starts the codebook with the framework's 15 codes", () => {
    const dir = join(tempDir(), "p")
    const out = json<{ codes: string[] }>(["init", dir])
    expect(out.codes).toEqual([
      "vd/integrity",
      "vd/justice",
      "vd/empathy",
      "vd/civic-responsibility",
      "vd/trust",
      "vd/divergent-approaches",
      "vd/weak-monitoring",
      "vd/resource-constraints",
      "vd/logistical-barriers",
      "vd/financial-constraints",
      "vd/law-enforcement",
      "vd/prosecution",
      "vd/victim-protection",
      "vd/public-awareness",
      "vd/inter-agency-collaboration",
    ])
    expect(json<{ counts: { codes: number } }>(["status", "--project", dir]).counts.codes).toBe(15)
  })

  it("exits 2 on a bad --plugins value and leaves no project behind", () => {
    const parent = tempDir()
    const r = valuelens(["init", join(parent, "p"), "--plugins", "./missing-plugin"])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: plugin "./missing-plugin" was not found (looked for ${join(parent, "p", "missing-plugin")}); install it or fix the name in valuelens.json\n`,
    )
    expect(readdirSync(parent)).toEqual([])
    const existing = join(parent, "q")
    mkdirSync(existing)
    writeFileSync(join(existing, "notes.txt"), "mine")
    writeFileSync(join(existing, "broken.mjs"), "throw new Error('boom')")
    const broken = valuelens(["init", existing, "--plugins", "./broken.mjs"])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toBe('error: plugin "./broken.mjs": failed while loading: boom\n')
    expect(readdirSync(existing).sort()).toEqual(["broken.mjs", "notes.txt"])
    expect(existsSync(join(existing, "valuelens.db"))).toBe(false)
  })

  it("exits 2 over an existing project and leaves the database byte-identical", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    const before = sha(join(dir, "valuelens.db"))
    const r = valuelens(["init", dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("already holds a ValueLens project")
    expect(r.stdout).toBe("")
    expect(sha(join(dir, "valuelens.db"))).toBe(before)
  })

  it("answers a corrupt database with a message, not a stack trace", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    writeFileSync(join(dir, "valuelens.db"), "garbage ".repeat(1000))
    const r = valuelens(["status", "--project", dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: .*valuelens\.db is not a readable ValueLens database/)
    expect(r.stderr).not.toContain("    at ")
  })

  it("exits 1 on a usage mistake and 0 on --help, listing every command", () => {
    expect(valuelens(["init"]).code).toBe(1)
    expect(valuelens(["no-such-command"]).code).toBe(1)
    const help = valuelens(["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/init\s+create a project/)
    expect(valuelens(["--version"]).stdout).toMatch(/^valuelens v\d+\.\d+\.\d+/)
  })
})
