import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { describe, expect, it } from "vitest"
import * as Scaffold from "../src/Scaffold.js"
import { json, tempDir, valuelens } from "./run.js"

const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..")
const repoRoot = join(cliDir, "..", "..")
const example = join(repoRoot, "docs", "examples", "plugin-value-transparency")
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex")

interface Listed {
  plugins: Array<{
    name: string
    namespace: string
    values: Array<{ id: string }>
    factors: Array<{ id: string }>
  }>
  codebook: { orphaned: unknown[] }
}

const addPlugin = (project: string, specifier: string) => {
  const file = join(project, "valuelens.json")
  const config = JSON.parse(readFileSync(file, "utf8"))
  config.plugins.push(specifier)
  writeFileSync(file, JSON.stringify(config, null, 2))
}

describe("valuelens plugins list", () => {
  it("lists the framework with its 5 values and 5 factors in a new project", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    const out = json<Listed>(["plugins", "list", "--project", dir])
    expect(out.plugins.map((p) => [p.name, p.namespace])).toEqual([
      ["@valuelens/plugin-framework-value-deficits", "vd"],
    ])
    expect(out.plugins[0]?.values.map((v) => v.id)).toEqual([
      "vd/integrity",
      "vd/justice",
      "vd/empathy",
      "vd/civic-responsibility",
      "vd/trust",
    ])
    expect(out.plugins[0]?.factors).toHaveLength(5)
    const text = valuelens(["plugins", "list", "--project", dir])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(
      "  factors (5): vd/divergent-approaches → vd/trust, vd/weak-monitoring → vd/integrity",
    )
  })

  it("shows six values and six factors once the transparency example is added, and syncs its codes", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    addPlugin(dir, example)
    const out = json<Listed>(["plugins", "list", "--project", dir])
    expect(out.plugins.flatMap((p) => p.values.map((v) => v.id))).toHaveLength(6)
    expect(out.plugins.flatMap((p) => p.factors.map((f) => f.id))).toHaveLength(6)
    expect(out.plugins[1]?.values.map((v) => v.id)).toEqual(["acme/transparency"])
    expect(json<{ counts: { codes: number } }>(["status", "--project", dir]).counts.codes).toBe(18)
  })

  it("exits 2 on a bad plugin and leaves the project as it was", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    writeFileSync(
      join(dir, "bad.mjs"),
      `export default ${JSON.stringify({
        apiVersion: 1,
        meta: { name: "@acme/values-transparency", version: "1.0.0", namespace: "acme" },
        values: [{ id: "transparency", name: "Transparency", definition: "Open." }],
        factors: [{ id: "acme/secrecy", name: "Secrecy", definition: "Closed.", drives: ["vd/trsut"] }],
      })}`,
    )
    addPlugin(dir, "./bad.mjs")
    const before = sha(join(dir, "valuelens.db"))
    const r = valuelens(["plugins", "list", "--project", dir, "--json"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    // with --json the failure is one JSON object on stderr
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        reason: "invalid-plugin",
        message: [
          "2 problems with the project's plugins; nothing was loaded:",
          '  - plugin "@acme/values-transparency": values[0].id "transparency" must be namespaced like "acme/transparency"',
          '  - plugin "@acme/values-transparency": factors[0].drives[0] "vd/trsut" is not a value of any loaded plugin; did you mean "vd/trust"?',
        ].join("\n"),
        file: "@acme/values-transparency",
        field: "values[0].id",
      },
    })
    expect(sha(join(dir, "valuelens.db"))).toBe(before)
  })

  it("warns about, and keeps, plugin codes no plugin contributes any more", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    addPlugin(dir, example)
    json(["plugins", "list", "--project", dir])
    const file = join(dir, "valuelens.json")
    const config = JSON.parse(readFileSync(file, "utf8"))
    config.plugins.pop()
    writeFileSync(file, JSON.stringify(config))
    const r = valuelens(["plugins", "list", "--project", dir, "--json"])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'warning: code "acme/transparency" (Transparency) is no longer contributed by any loaded plugin (it came from "acme"); it was kept with its 0 codings',
    )
    const out = JSON.parse(r.stdout) as Listed
    expect(out.codebook.orphaned).toHaveLength(3)
    expect(json<{ counts: { codes: number } }>(["status", "--project", dir]).counts.codes).toBe(18)
  })
})

/** Gives a generated package the dependencies `npm install` would, from this workspace. */
const linkDependencies = (pkg: string) => {
  mkdirSync(join(pkg, "node_modules", "@valuelens"), { recursive: true })
  mkdirSync(join(pkg, "node_modules", "@types"), { recursive: true })
  symlinkSync(join(repoRoot, "packages", "plugin-api"), join(pkg, "node_modules", "@valuelens", "plugin-api"))
  symlinkSync(join(cliDir, "node_modules", "@types", "node"), join(pkg, "node_modules", "@types", "node"))
  symlinkSync(join(cliDir, "node_modules", "vitest"), join(pkg, "node_modules", "vitest"))
}
const tsc = (pkg: string) =>
  spawnSync(process.execPath, [join(cliDir, "node_modules", "typescript", "bin", "tsc"), "-p", pkg], {
    encoding: "utf8",
  })
const ownTests = (pkg: string) =>
  spawnSync(process.execPath, [join(cliDir, "node_modules", "vitest", "vitest.mjs"), "run"], {
    cwd: pkg,
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
  })

describe("valuelens plugins new", () => {
  it("scaffolds a value plugin that builds, passes its own test and the loader as generated", async () => {
    const pkg = join(tempDir(), "ethics")
    const out = json<{ package: string; files: string[] }>([
      "plugins",
      "new",
      "value",
      "ethics",
      "--dir",
      pkg,
    ])
    expect(out.package).toBe("valuelens-plugin-value-ethics")
    expect(out.files.sort()).toEqual([
      ".gitignore",
      "README.md",
      "package.json",
      "src/index.ts",
      "test/plugin.test.ts",
      "tsconfig.json",
    ])
    const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"))
    expect(manifest.peerDependencies).toEqual({ "@valuelens/plugin-api": "^0.1.0" })
    expect(readFileSync(join(pkg, "src", "index.ts"), "utf8")).toContain("export default definePlugin({")
    linkDependencies(pkg)
    const registry = await Loader.loadPromise(["./src/index.ts"], pkg)
    expect(registry.values.map((v) => v.id)).toEqual(["ethics/ethics"])
    expect(registry.factors.map((f) => f.drives)).toEqual([["ethics/ethics"]])
    const build = tsc(pkg)
    expect(build.stdout + build.stderr).toBe("")
    const afterBuild = await Loader.loadPromise(["./"], pkg)
    expect(afterBuild.plugins[0]?.resolved).toBe(join(pkg, "dist", "index.js"))
    const own = ownTests(pkg)
    expect(own.status, own.stdout + own.stderr).toBe(0)
    expect(own.stdout).toContain("1 passed")
  })

  it("scaffolds a country plugin whose observations file carries source and confidence", async () => {
    const pkg = join(tempDir(), "brunei")
    json(["plugins", "new", "country", "brunei", "--iso3", "BRN", "--dir", pkg])
    expect(readFileSync(join(pkg, "data", "observations.csv"), "utf8")).toBe(
      "country,year,indicator,value,unit,source,confidence\n",
    )
    linkDependencies(pkg)
    expect((await Loader.loadPromise(["./src/index.ts"], pkg)).countries.map((c) => c.iso3)).toEqual(["BRN"])
    appendFileSync(
      join(pkg, "data", "observations.csv"),
      "BRN,2020,tip.tier,Tier 2 Watch List,,CIAFB,single-source\n",
    )
    const own = ownTests(pkg)
    expect(own.status, own.stdout + own.stderr).toBe(0)
    const build = tsc(pkg)
    expect(build.stdout + build.stderr).toBe("")
    const registry = await Loader.loadPromise(["./"], pkg)
    expect(registry.observations).toEqual([
      {
        country: "BRN",
        year: 2020,
        indicator: "tip.tier",
        value: "Tier 2 Watch List",
        source: "CIAFB",
        confidence: "single-source",
      },
    ])
  })

  it("refuses a folder that is not empty", () => {
    const dir = tempDir()
    writeFileSync(join(dir, "keep.txt"), "mine")
    const r = valuelens(["plugins", "new", "value", "ethics", "--dir", dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`error: ${dir} is not empty; choose another folder with --dir\n`)
  })

  it("develops against the workspace's versions of TypeScript, vitest and Node types", () => {
    const catalog = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8")
    for (const [name, version] of Object.entries(Scaffold.toolVersions))
      expect(catalog).toMatch(
        new RegExp(`\\n  "?${name.replace("/", "\\/")}"?: ${version.replaceAll(".", "\\.")}\\n`),
      )
  })
})
