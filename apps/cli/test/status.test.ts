import { spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { BIN, json, tempDir } from "./run.js"

const transcript =
  "---\nparticipant: AGC 1\ngroup: government\ncountry: MYS\n---\nInterviewer: Why?\nAGC 1: Victims are afraid to testify.\n"

describe("valuelens status", () => {
  it("lists every source with the id commands take, its file and its participant", () => {
    const dir = tempDir()
    const project = join(dir, "p")
    json(["init", project])
    mkdirSync(join(dir, "t"))
    writeFileSync(join(dir, "t", "agc-1.md"), transcript)
    json(["import", join(dir, "t"), "--project", project])
    const out = json<{ sources: Array<Record<string, unknown>> }>(["status", "--project", project])
    expect(out.sources).toHaveLength(1)
    expect(out.sources[0]).toMatchObject({ kind: "interview", file: "agc-1.md", participant: "AGC 1" })
    expect(out.sources[0]!.id).toMatch(/^src_/)
  })

  it("ends quietly when the reader of its output stops early (| head)", () => {
    const project = join(tempDir(), "p")
    json(["init", project])
    const corpus = join(
      dirname(fileURLToPath(import.meta.url)),
      "..",
      "..",
      "..",
      "examples",
      "malaysia-value-deficits",
    )
    json(["import", join(corpus, "transcripts"), "--project", project])
    json(["code", "auto", "--project", project])
    const command = `"${process.execPath}" "${BIN}" export codings --format json --project "${project}"`
    // far more than a pipe holds, so the writer is still writing when `head` has gone
    expect(
      spawnSync("sh", ["-c", command], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout.length,
    ).toBeGreaterThan(1 << 17)
    const r = spawnSync("sh", ["-c", `${command} | head -c 1`], { encoding: "utf8" })
    expect(r.stdout).toBe("[")
    expect(r.stderr).toBe("")
  })
})
