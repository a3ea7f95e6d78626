/**
 * Two writers at once, a reader holding the project open while the CLI writes, and a disk that fills up during
 * an import: no write is lost, nothing ends in SQLITE_BUSY or a stack trace, and a failed import changes nothing.
 */
import { execFileSync, spawn } from "node:child_process"
import { mkdirSync, rmSync, statfsSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { tempDir } from "../run.js"
import { copyProject, corpus, finish, health, newProject, start } from "./harness.js"

const READER = join(dirname(fileURLToPath(import.meta.url)), "reader.mjs")

const count = (signature: string, table: string) =>
  Number(new RegExp(`\\b${table}=(\\d+)`).exec(signature)?.[1])

describe("two processes on one project", () => {
  it("two imports at once both land, whole", async () => {
    const project = newProject()
    for (let round = 0; round < 3; round++) {
      const a = corpus(25, 20, `A${round}-`)
      const b = corpus(25, 20, `B${round}-`)
      const [ra, rb] = await Promise.all([
        finish(start(["import", a, "--project", project])),
        finish(start(["import", b, "--project", project])),
      ])
      expect([ra.code, ra.stderr]).toEqual([0, ""])
      expect([rb.code, rb.stderr]).toEqual([0, ""])
      const h = health(project)
      expect(h.integrity).toBe("ok")
      expect(count(h.signature, "source")).toBe(50 * (round + 1))
      expect(count(h.signature, "participant")).toBe(50 * (round + 1))
    }
  })

  it("a reader that writes, open while the CLI imports and codes, loses nothing and never meets SQLITE_BUSY", async () => {
    const project = newProject()
    const child = spawn(process.execPath, [READER, project, "6000"], {
      cwd: dirname(READER),
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    child.stdout.on("data", (d) => {
      out += String(d)
    })
    const readerDone = finish(child)
    const imported = await finish(start(["import", corpus(40, 20), "--project", project]))
    const coded = await finish(start(["code", "auto", "--project", project]))
    const r = await readerDone
    expect([imported.code, imported.stderr]).toEqual([0, ""])
    expect([coded.code, coded.stderr.includes("internal error")]).toEqual([0, false])
    expect(r.code).toBe(0)
    const summary = JSON.parse(out) as { reads: number; writes: number; errors: string[] }
    expect(summary.errors).toEqual([])
    expect(summary.writes).toBeGreaterThan(0)
    const h = health(project)
    expect(count(h.signature, "memo")).toBe(summary.writes)
    expect(count(h.signature, "source")).toBe(40)
  })
})

const root = process.getuid?.() === 0

// Mounting a tmpfs needs root; CI runs as root, a developer's machine may not, and then this test is skipped.
describe.skipIf(!root)("a full disk (a small tmpfs, mounted as root)", () => {
  it("fails the import cleanly with the project unchanged", async () => {
    const mount = tempDir("vl-full-")
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mount])
    try {
      const project = join(mount, "p")
      const from = copyProject(newProject())
      execFileSync("cp", ["-r", from, project])
      const before = health(project).signature
      // leave about 300 KB free: the import below needs several megabytes
      const free = statfsSync(mount).bavail * statfsSync(mount).bsize
      mkdirSync(join(mount, "filler"))
      writeFileSync(join(mount, "filler", "bytes"), new Uint8Array(Math.max(free - 300_000, 0)))
      const r = await finish(start(["import", corpus(200, 40), "--project", project]))
      expect(r.code).not.toBe(0)
      expect(r.stderr).not.toContain("internal error")
      expect(r.stderr).toContain("the disk is full; nothing was changed")
      rmSync(join(mount, "filler"), { recursive: true })
      const h = health(project)
      expect(h.integrity).toBe("ok")
      expect(h.foreignKeyViolations).toBe(0)
      expect(h.signature).toBe(before)
    } finally {
      execFileSync("umount", [mount])
    }
  })
})
