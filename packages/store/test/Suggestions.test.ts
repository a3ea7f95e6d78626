import { join } from "node:path"
import type { Coding, Segment, Source } from "@valuelens/core"
import BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { SqliteDialect } from "kysely"
import { describe, expect, it } from "vitest"
import { makeStore, Project, type Store } from "../src/index.js"
import { configOn, eachBackend, tempDir } from "./helpers.js"

const text = "Officers took bribes. The shelter had no nurses. Nobody testified."
const source: Source = {
  id: "iv1",
  kind: "interview",
  title: "iv1",
  text,
  hash: "h-iv1",
  metadata: {},
  position: 0,
  importedAt: "2026-01-01T00:00:00Z",
}
const at = "2026-02-01T00:00:00Z"

// 150 segments and two codings on each
const segments: Segment[] = Array.from({ length: 150 }, (_, i) => ({
  id: `seg_${String(i).padStart(4, "0")}`,
  sourceId: "iv1",
  start: i % 40,
  end: (i % 40) + 6 + Math.floor(i / 40),
  text: Array.from(text)
    .slice(i % 40, (i % 40) + 6 + Math.floor(i / 40))
    .join(""),
}))
const codings: Coding[] = segments.flatMap((s, i) =>
  ["vd/integrity", "vd/empathy"].map((code, k) => ({
    id: `cod_${String(2 * i + k).padStart(4, "0")}`,
    segmentId: s.id,
    codeId: code,
    coderId: "rules",
    status: "suggested" as const,
    origin: `rule:${code}@en`,
    score: 1.5 + k,
    explanation: {
      matches: [
        { term: "bribe", rule: `${code}@en`, start: s.start, end: s.start + 3 },
        // a match from another rule keeps its rule id
        { term: "no NEAR/2 nurse", rule: "other/rule", start: s.start + 1, end: s.end },
      ],
      ...(i === 0 ? { note: "a note" } : {}),
    },
    createdAt: at,
    updatedAt: at,
  })),
)

const seeded = (s: Store) =>
  Effect.gen(function* () {
    yield* s.sources.insert([source])
    yield* s.codes.insert([
      { id: "vd/integrity", name: "Integrity", kind: "value" },
      { id: "vd/empathy", name: "Empathy", kind: "value" },
    ])
    yield* s.coders.ensure({ id: "rules", name: "Rules", engine: true })
  })

const byId = <A extends { id: string }>(xs: ReadonlyArray<A>) =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : 1))

const writeAndRead = (s: Store) =>
  Effect.gen(function* () {
    yield* seeded(s)
    yield* s.transaction((tx) => tx.codings.insertSuggestions({ segments, codings }))
    return {
      segments: byId(yield* s.segments.all()),
      codings: byId(yield* s.codings.list()),
      spans: byId(yield* s.codings.withSpans("rules", ["iv1"])),
    }
  })

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)

eachBackend("codings.insertSuggestions", (backend) => {
  it("writes segments and codings in bulk, and reads them back as written", async () => {
    const p = await run(Project.create(join(tempDir(), "p"), await configOn(backend)))
    const out = await run(writeAndRead(p.store).pipe(Effect.ensuring(p.store.close())))
    expect(out.segments).toEqual(segments)
    expect(out.codings).toEqual(codings)
    expect(out.spans[3]).toEqual({ ...codings[3], sourceId: "iv1", start: 1, end: 7 })
    expect(out.spans).toHaveLength(300)
  })

  it("joins the open transaction: a failure after it leaves nothing written", async () => {
    const p = await run(Project.create(join(tempDir(), "p"), await configOn(backend)))
    const counts = await run(
      Effect.gen(function* () {
        yield* seeded(p.store)
        const failed = yield* p.store
          .transaction((tx) =>
            Effect.gen(function* () {
              yield* tx.codings.insertSuggestions({ segments, codings })
              return yield* Effect.fail("stop" as const)
            }),
          )
          .pipe(Effect.flip)
        return { failed, ...(yield* p.store.counts()) }
      }).pipe(Effect.ensuring(p.store.close())),
    )
    expect(counts).toMatchObject({ failed: "stop", segments: 0, codings: 0 })
  })

  it("updates many codings, and removes only the segments no coding uses", async () => {
    const p = await run(Project.create(join(tempDir(), "p"), await configOn(backend)))
    const out = await run(
      Effect.gen(function* () {
        yield* writeAndRead(p.store)
        const changed = {
          ...codings[0]!,
          status: "accepted" as const,
          score: 9,
          updatedAt: "2026-03-01T00:00:00Z",
        }
        yield* p.store.codings.updateMany([changed])
        // both codings of seg_0001 go, one of seg_0002's
        yield* p.store.codings.remove(["cod_0002", "cod_0003", "cod_0004"])
        yield* p.store.segments.removeUnused(["seg_0001", "seg_0002"])
        return {
          first: yield* p.store.codings.get("cod_0000"),
          left: (yield* p.store.segments.spans(["iv1"]))
            .map((s) => s.id)
            .sort()
            .slice(0, 3),
        }
      }).pipe(Effect.ensuring(p.store.close())),
    )
    expect(out.first).toEqual({
      ...codings[0],
      status: "accepted",
      score: 9,
      updatedAt: "2026-03-01T00:00:00Z",
    })
    expect(out.left).toEqual(["seg_0000", "seg_0002", "seg_0003"])
  })
})

describe("codings.insertSuggestions on SQLite", () => {
  it("writes the same rows over a plain Kysely SQLite dialect made elsewhere", async () => {
    const file = join(tempDir(), "kysely.db")
    const s = await run(makeStore(new SqliteDialect({ database: new BetterSqlite3(file) }), file))
    const out = await run(writeAndRead(s).pipe(Effect.ensuring(s.close())))
    expect(out.segments).toEqual(segments)
    expect(out.codings).toEqual(codings)
  })

  it("stores explanations compactly and still reads the plain form", async () => {
    const dir = join(tempDir(), "p")
    const p = await run(Project.create(dir, { name: "t", plugins: [] }))
    await run(writeAndRead(p.store).pipe(Effect.ensuring(p.store.close())))
    const db = new BetterSqlite3(join(dir, "valuelens.db"))
    try {
      const stored = db.prepare("select explanation from coding where id = ?").pluck()
      expect(stored.get("cod_0000")).toBe(
        '{"m":[["bribe",0,3],["no NEAR/2 nurse",1,6,"other/rule"]],"n":"a note"}',
      )
      // a project written before the compact form
      db.prepare("update coding set explanation = ? where id = ?").run(
        '{"matches":[{"term":"shelter","rule":"vd/empathy@en","start":26,"end":33}],"note":"score 1 from 1 match"}',
        "cod_0001",
      )
    } finally {
      db.close()
    }
    const again = await run(Project.open(dir))
    const c = await run(again.store.codings.get("cod_0001").pipe(Effect.ensuring(again.store.close())))
    expect(c?.explanation).toEqual({
      matches: [{ term: "shelter", rule: "vd/empathy@en", start: 26, end: 33 }],
      note: "score 1 from 1 match",
    })
  })
})
