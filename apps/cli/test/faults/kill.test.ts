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
  // the rules engine suggests on the generated corpus's word list, so accept-all has many suggestions to write
  suggested = (await reference(imported, (p) => ["code", "auto", "--engine", "rules", "--project", p]))
    .project
  const accepted = (await reference(suggested, (p) => ["review", "--accept-all", "--project", p])).project
  qdpx = join(tempDir(), "study.qdpx")
  json(["export", "qdpx", "--out", qdpx, "--project", accepted])
}, 300_000)

const scenarios: Scenario[] = [
  { name: "import", project: () => base, args: (p) => ["import", interviews, "--project", p] },
  {
    name: "code auto",
    project: () => imported,
    args: (p) => ["code", "auto", "--engine", "rules", "--project", p],
  },
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
  {
    trials: number
    before: number
    after: number
    /** Of the trials ending after, those killed while the command still ran (the rest had exited). */
    afterKilledRunning: number
    integrityOk: number
    fkClean: number
    /** The un-killed command's duration under the trials' own load, in ms. */
    runMs: number
    /** When it last wrote the database, in ms from its start. */
    lastWriteMs: number
  }
> = {}

describe("kill -9 during a write", () => {
  it.each(scenarios)(
    "$name leaves a sound database, wholly before or after",
    async ({ name, project, args }) => {
      const from = project()
      const before = health(from).signature
      // the un-killed command timed as the trials run it, two at once, so the moments scale to its real length
      const pair = await Promise.all([reference(from, args), reference(from, args)])
      for (const done of pair) expect(done.after).not.toBe(before)
      const after = pair[0]!.after
      expect(pair[1]!.after).toBe(after)
      const run = Math.max(...pair.map((d) => d.ms))
      const opened = (await reference(from, (p) => ["status", "--project", p])).ms
      // when the un-killed runs last wrote the database: the commit, then the checkpoint as the store closes
      const lastWrite = Math.max(...pair.map((d) => d.lastWrite ?? d.ms))
      const next = random(SEED + name.length)
      // half the moments spread over the whole command, from a little before the project is opened (a kill
      // during Node's start-up proves little) to its end; half within a tenth of the run either side of its last
      // write, where a kill decides between before and after
      const whole = (u: number) => opened * 0.8 + u * (run - opened * 0.8)
      const atCommit = (u: number) => lastWrite + (u * 2 - 1) * run * 0.1
      const delays = Array.from({ length: TRIALS }, (_, i) =>
        Math.round((i % 2 === 0 ? whole : atCommit)(next())),
      )
      const outcomes: Array<{ state: "before" | "after"; running: boolean }> = []
      for (let i = 0; i < delays.length; i += 2) {
        const trials = await Promise.all(delays.slice(i, i + 2).map((d) => killed(from, args, d)))
        for (const { ended, health: h } of trials) {
          expect(h.integrity).toBe("ok")
          expect(h.foreignKeyViolations).toBe(0)
          expect([before, after]).toContain(h.signature)
          outcomes.push({
            state: h.signature === before ? "before" : "after",
            running: ended.signal === "SIGKILL",
          })
        }
      }
      const ended = outcomes.filter((o) => o.state === "after")
      record[name] = {
        trials: outcomes.length,
        before: outcomes.length - ended.length,
        after: ended.length,
        afterKilledRunning: ended.filter((o) => o.running).length,
        integrityOk: outcomes.length,
        fkClean: outcomes.length,
        runMs: Math.round(run),
        lastWriteMs: Math.round(lastWrite),
      }
      if (process.env.HARDENING_RECORD)
        writeFileSync(process.env.HARDENING_RECORD, `${JSON.stringify({ kill: record }, null, 2)}\n`)
    },
    240_000,
  )
})
