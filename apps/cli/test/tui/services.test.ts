import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { fromWorkspace } from "../../src/tui/services.js"
import { loadPlugins } from "../../src/Workspace.js"
import { valuelens } from "../run.js"
import { make, spanOf } from "./fixture.js"

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)

const open = async (options: { tiers?: boolean; plugins?: ReadonlyArray<string> } = {}) => {
  const { project } = await run(
    make(join(mkdtempSync(join(tmpdir(), "vl-tui-")), "p"), { tiers: options.tiers ?? true }),
  )
  closers.push(() => run(project.store.close()))
  const registry = await run(loadPlugins(options.plugins ?? [], project.dir))
  const services = fromWorkspace({ project, registry }, { coder: "ana" })
  const store = project.store
  const status = async (id: string) => (await run(store.codings.get(id)))?.status
  return { project, services, store, status }
}

describe("Services over a workspace", () => {
  it("loads the project with explanations for suggestions", async () => {
    const { services } = await open()
    const s = await services.load()
    expect([s.project, s.sources.length, s.codes.length, s.codings.length]).toEqual(["Border study", 3, 5, 5])
    expect(s.codings[0]).toMatchObject({
      id: "sug-0",
      sourceTitle: "Interview AGC 1",
      group: "government",
      status: "suggested",
      matches: [{ term: "bribes", rule: "vd/integrity#1", start: 73, end: 79 }],
    })
    expect([s.model, s.agreement, s.undo]).toEqual([[], undefined, undefined])
  })

  it("decides through the review engine, and undoes and redoes through its log", async () => {
    const { services, status, store } = await open()
    expect(await services.decide(["sug-0", "sug-1"], "accepted")).toBe("accepted 2 suggestions")
    expect(await services.decide(["sug-2"], "rejected")).toBe("rejected Care for victims")
    expect([await status("sug-0"), await status("sug-1"), await status("sug-2")]).toEqual([
      "accepted",
      "accepted",
      "rejected",
    ])
    expect(await services.undo()).toBe("undone: reject 1 suggestion(s)")
    expect(await services.undo()).toBe("undone: accept 2 suggestion(s)")
    expect([await status("sug-0"), await status("sug-1"), await status("sug-2")]).toEqual([
      "suggested",
      "suggested",
      "suggested",
    ])
    expect(await services.redo()).toBe("redone: accept 2 suggestion(s)")
    expect(await status("sug-1")).toBe("accepted")
    expect((await run(store.operations.lastDone()))?.label).toBe("accept 2 suggestion(s)")
    expect((await services.load()).undo).toBe("accept 2 suggestion(s)")
  })

  it("codes a span manually, finding or making its segment, and uncodes it", async () => {
    const { services, store } = await open()
    const source = (await run(store.sources.get("src-a")))!
    const span = spanOf(source.text, "Nobody checks the permits.")
    expect(await services.code("src-a", span.start, span.end, "vd/accountability")).toBe(
      "coded Accountability",
    )
    const mine = await run(store.codings.list({ coderIds: ["ana"] }))
    expect(mine.map((c) => [c.codeId, c.status, c.origin])).toEqual([
      ["vd/accountability", "accepted", "manual"],
    ])
    expect((await run(store.segments.get(mine[0]!.segmentId)))?.text).toBe("Nobody checks the permits.")
    expect(await services.code("src-a", span.start, span.end, "vd/accountability")).toBe(
      "this range already has vd/accountability from ana; nothing was added",
    )
    expect(await services.uncode(mine[0]!.id)).toBe("uncoded Accountability")
    expect(await run(store.codings.list({ coderIds: ["ana"] }))).toEqual([])
    await services.undo()
    expect((await run(store.codings.list({ coderIds: ["ana"] }))).length).toBe(1)
    await services.undo()
    expect(await run(store.codings.list({ coderIds: ["ana"] }))).toEqual([])
    expect(await run(store.segments.find("src-a", span.start, span.end))).toBeUndefined()
  })

  it("refuses a span outside the text and changes nothing", async () => {
    const { services, store } = await open()
    await expect(services.code("src-a", 10, 99_999, "vd/care")).rejects.toThrow(
      /offsets 10–99999 are outside source "src-a"/,
    )
    expect(await run(store.operations.lastDone())).toBeUndefined()
  })

  it("edits a suggestion's range and code as one action, and undoes the edit in one step", async () => {
    const { services, store } = await open()
    const source = (await run(store.sources.get("src-a")))!
    const span = spanOf(source.text, "Officers take bribes at the border. Nobody checks the permits.")
    expect(await services.edit("sug-0", span.start, span.end, "vd/accountability")).toBe(
      "edited and accepted Accountability",
    )
    const edited = (await run(store.codings.get("sug-0")))!
    expect([edited.codeId, edited.status]).toEqual(["vd/accountability", "accepted"])
    expect((await run(store.segments.get(edited.segmentId)))?.text).toBe(
      "Officers take bribes at the border. Nobody checks the permits.",
    )
    await services.undo()
    const back = (await run(store.codings.get("sug-0")))!
    expect([back.codeId, back.status, back.segmentId]).toEqual(["vd/integrity", "suggested", "seg-0"])
    // the code alone, and then nothing changed (which accepts it as it is)
    const budget = spanOf(source.text, "The unit has no budget for audits.")
    expect(await services.edit("sug-1", budget.start, budget.end, "vd/accountability")).toBe(
      "edited and accepted Accountability",
    )
    expect((await run(store.codings.get("sug-1")))?.codeId).toBe("vd/accountability")
    expect((await run(store.operations.lastDone()))?.label).toBe("recode of/resources as vd/accountability")
    const victims = spanOf(source.text, "Victims wait for months before anyone listens to them.")
    expect(await services.edit("sug-2", victims.start, victims.end, "vd/care")).toBe(
      "edited and accepted Care for victims",
    )
    expect((await run(store.codings.get("sug-2")))?.status).toBe("accepted")
  })

  it("creates, renames and merges codes, each undoable", async () => {
    const { services, store } = await open()
    expect(await services.createCode("Weak oversight")).toBe(
      "created code Weak oversight (free/weak-oversight)",
    )
    expect((await run(store.codes.get("free/weak-oversight")))?.kind).toBe("free")
    expect(await services.renameCode("free/weak-oversight", "Weak supervision")).toBe(
      "renamed free/weak-oversight to Weak supervision",
    )
    expect((await run(store.codes.get("free/weak-oversight")))?.name).toBe("Weak supervision")
    // Resources has a child (Training) and one suggestion; merging moves both under Accountability
    expect(await services.mergeCodes("of/resources", "vd/accountability")).toBe(
      "merged Resources into Accountability: 1 coding moved, 0 collapsed",
    )
    expect(await run(store.codes.get("of/resources"))).toBeUndefined()
    expect((await run(store.codes.get("of/training")))?.parentId).toBe("vd/accountability")
    expect((await run(store.codings.get("sug-1")))?.codeId).toBe("vd/accountability")
    await services.undo()
    expect((await run(store.codes.get("of/resources")))?.name).toBe("Resources")
    expect((await run(store.codes.get("of/training")))?.parentId).toBe("of/resources")
    expect((await run(store.codings.get("sug-1")))?.codeId).toBe("of/resources")
    await services.undo()
    await services.undo()
    expect(await run(store.codes.get("free/weak-oversight"))).toBeUndefined()
    expect(await services.undo()).toBe("nothing to undo")
  })

  it("adds a memo, undoably", async () => {
    const { services, store } = await open()
    expect(await services.addMemo("source", "src-a", "Ask about audits")).toBe("added a memo on the source")
    expect((await run(store.memos.list("source", "src-a"))).map((m) => [m.text, m.author])).toEqual([
      ["Ask about audits", "ana"],
    ])
    await services.undo()
    expect(await run(store.memos.list())).toEqual([])
  })

  it("triangulates the project's themes", async () => {
    const { services } = await open()
    await services.decide(["sug-0", "sug-3"], "accepted")
    const t = await services.triangulate()
    const integrity = t.themes.find((x) => x.theme.id === "vd/integrity")!
    // both interviewees raised Integrity (2 of 2, high) and the action plan is not coded: silence
    expect([integrity.evidence.interview.participants, integrity.verdicts[0]!.verdict]).toEqual([
      ["AGC 1", "NGO 2"],
      "silence",
    ])
    expect(t.countries).toEqual(["MYS"])
  })

  it("compares the project's countries that a plugin defines", async () => {
    const none = await open()
    expect(await none.services.compare()).toEqual({
      countries: ["MYS"],
      unknown: ["MYS"],
      comparison: undefined,
    })
    const { services } = await open({
      tiers: false,
      plugins: ["framework-value-deficits", "country-malaysia"],
    })
    const c = await services.compare()
    expect([c.countries, c.unknown]).toEqual([["MYS"], []])
    const tiers = new Map(c.comparison!.countries[0]!.tiers.map((x) => [x.year, x.tier]))
    // US TIP Reports: Malaysia Tier 3 in 2021 and 2022, Tier 2 Watch List in 2023
    expect([tiers.get(2021), tiers.get(2022), tiers.get(2023)]).toEqual([
      "Tier 3",
      "Tier 3",
      "Tier 2 Watch List",
    ])
  })

  it("writes the real report into reports/ in the chosen format, reporting progress", async () => {
    const { services, project } = await open()
    await services.decide(["sug-0"], "accepted")
    const steps: string[] = []
    const path = await services.exportReport("md", (done, total, step) =>
      steps.push(`${done}/${total} ${step}`),
    )
    expect(path).toBe(join(project.dir, "reports", "report.md"))
    expect(steps).toEqual([
      "0/5 analyses",
      "1/5 findings",
      "2/5 findings",
      "3/5 findings",
      "4/5 writing",
      "5/5 done",
    ])
    const md = readFileSync(path, "utf8")
    expect(md.split("\n")[0]).toBe("# Border study: findings")
    expect(md).toContain("Officers take bribes at the border.")
    const html = await services.exportReport("html", () => {})
    expect(html).toBe(join(project.dir, "reports", "report.html"))
    expect(readFileSync(html, "utf8")).toMatch(/^<!doctype html>/i)
    const docx = await services.exportReport("docx", () => {})
    // a DOCX is a ZIP archive: it starts with "PK"
    expect(readFileSync(docx).subarray(0, 2).toString("latin1")).toBe("PK")
  })

  it("shares one undo log with the command line", async () => {
    const { services, project, status } = await open()
    await services.decide(["sug-0"], "accepted")
    expect((await services.load()).codings.find((c) => c.id === "sug-0")?.status).toBe("accepted")
    const undone = valuelens(["code", "undo", "--project", project.dir, "--json"])
    expect([undone.code, JSON.parse(undone.stdout)]).toEqual([0, { undone: "accept 1 suggestion(s)" }])
    expect((await services.load()).codings.find((c) => c.id === "sug-0")?.status).toBe("suggested")
    const redone = valuelens(["code", "redo", "--project", project.dir, "--json"])
    expect(redone.code).toBe(0)
    expect(await status("sug-0")).toBe("accepted")
    expect(await services.undo()).toBe("undone: accept 1 suggestion(s)")
    expect(await status("sug-0")).toBe("suggested")
  })
})
