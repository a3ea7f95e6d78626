/** `limits` in valuelens.json raises or lowers the size budget of `valuelens import`. */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput } from "@valuelens/core"
import { describe, expect, it } from "vitest"
import { exitCodeOf } from "../src/Main.js"
import { json, tempDir, valuelens } from "./run.js"

const BAD_INPUT = exitCodeOf(new BadInput({ reason: "limit-exceeded", message: "" }))

const withLimits = (limits: unknown) => {
  const dir = tempDir()
  const project = join(dir, "p")
  expect(valuelens(["init", project]).code).toBe(0)
  const configFile = join(project, "valuelens.json")
  const config = JSON.parse(readFileSync(configFile, "utf8")) as Record<string, unknown>
  writeFileSync(configFile, JSON.stringify({ ...config, limits }))
  const file = join(dir, "p1.txt")
  writeFileSync(
    file,
    "---\nparticipant: P1\n---\nInterviewer: One?\nP1: Two.\nInterviewer: Three?\nP1: Four.\n",
  )
  return { project, file }
}

describe("limits in valuelens.json", () => {
  it("refuses a transcript over the project's turn limit with one line, and imports it once raised", () => {
    const { project, file } = withLimits({ turns: 3 })
    const r = valuelens(["import", file, "--project", project])
    expect(r.code).toBe(BAD_INPUT)
    expect(r.stderr).toBe(
      `error: ${file}: a transcript reaching turn 4 (line 7) is more than the limit turns = 3; if the file is genuine, raise it in valuelens.json ("limits": { "turns": 12 })\n`,
    )
    const configFile = join(project, "valuelens.json")
    const config = JSON.parse(readFileSync(configFile, "utf8")) as Record<string, unknown>
    writeFileSync(configFile, JSON.stringify({ ...config, limits: { turns: 4 } }))
    const s = json<{ counts: { interview: number } }>(["import", file, "--project", project])
    expect(s.counts.interview).toBe(1)
  })

  it("refuses a limit that is not a whole number above zero", () => {
    const { project, file } = withLimits({ turns: 0 })
    const r = valuelens(["import", file, "--project", project])
    expect(r.code).toBe(BAD_INPUT)
    expect(r.stderr).toContain("valuelens.json")
    expect(r.stderr).toContain("turns")
  })
})
