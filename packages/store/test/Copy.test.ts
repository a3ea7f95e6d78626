import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect } from "effect"
import { expect, it } from "vitest"
import { Project, type Store } from "../src/index.js"
import { failureOf, freshDatabase, onServer, tempDir } from "./helpers.js"

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)
const at = "2026-02-01T00:00:00Z"
const text = "P 1: 🙂 Officers took bribes. The shelter had no nurses."

// one row or more in every table, with what differs between drivers: emoji, a float score, bytes, a code tree
const seed = (s: Store) =>
  Effect.gen(function* () {
    yield* s.participants.insert([{ id: "P 1", group: "ngo", attributes: { région: "Johor" } }])
    yield* s.sources.insert([
      {
        id: "iv1",
        kind: "interview",
        title: "Interview 1",
        text,
        hash: "h-iv1",
        participantId: "P 1",
        metadata: { file: "iv1.txt" },
        position: 0,
        importedAt: at,
      },
    ])
    yield* s.turns.insert([
      { sourceId: "iv1", index: 0, speaker: "P 1", start: 0, end: 55, interviewer: false },
    ])
    yield* s.pages.insert([{ sourceId: "iv1", number: 1, start: 0, end: 55 }])
    // the child's id sorts before its parent's
    yield* s.codes.insert([
      { id: "vd/a-parent", name: "Integrity", kind: "value" },
      { id: "vd/0-child", name: "Bribery", kind: "factor", parentId: "vd/a-parent", colour: "#aa0000" },
    ])
    yield* s.coders.ensure({ id: "alice", name: "Alice", engine: false })
    yield* s.coders.ensure({ id: "rules", name: "Rules", engine: true })
    yield* s.segments.insert([{ id: "seg_a", sourceId: "iv1", start: 7, end: 15, text: "Officers" }])
    yield* s.codings.insert([
      {
        id: "cod_a",
        segmentId: "seg_a",
        codeId: "vd/0-child",
        coderId: "alice",
        status: "accepted",
        origin: "manual",
        score: 0.1 + 0.2,
        explanation: { matches: [{ term: "officer", rule: "r1", start: 7, end: 15 }], note: "🙂" },
        createdAt: at,
        updatedAt: at,
      },
    ])
    yield* s.pending.replace(
      "iv1",
      "rules",
      [
        {
          start: 29,
          end: 55,
          codeId: "vd/a-parent",
          origin: "rule:x",
          score: 1 / 3,
          explanation: { matches: [] },
        },
      ],
      at,
    )
    yield* s.memos.insert({
      id: "m1",
      target: "source",
      targetId: "iv1",
      text: "Cited twice",
      author: "alice",
      createdAt: at,
    })
    yield* s.observations.upsert([
      { country: "MYS", year: 2020, indicator: "tip.tier", value: 2.5, source: "TIP" },
    ])
    yield* s.operations.record("code A", { undo: 1 }, { redo: 1 }, at)
    yield* s.settings.set("identity", { sources: { iv1: "guid" } })
    yield* s.runs.save({
      kind: "agreement",
      name: "study",
      at,
      parameters: { coders: ["a"] },
      result: { alpha: 0.8 },
    })
  })

/** Everything the repositories read back, to compare two copies by what a researcher sees. */
const view = (s: Store) =>
  Effect.gen(function* () {
    return {
      counts: yield* s.counts(),
      rows: yield* s.codings.rows(),
      codings: yield* s.codings.list(),
      codes: yield* s.codes.list(),
      sources: yield* s.sources.listWithText(),
      memos: yield* s.memos.list(),
      observations: yield* s.observations.list(),
      runs: yield* s.runs.list(),
      setting: yield* s.settings.get("identity"),
      operation: yield* s.operations.lastDone(),
    }
  })

onServer("Copying a project between SQLite and PostgreSQL", () => {
  it("copies a SQLite project to PostgreSQL and back, row for row, and reads the same everywhere", async () => {
    const solo = await run(Project.create(join(tempDir(), "solo"), { name: "t", plugins: [] }))
    await run(seed(solo.store))
    const url = await freshDatabase()
    const toServer = await run(Project.copy(solo, url))
    expect(toServer).toMatchObject({
      participant: 1,
      source: 1,
      code: 2,
      coding: 1,
      pending_suggestions: 1,
      memo: 1,
    })

    const team = await run(Project.open(folderFor({ url })))
    const back = join(tempDir(), "back.db")
    const toFile = await run(Project.copy(team, back))
    expect(toFile).toEqual(toServer)
    const returned = await run(Project.open(folderFor({ file: back })))

    const stores = [solo.store, team.store, returned.store]
    const views = await Promise.all(stores.map((s) => run(view(s))))
    expect(views[1]).toEqual(views[0])
    expect(views[2]).toEqual(views[0])
    expect(views[0]?.counts).toMatchObject({ codings: 2, suggested: 1, codes: 2 })
    expect(views[0]?.codings[0]?.score).toBe(0.1 + 0.2)
    await Promise.all(stores.map((s) => run(s.close())))
  })

  it("refuses to copy onto a database that already holds a project", async () => {
    const solo = await run(Project.create(join(tempDir(), "solo"), { name: "t", plugins: [] }))
    await run(seed(solo.store))
    const url = await freshDatabase()
    await run(Project.copy(solo, url))
    const e = await failureOf(Project.copy(solo, url))
    expect(e).toMatchObject({ _tag: "BadInput", reason: "project-exists" })
    await run(solo.store.close())
  })
})

/** A project folder whose data is elsewhere: a database on the server, or a SQLite file. */
const folderFor = (storage: { url: string } | { file: string }) => {
  const dir = join(tempDir(), "p")
  mkdirSync(dir)
  writeFileSync(join(dir, "valuelens.json"), JSON.stringify({ name: "t", plugins: [], storage }))
  return dir
}
