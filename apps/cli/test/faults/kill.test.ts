/**
 * `kill -9` at seeded random moments during `import`, `code auto`, `review --accept-all` and a REFI-QDA import:
 * every killed run must leave a database that passes `PRAGMA integrity_check`, has no foreign-key violations,
 * and holds either everything the command writes or nothing of it.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { json, tempDir } from "../run.js"
import { corpus, health, killed, newProject, random, reference } from "./harness.js"

const TRIALS = 20
const SEED = 18

interface Scenario {
  readonly name: string
  readonly project: () => string
  readonly args: (project: string) => string[]
}

let base: string
let imported: string
let suggested: string
let qdpx: string
const interviews = corpus(40, 20)

beforeAll(async () => {
  base = newProject()
  imported = (await reference(base, (p) => ["import", interviews, "--project", p])).project
  suggested = (await reference(imported, (p) => ["code", "auto", "--project", p])).project
  const accepted = (await reference(suggested, (p) => ["review", "--accept-all", "--project", p])).project
  qdpx = join(tempDir(), "study.qdpx")
  json(["export", "qdpx", "--out", qdpx, "--project", accepted])
}, 300_000)

const scenarios: Scenario[] = [
  { name: "import", project: () => base, args: (p) => ["import", interviews, "--project", p] },
  { name: "code auto", project: () => imported, args: (p) => ["code", "auto", "--project", p] },
  {
    name: "review --accept-all",
    project: () => suggested,
    args: (p) => ["review", "--accept-all", "--project", p],
  },
  { name: "import qdpx", project: () => base, args: (p) => ["import", qdpx, "--project", p] },
]

/** Outcomes, for bench/results/hardening.md when HARDENING_RECORD names a file. */
const record: Record<
  string,
  { trials: number; before: number; after: number; integrityOk: number; fkClean: number }
> = {}

describe("kill -9 during a write", () => {
  it.each(scenarios)(
    "$name leaves a sound database, wholly before or after",
    async ({ name, project, args }) => {
      const from = project()
      const before = health(from).signature
      const done = await reference(from, args)
      expect(done.after).not.toBe(before)
      const next = random(SEED + name.length)
      // on a loaded machine Node's start-up is most of a run, and a kill there proves little: the moments are
      // spread from a little before the project is opened (timed with a read-only command) to a little past the end
      const opened = (await reference(from, (p) => ["status", "--project", p])).ms
      const first = opened * 0.8
      const delays = Array.from({ length: TRIALS }, () =>
        Math.round(first + next() * (done.ms * 1.1 - first)),
      )
      const outcomes: Array<"before" | "after"> = []
      for (let i = 0; i < delays.length; i += 2) {
        const pair = await Promise.all(delays.slice(i, i + 2).map((d) => killed(from, args, d)))
        for (const { health: h } of pair) {
          expect(h.integrity).toBe("ok")
          expect(h.foreignKeyViolations).toBe(0)
          expect([before, done.after]).toContain(h.signature)
          outcomes.push(h.signature === before ? "before" : "after")
        }
      }
      record[name] = {
        trials: outcomes.length,
        before: outcomes.filter((o) => o === "before").length,
        after: outcomes.filter((o) => o === "after").length,
        integrityOk: outcomes.length,
        fkClean: outcomes.length,
      }
      if (process.env.HARDENING_RECORD)
        writeFileSync(
          process.env.HARDENING_RECORD,
          `${JSON.stringify({ kill: record, runMs: done.ms }, null, 2)}\n`,
        )
    },
    180_000,
  )
})
