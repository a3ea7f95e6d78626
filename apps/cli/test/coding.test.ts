import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Ids, type Source, Text, type Turn } from "@valuelens/core"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const plugin = (patterns: string[] = ["\\bno (doctor|nurse)s?\\b"]) => `export default {
  apiVersion: 1,
  meta: { name: "local-framework", version: "1.0.0", namespace: "vd" },
  values: [
    { id: "vd/integrity", name: "Integrity", definition: "honest enforcement" },
    { id: "vd/justice", name: "Justice", definition: "fair prosecution" },
    { id: "vd/empathy", name: "Empathy", definition: "victim-centred care" },
  ],
  factors: [{ id: "vd/weak-monitoring", name: "Weak monitoring", definition: "no oversight", drives: ["vd/integrity"] }],
  lexicons: [{ language: "en", entries: [
    { code: "vd/integrity", terms: ["bribe", "corruption"] },
    { code: "vd/weak-monitoring", terms: ["oversight", "monitoring"] },
    { code: "vd/justice", phrases: ["afraid to testify"] },
    { code: "vd/empathy", terms: ["shelter"], patterns: ${JSON.stringify(patterns)} },
  ] }],
}
`

const lines: Array<[string, string]> = [
  ["Interviewer", "Was there corruption at the border?"],
  ["P 1", "Officers took bribes because there was no oversight. The victims were afraid\nto testify."],
  ["Interviewer", "And the shelter?"],
  ["P 1", "The shelter had no nurses."],
]

/** A project with one interview, filled through the store as an importer would. */
const makeProject = async (pluginText = plugin()) => {
  const dir = join(tempDir(), "p")
  json(["init", dir])
  writeFileSync(join(dir, "plugin.mjs"), pluginText)
  writeFileSync(join(dir, "valuelens.json"), JSON.stringify({ name: "p", plugins: ["./plugin.mjs"] }))
  // opening the project once syncs its codebook with the local plugin, so later snapshots start from there
  valuelens(["plugins", "list", "--project", dir])
  let text = ""
  const turns: Turn[] = []
  lines.forEach(([speaker, body], index) => {
    const start = Text.codePointLength(text)
    text += `${speaker}: ${body}`
    turns.push({
      sourceId: "iv1",
      index,
      speaker,
      start,
      end: Text.codePointLength(text),
      interviewer: speaker === "Interviewer",
    })
    text += "\n"
  })
  const source: Source = {
    id: "iv1",
    kind: "interview",
    title: "P 1",
    text,
    hash: Ids.sha256(text),
    participantId: "P 1",
    language: "en",
    metadata: {},
    position: 0,
    importedAt: "2026-01-01T00:00:00Z",
  }
  await Effect.runPromise(
    Effect.gen(function* () {
      const p = yield* Project.open(dir)
      yield* p.store.participants.insert([{ id: "P 1", group: "ngo", attributes: {} }])
      yield* p.store.sources.insert([source])
      yield* p.store.turns.insert(turns)
      yield* p.store.close()
    }),
  )
  return { dir, text, turns }
}

/** Everything a coding command may write. */
const snapshot = (dir: string) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const p = yield* Project.open(dir)
      const out = {
        counts: yield* p.store.counts(),
        codes: yield* p.store.codes.list(),
        codings: yield* p.store.codings.list(),
        segments: yield* p.store.segments.all(),
        memos: yield* p.store.memos.list(),
        op: yield* p.store.operations.lastDone(),
      }
      yield* p.store.close()
      return out
    }),
  )

// each case runs the built binary a few times; a busy machine needs more than the default 5 s
describe("valuelens code, review, analyze, export", { timeout: 60_000 }, () => {
  let project: Awaited<ReturnType<typeof makeProject>>
  beforeAll(async () => {
    project = await makeProject()
  })

  it("auto-codes participant speech, is idempotent, and lists the queue", () => {
    const first = json<{ added: number; suggestions: number }>([
      "code",
      "auto",
      "--engine",
      "rules",
      "--project",
      project.dir,
    ])
    expect(first).toMatchObject({ added: 4, suggestions: 4 })
    const again = json<{ added: number; unchanged: number }>([
      "code",
      "auto",
      "--engine",
      "rules",
      "--project",
      project.dir,
    ])
    expect(again).toMatchObject({ added: 0, unchanged: 4 })
    const queue = json<
      Array<{
        code: string
        text: string
        explanation: { matches: Array<{ start: number; end: number; term: string }> }
      }>
    >(["review", "--project", project.dir])
    expect(queue.map((q) => [q.code, q.text])).toEqual([
      ["vd/integrity", "Officers took bribes because there was no oversight."],
      ["vd/weak-monitoring", "Officers took bribes because there was no oversight."],
      ["vd/justice", "The victims were afraid\nto testify."],
      ["vd/empathy", "The shelter had no nurses."],
    ])
    const m = queue[2]!.explanation.matches[0]!
    expect(Text.sliceCodePoints(project.text, m.start, m.end)).toBe("afraid\nto testify")
    // the four wait for review; none has a segment of its own yet
    const status = json<{ counts: Record<string, number> }>(["status", "--project", project.dir])
    expect(status.counts).toMatchObject({ codings: 4, suggested: 4, segments: 0 })
  })

  it("accepts by code and score, then analyses and exports the accepted codings", () => {
    const accepted = json<{ accepted: number }>([
      "review",
      "--code",
      "vd/integrity,vd/weak-monitoring",
      "--min-score",
      "1",
      "--accept-all",
      "--project",
      project.dir,
    ])
    expect(accepted.accepted).toBe(2)
    const freq = json<Array<{ code: string; segments: number; participants: number }>>([
      "analyze",
      "frequencies",
      "--project",
      project.dir,
    ])
    expect(freq.map((f) => [f.code, f.segments, f.participants])).toEqual([
      ["vd/integrity", 1, 1],
      ["vd/weak-monitoring", 1, 1],
    ])
    const links = json<{
      cells: Array<{
        factor: string
        value: string
        count: number
        participants: string[]
        expected: boolean
      }>
    }>(["analyze", "links", "--project", project.dir])
    expect(links.cells).toEqual([
      {
        factor: "vd/weak-monitoring",
        value: "vd/integrity",
        count: 1,
        c: 1,
        participants: ["P 1"],
        sources: 1,
        expected: true,
      },
    ])
    const human = valuelens(["analyze", "cooccurrence", "--project", project.dir])
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(/vd\/integrity\s+vd\/weak-monitoring\s+1\s+1\s+1\s+1\.000/)
    const csv = valuelens([
      "export",
      "codings",
      "--format",
      "csv",
      "--status",
      "accepted",
      "--project",
      project.dir,
    ])
    expect(csv.code).toBe(0)
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "source,participant,group,start,end,text,code,kind,coder,status,origin,score",
    )
    expect(csv.stdout.split("\r\n")[1]).toMatch(
      /^iv1,P 1,ngo,\d+,\d+,Officers took bribes because there was no oversight\.,vd\/integrity,value,rules,accepted,rule:vd\/integrity@en,1$/,
    )
    const all = JSON.parse(
      valuelens(["export", "codings", "--format", "json", "--project", project.dir]).stdout,
    ) as Array<Record<string, unknown>>
    expect(all).toHaveLength(4)
    expect(Object.keys(all[0]!)).toEqual([
      "source",
      "participant",
      "group",
      "start",
      "end",
      "text",
      "code",
      "kind",
      "coder",
      "status",
      "origin",
      "score",
    ])
  })

  it("codes by hand, warns about interviewer turns, and undoes and redoes", () => {
    const before = valuelens([
      "code",
      "add",
      "iv1",
      "0",
      "11",
      "vd/justice",
      "--coder",
      "alice",
      "--json",
      "--project",
      project.dir,
    ])
    expect(before.code).toBe(0)
    expect(before.stderr).toContain("warning: the range overlaps interviewer turn 0 (Interviewer)")
    expect(JSON.parse(before.stdout).segment.text).toBe("Interviewer")
    expect(json<{ undone: string }>(["code", "undo", "--project", project.dir]).undone).toMatch(
      /^code iv1 0–11 as vd\/justice/,
    )
    expect(json<{ redone: string }>(["code", "redo", "--project", project.dir]).redone).toMatch(
      /^code iv1 0–11/,
    )
    const memo = json<{ target: string; targetId: string }>([
      "memo",
      "add",
      "check with JIM",
      "--code",
      "vd/justice",
      "--author",
      "alice",
      "--project",
      project.dir,
    ])
    expect(memo).toMatchObject({ target: "code", targetId: "vd/justice" })
  })

  it("shows saturation with the method named", () => {
    const r = valuelens(["analyze", "saturation", "--project", project.dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("not assessable: 1 interview, fewer than a base of 4 and a run of 2")
    expect(r.stdout).toContain("Guest, Namey & Chen (2020)")
  })
})

describe("bad input exits 2, says what is wrong, and changes nothing", { timeout: 60_000 }, () => {
  let project: Awaited<ReturnType<typeof makeProject>>
  beforeAll(async () => {
    project = await makeProject()
  })

  it.each([
    [["code", "add", "iv1", "0", "5", "vd/nope"], 'unknown code "vd/nope"'],
    [["code", "add", "nope", "0", "5", "vd/justice"], 'unknown source "nope"'],
    [["code", "add", "iv1", "0", "100000", "vd/justice"], 'outside source "iv1"'],
    [["code", "add", "iv1", "9", "3", "vd/justice"], "END (3) must be greater than START (9)"],
    [["code", "add", "iv1", "x", "3", "vd/justice"], 'START must be a whole number of code points, got "x"'],
    [["code", "auto", "--codes", "vd/nope"], 'unknown code "vd/nope"'],
    [["code", "evaluate"], "cross-validation needs human codings of values or factors in at least 2 sources"],
    [["review", "--accept", "cod_nope"], 'unknown coding "cod_nope"'],
    [["analyze", "saturation", "--threshold", "50 percent"], "--threshold must be a share"],
    [["memo", "add", "x", "--segment", "seg_nope"], 'unknown segment "seg_nope"'],
  ])("valuelens %j", async (args, message) => {
    const before = await snapshot(project.dir)
    const r = valuelens([...args, "--project", project.dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stdout).toBe("")
    expect(await snapshot(project.dir)).toEqual(before)
  })

  it("the model engine of a plugin without exemplars says how many coded passages it has and needs", async () => {
    const fresh = await makeProject()
    const r = valuelens(["code", "auto", "--engine", "model", "--json", "--project", fresh.dir])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ engine: "model", suggestions: 0 })
    expect(r.stderr).toContain(
      'skipped iv1: the model for "en" has 0 coded passage(s) showing a deficit and needs at least 20',
    )
  })

  it("with --engine both, each engine keeps its own suggestions, and running again changes nothing", () => {
    const dir = join(tempDir(), "both")
    json(["init", dir])
    mkdirSync(join(dir, "transcripts"))
    writeFileSync(
      join(dir, "transcripts", "a.md"),
      "---\nparticipant: P1\ngroup: ngo\ncountry: MYS\n---\nInterviewer: What goes wrong?\n" +
        "P1: The officers at the border take bribes from the syndicates and nobody monitors them.\n",
    )
    json(["import", join(dir, "transcripts"), "--project", dir])
    type Summary = { engine: string; added: number; unchanged: number; suggestions: number }
    const first = json<Summary[]>(["code", "auto", "--engine", "both", "--project", dir])
    const again = json<Summary[]>(["code", "auto", "--engine", "both", "--project", dir])
    expect(first.map((s) => s.engine)).toEqual(["rules", "model"])
    for (const s of first) expect(s.added).toBeGreaterThan(0)
    // the second run finds every suggestion of both engines where the first left it
    expect(again.map((s) => [s.engine, s.added, s.unchanged])).toEqual(
      first.map((s) => [s.engine, 0, s.suggestions]),
    )
    const queue = json<Array<{ id: string; code: string; origin: string }>>(["review", "--project", dir])
    const integrity = queue.filter((q) => q.code === "vd/integrity")
    // the same code on the same passage from both engines: two suggestions, told apart by their ids
    expect(integrity.map((q) => q.origin.split(":")[0]).sort()).toEqual(["model", "rule"])
    expect(new Set(queue.map((q) => q.id)).size).toBe(queue.length)
    expect(queue.length).toBe(first.reduce((n, s) => n + s.suggestions, 0))
  })

  it.each([
    [["(unclosed"], "is not a valid regular expression"],
    [["(a+)+$"], "can backtrack catastrophically"],
  ])("rejects the lexicon pattern %j naming the plugin, and writes nothing", async (patterns, message) => {
    const p = await makeProject(plugin(patterns))
    const before = await snapshot(p.dir)
    const r = valuelens(["code", "auto", "--project", p.dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('plugin "local-framework"')
    expect(r.stderr).toContain("vd/empathy")
    expect(r.stderr).toContain(message)
    expect(await snapshot(p.dir)).toEqual(before)
  })
})
