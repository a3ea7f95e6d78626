/**
 * docs/getting-started.md's "A day of coding" runs as written: every line of its command block, with the built
 * binary, from a folder that holds the repository's examples/ as the walk-through expects.
 */
import { readFileSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { tempDir, valuelens } from "./run.js"

const root = join(import.meta.dirname, "..", "..", "..")
const doc = readFileSync(join(root, "docs", "getting-started.md"), "utf8")
const block = doc.slice(doc.indexOf("<!-- day:start -->"), doc.indexOf("<!-- day:end -->"))
const lines = block
  .split("\n")
  .filter((l) => l.startsWith("valuelens ") || l.startsWith("cd "))
  .map((l) => l.replace(/\s+#.*$/, ""))

/** Splits a shell line into words, keeping "quoted phrases" whole. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!)

describe("getting started: a day of coding", () => {
  it("runs every command of the walk-through", { timeout: 900_000 }, () => {
    expect(lines.length).toBeGreaterThan(10)
    let cwd = tempDir("vl-day-")
    symlinkSync(join(root, "examples"), join(cwd, "examples"))
    const out: Record<string, string> = {}
    for (const line of lines) {
      const [command, ...args] = words(line)
      if (command === "cd") {
        cwd = join(cwd, args[0]!)
        continue
      }
      const r = valuelens(args, { cwd })
      expect([line, r.code, r.stderr.includes("error")]).toEqual([line, 0, false])
      out[line] = r.stdout
    }
    const search = out['valuelens search "awareness campaigns" --kwic 4']!
    expect(search.trimEnd().split("\n").at(-1)).toMatch(/^\d+ match\(es\) in \d+ source\(s\)\.$/)
    expect(out["valuelens show agc-1"]!.split("\n")[0]).toBe(
      "05-agc-1 (05-agc-1) · interview · AGC 1 · 60 turns",
    )
    expect(
      out["valuelens codebook merge free/campaign-budgets vd/civic-responsibility --dry-run"]!.split(
        "\n",
      ).slice(0, 4),
    ).toEqual([
      "Merging free/campaign-budgets into vd/civic-responsibility would change 1 coding:",
      "change     source    participant  coder  status    passage",
      "---------  --------  -----------  -----  --------  ----------------------------------------",
      "collapsed  05-agc-1  AGC 1        alice  accepted  The budget for awareness campaigns is v…",
    ])
    expect(readFileSync(join(cwd, "codebook.csv"), "utf8")).toContain(
      'Civic responsibility/Campaign budgets,Money for awareness work,"budgets, airtime",staff numbers,The budget for awareness campaigns is very small.,',
    )
    expect(readFileSync(join(cwd, "findings.html"), "utf8")).toContain(
      "Campaign budgets come up in every agency",
    )
  })
})
