/**
 * The real binary in tmux at 80×24: open the review queue, accept two suggestions and reject one with real
 * keystrokes, quit, then read the decisions back from the project's database with `valuelens export codings
 * --json`.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { BIN, json } from "../run.js"
import { make } from "./fixture.js"

const tmux = (...args: ReadonlyArray<string>) => execFileSync("tmux", args, { encoding: "utf8" })
const sessions: string[] = []
afterEach(() => {
  for (const s of sessions.splice(0))
    try {
      tmux("kill-session", "-t", s)
    } catch {
      // already gone
    }
})

const pane = (s: string) => tmux("capture-pane", "-p", "-t", s)

/** Waits until the pane shows `text` (or fails with what it shows instead). */
const until = async (s: string, text: string, timeout = 10_000) => {
  const end = Date.now() + timeout
  while (Date.now() < end) {
    const now = pane(s)
    if (now.includes(text)) return now
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`the pane never showed "${text}"; it shows:\n${pane(s)}`)
}

const start = (name: string, cwd: string, args: ReadonlyArray<string>) => {
  sessions.push(name)
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ")
  tmux(
    "new-session",
    "-d",
    "-s",
    name,
    "-x",
    "80",
    "-y",
    "24",
    "-c",
    cwd,
    `${cmd}; echo "exited $?"; sleep 30`,
  )
}

const seed = async (extra = 0) => {
  const dir = join(mkdtempSync(join(tmpdir(), "vl-tui-e2e-")), "project")
  const { project } = await Effect.runPromise(make(dir, { extra }))
  await Effect.runPromise(project.store.close())
  return dir
}

describe("valuelens tui in a terminal", () => {
  it("reviews suggestions with real keystrokes and the decisions land in the database", async () => {
    const dir = await seed()
    const s = `vl-e2e-${process.pid}`
    start(s, dir, ["tui", "--project", dir, "--coder", "ana"])
    const first = await until(s, "Open suggestions")
    expect(first.split("\n")[0]).toMatch(/^ValueLens · Border study · Dashboard +\? keys$/)
    tmux("send-keys", "-t", s, "r")
    await until(s, "Suggestion 1 of 5 · 5 open")
    tmux("send-keys", "-t", s, "a")
    await until(s, "Suggestion 2 of 5 · 4 open")
    tmux("send-keys", "-t", s, "a")
    await until(s, "Suggestion 3 of 5 · 3 open")
    tmux("send-keys", "-t", s, "r")
    const after = await until(s, "Suggestion 4 of 5 · 2 open")
    expect(after).toContain("Code: Integrity (vd/integrity) · score 0.95 · rule:vd/integrity")
    tmux("send-keys", "-t", s, "q")
    await until(s, "Open suggestions         2")
    tmux("send-keys", "-t", s, "q")
    await until(s, "exited 0")

    const exported = json<Array<{ source: string; text: string; code: string; status: string }>>([
      "export",
      "codings",
      "--project",
      dir,
    ])
    expect(exported.map((c) => [c.source, c.code, c.status, c.text])).toEqual([
      ["src-a", "vd/integrity", "accepted", "Officers take bribes at the border."],
      ["src-a", "of/resources", "accepted", "The unit has no budget for audits."],
      ["src-a", "vd/care", "rejected", "Victims wait for months before anyone listens to them."],
      ["src-b", "vd/integrity", "suggested", "Corruption is still the main problem."],
      ["src-b", "of/training", "suggested", "Training is rare and staff turnover is high."],
    ])
  })

  it("keeps the codebook with real keystrokes: create, describe, move, delete and undo land in the database", async () => {
    const dir = await seed()
    const s = `vl-codebook-${process.pid}`
    start(s, dir, ["tui", "--project", dir, "--coder", "ana"])
    await until(s, "Open suggestions")
    tmux("send-keys", "-t", s, "c")
    await until(s, "code (5)")
    tmux("send-keys", "-t", s, "n", ..."Weak oversight", "Enter")
    await until(s, "created code Weak oversight (free/weak-oversight)")
    tmux("send-keys", "-t", s, "End")
    await until(s, "free/weak-oversight · free")
    tmux("send-keys", "-t", s, "d", ..."Nobody checks officers", "Enter")
    await until(s, "set the definition of Weak oversight")
    tmux("send-keys", "-t", s, "i", ..."no audits", "Enter")
    await until(s, "set the inclusion criteria of Weak oversight")
    tmux("send-keys", "-t", s, "e", ..."nobody audits the unit", "Enter")
    const described = await until(s, "added an example to Weak oversight")
    expect(described.split("\n").slice(19, 23)).toEqual([
      "free/weak-oversight · free",
      "definition: Nobody checks officers",
      "include: no audits · exclude: none (x)",
      "examples (1): nobody audits the unit",
    ])
    tmux("send-keys", "-t", s, "p", ..."integ", "Enter")
    await until(s, "moved Weak oversight under Integrity")
    // the tree is now Accountability, Care for victims, Integrity, Weak oversight, Resources, Training
    tmux("send-keys", "-t", s, "Home", "Down", "Down", "Down")
    await until(s, ">   Weak oversight")
    tmux("send-keys", "-t", s, "D")
    await until(s, "Delete Weak oversight and its 0 codings? Type y and Enter to go ahead")
    tmux("send-keys", "-t", s, "y", "Enter")
    await until(s, "deleted Weak oversight and its 0 codings")
    tmux("send-keys", "-t", s, "u")
    await until(s, "undone: delete code free/weak-oversight")
    tmux("send-keys", "-t", s, "q", "q")
    await until(s, "exited 0")

    expect(
      json<{ code: { parentId: string }; description: string; inclusion: string; examples: string[] }>([
        "codebook",
        "show",
        "free/weak-oversight",
        "--project",
        dir,
      ]),
    ).toMatchObject({
      code: { parentId: "vd/integrity" },
      description: "Nobody checks officers",
      inclusion: "no audits",
      examples: ["nobody audits the unit"],
    })
  })

  it("opens on bare valuelens at a terminal, in the current folder", async () => {
    const dir = await seed()
    const s = `vl-bare-${process.pid}`
    start(s, dir, [])
    await until(s, "Dashboard")
    tmux("send-keys", "-t", s, "q")
    await until(s, "exited 0")
  })

  it("loses no key: 100 keys sent at full speed and a 200-character paste all arrive, in order", async () => {
    // the fixture's first bulk interview has 200 one-sentence turns
    const dir = await seed(200)
    const s = `vl-keys-${process.pid}`
    start(s, dir, ["tui", "--project", dir, "--coder", "ana"])
    await until(s, "Open suggestions")
    tmux("send-keys", "-t", s, "s", "End", "Enter")
    await until(s, "Bulk interview 1 · sentence 1/200")
    // one send-keys call writes all 100 keys to the terminal at once
    tmux("send-keys", "-t", s, ...Array.from({ length: 100 }, () => "s"))
    await until(s, "Bulk interview 1 · sentence 101/200")
    tmux("send-keys", "-t", s, "m")
    await until(s, "Enter confirm")
    // letters that are keys on the reader (q, s, t, u, v, c, x, m) and a line break inside the paste
    const pasted = `${"quick survey: trust, values, courts; ".repeat(5)}end\n${"x".repeat(9)}`.padEnd(
      200,
      "m",
    )
    expect([...pasted]).toHaveLength(200)
    tmux("set-buffer", "-b", s, pasted)
    tmux("paste-buffer", "-p", "-d", "-b", s, "-t", s)
    const typed = "abcdefghij".repeat(10)
    tmux("send-keys", "-t", s, ...typed)
    await until(s, "300 characters")
    tmux("send-keys", "-t", s, "Enter")
    await until(s, "added a memo on the source")
    tmux("send-keys", "-t", s, "q", "q", "q")
    await until(s, "exited 0")

    const p = await Effect.runPromise(Project.open(dir))
    const memos = await Effect.runPromise(p.store.memos.list("source", "bulk-0"))
    await Effect.runPromise(p.store.close())
    expect(memos.map((m) => m.text)).toEqual([pasted.replace("\n", " ") + typed])
  })
})
