import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { codeId, fromStore } from "../../src/tui/services.js"
import { make, spanOf } from "./fixture.js"

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

const open = async () => {
  const { project } = await Effect.runPromise(
    make(join(mkdtempSync(join(tmpdir(), "vl-tui-")), "p"), { tiers: true }),
  )
  closers.push(() => Effect.runPromise(project.store.close()))
  let tick = 0
  const services = fromStore(project, {
    coder: { id: "ana", name: "Ana" },
    now: () => `2024-06-01T00:00:${String(tick++).padStart(2, "0")}.000Z`,
  })
  const store = project.store
  const status = async (id: string) => (await Effect.runPromise(store.codings.get(id)))?.status
  return { project, services, store, status }
}

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)

describe("Services over the store", () => {
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
    expect(s.tiers).toEqual([
      { country: "MYS", year: 2021, tier: "3" },
      { country: "MYS", year: 2022, tier: "2W" },
      { country: "MYS", year: 2023, tier: "2W" },
      { country: "PHL", year: 2021, tier: "1" },
      { country: "PHL", year: 2022, tier: "1" },
      { country: "PHL", year: 2023, tier: "2" },
    ])
  })

  it("decides in one transaction with an undo entry, and undoes and redoes it", async () => {
    const { services, status, store } = await open()
    expect(await services.decide(["sug-0", "sug-1"], "accepted")).toBe("accept 2 codings")
    expect([await status("sug-0"), await status("sug-1")]).toEqual(["accepted", "accepted"])
    expect(await services.undo()).toBe("undone: accept 2 codings")
    expect([await status("sug-0"), await status("sug-1")]).toEqual(["suggested", "suggested"])
    expect(await services.redo()).toBe("redone: accept 2 codings")
    expect(await status("sug-1")).toBe("accepted")
    expect(await services.redo()).toBe("nothing to redo")
    expect((await run(store.operations.lastDone()))?.label).toBe("accept 2 codings")
  })

  it("codes a span manually, finding or making its segment, and uncodes it", async () => {
    const { services, store } = await open()
    const source = (await run(store.sources.get("src-a")))!
    const span = spanOf(source.text, "Nobody checks the permits.")
    expect(await services.code("src-a", span.start, span.end, "vd/accountability")).toBe(
      "code Accountability",
    )
    const mine = await run(store.codings.list({ coderIds: ["ana"] }))
    expect(mine.map((c) => [c.codeId, c.status, c.origin])).toEqual([
      ["vd/accountability", "accepted", "manual"],
    ])
    const segment = await run(store.segments.get(mine[0]!.segmentId))
    expect(segment?.text).toBe("Nobody checks the permits.")
    expect(await services.code("src-a", span.start, span.end, "vd/accountability")).toBe(
      "already coded Accountability",
    )
    expect(await services.uncode([mine[0]!.id])).toBe("uncode Accountability")
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
      /is not a span of Interview AGC 1/,
    )
    expect(await run(store.operations.lastDone())).toBeUndefined()
  })

  it("edits a suggestion's range and code, accepting it, and undoes the edit", async () => {
    const { services, store } = await open()
    const source = (await run(store.sources.get("src-a")))!
    const span = spanOf(source.text, "Officers take bribes at the border. Nobody checks the permits.")
    expect(await services.edit("sug-0", span.start, span.end, "vd/accountability")).toBe(
      "edit and accept Accountability",
    )
    const edited = (await run(store.codings.get("sug-0")))!
    expect([edited.codeId, edited.status]).toEqual(["vd/accountability", "accepted"])
    expect((await run(store.segments.get(edited.segmentId)))?.text).toBe(
      "Officers take bribes at the border. Nobody checks the permits.",
    )
    await services.undo()
    const back = (await run(store.codings.get("sug-0")))!
    expect([back.codeId, back.status, back.segmentId]).toEqual(["vd/integrity", "suggested", "seg-0"])
  })

  it("creates, renames and merges codes, each undoable", async () => {
    const { services, store } = await open()
    expect(codeId("Weak oversight", new Set(["free/weak-oversight"]))).toBe("free/weak-oversight-2")
    await services.createCode("Weak oversight")
    expect((await run(store.codes.get("free/weak-oversight")))?.kind).toBe("free")
    await services.renameCode("free/weak-oversight", "Weak supervision")
    expect((await run(store.codes.get("free/weak-oversight")))?.name).toBe("Weak supervision")
    // Resources has a child (Training) and one suggestion; merging moves both under Accountability
    expect(await services.mergeCodes("of/resources", "vd/accountability")).toBe(
      "merge Resources into Accountability",
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
  })

  it("adds a memo, undoably", async () => {
    const { services, store } = await open()
    expect(await services.addMemo("source", "src-a", "Ask about audits")).toBe("add a memo on the source")
    expect((await run(store.memos.list("source", "src-a"))).map((m) => [m.text, m.author])).toEqual([
      ["Ask about audits", "ana"],
    ])
    await services.undo()
    expect(await run(store.memos.list())).toEqual([])
  })

  it("writes the Markdown summary, reporting progress", async () => {
    const { services, project } = await open()
    await services.decide(["sug-0"], "accepted")
    const steps: string[] = []
    const path = await services.exportReport((done, total, step) => steps.push(`${done}/${total} ${step}`))
    expect(path).toBe(join(project.dir, "reports", "summary.md"))
    expect(steps).toEqual([
      "0/6 Sources",
      "1/6 Participants",
      "2/6 Codes",
      "3/6 Code × group",
      "4/6 Saturation and agreement",
      "5/6 writing",
      "6/6 done",
    ])
    const md = readFileSync(path, "utf8")
    expect(md).toContain("| interview | 2 |")
    expect(md).toContain("| Integrity | 1 | 1 | 0 |")
    expect(md).toContain("- codings: 1 accepted, 4 suggested, 0 rejected")
    expect(existsSync(path)).toBe(true)
  })
})
