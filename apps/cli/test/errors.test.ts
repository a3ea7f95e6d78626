/**
 * One exit-code rule for every command (0 ok, 1 usage, 2 bad input, 3 internal), and with `--json` every failure
 * as one JSON object on stderr that a script can read.
 */

import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { tempDir, valuelens } from "./run.js"

const jsonError = (stderr: string) => JSON.parse(stderr) as { error: Record<string, unknown> }

describe("errors a script can read", () => {
  it("a usage mistake with --json: exit 1, the JSON error alone on stderr, nothing on stdout", () => {
    const r = valuelens(["status", "--bogus", "--json"])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe("")
    expect(jsonError(r.stderr)).toEqual({
      error: { reason: "usage", message: "Unrecognized flag: --bogus in command valuelens status" },
    })
  })

  it("bad input with --json: exit 2, its reason, message and file", () => {
    const dir = join(tempDir(), "nowhere")
    const r = valuelens(["status", "--project", dir, "--json"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(jsonError(r.stderr)).toEqual({
      error: {
        reason: "not-a-project",
        message: `${dir} is not a ValueLens project (no valuelens.json); create one with: valuelens init ${dir}`,
        file: join(dir, "valuelens.json"),
      },
    })
  })

  it("the same failures without --json: a line of text, the same exit codes", () => {
    const usage = valuelens(["status", "--bogus"])
    expect(usage.code).toBe(1)
    expect(usage.stderr).toContain("Unrecognized flag: --bogus in command valuelens status")
    const dir = join(tempDir(), "nowhere")
    const bad = valuelens(["status", "--project", dir])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      `error: ${dir} is not a ValueLens project (no valuelens.json); create one with: valuelens init ${dir}\n`,
    )
  })

  it("the line and column of bad input in a file", () => {
    const dir = tempDir()
    expect(valuelens(["init", join(dir, "p")]).code).toBe(0)
    const file = join(dir, "ratings.csv")
    writeFileSync(file, 'a,b\n1,2\n"x\n')
    const r = valuelens(["agreement", "--data", file, "--project", join(dir, "p"), "--json"])
    expect(r.code).toBe(2)
    expect(jsonError(r.stderr)).toEqual({
      error: {
        reason: "malformed-csv",
        message: `${file}:3:1: this quoted field is not closed before the end of the file`,
        file,
        line: 3,
        column: 1,
      },
    })
  })
})
