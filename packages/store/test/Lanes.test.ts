import { randomUUID } from "node:crypto"
import { join } from "node:path"
import type { Coding, Source } from "@valuelens/core"
import { Effect } from "effect"
import pg from "pg"
import { afterAll, beforeAll, expect, it } from "vitest"
import { makeStore, Postgres, Project, type Store } from "../src/index.js"
import { failureOf, freshDatabase, onServer, tempDir } from "./helpers.js"

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)
const at = "2026-02-01T00:00:00Z"

const source: Source = {
  id: "iv1",
  kind: "interview",
  title: "iv1",
  text: "Officers took bribes. The shelter had no nurses.",
  hash: "h-iv1",
  metadata: {},
  position: 0,
  importedAt: at,
}
const coding = (id: string, coderId: string, segmentId: string): Coding => ({
  id,
  segmentId,
  codeId: "vd/integrity",
  coderId,
  status: "accepted",
  origin: "manual",
  createdAt: at,
  updatedAt: at,
})

onServer("Coders in their own lane on PostgreSQL", () => {
  // two coders' roles, as a server's administrator makes them (docs/teams.md), and the grants the lead gives
  const suffix = randomUUID().replaceAll("-", "").slice(0, 8)
  const alice = `alice_${suffix}`
  const bob = `bob_${suffix}`
  let url = ""
  let lead: Store
  const as = (role: string) => {
    const u = new URL(url)
    u.username = role
    u.password = "coder-password"
    return run(makeStore(Postgres.dialect(u.toString()), `${role} on ${u.pathname}`))
  }

  beforeAll(async () => {
    url = await freshDatabase()
    const project = await run(
      Project.create(join(tempDir(), "p"), { name: "t", plugins: [] as string[], storage: { url } }),
    )
    lead = project.store
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    for (const role of [alice, bob]) {
      await admin.query(`create role ${role} login password 'coder-password'`)
      await admin.query(`grant select on all tables in schema public to ${role}`)
      await admin.query(
        `grant insert, update, delete on segment, coding, pending_suggestions, memo, operation, coder, setting, analysis_run to ${role}`,
      )
      await admin.query(`grant update on kysely_migration_lock to ${role}`)
    }
    await admin.end()
    await run(
      Effect.gen(function* () {
        yield* lead.sources.insert([source])
        yield* lead.codes.insert([{ id: "vd/integrity", name: "Integrity", kind: "value" }])
        for (const id of [alice, bob]) yield* lead.coders.ensure({ id, name: id, engine: false })
        yield* lead.coders.ensure({ id: "rules", name: "Rules", engine: true })
        yield* lead.segments.insert([
          { id: "seg_b", sourceId: "iv1", start: 0, end: 8, text: "Officers" },
          { id: "seg_r", sourceId: "iv1", start: 9, end: 20, text: "took bribes" },
        ])
        yield* lead.codings.insert([
          coding("cod_bob", bob, "seg_b"),
          { ...coding("cod_rules", "rules", "seg_r"), status: "suggested" },
        ])
      }),
    )
  })

  afterAll(() => run(lead.close()))

  it("lets a coder add their own coding, read everyone's, and decide an engine's suggestion", async () => {
    const s = await as(alice)
    const out = await run(
      Effect.gen(function* () {
        yield* s.segments.insert([{ id: "seg_a", sourceId: "iv1", start: 22, end: 33, text: "The shelter" }])
        yield* s.codings.insert([coding("cod_alice", alice, "seg_a")])
        yield* s.codings.setStatus(["cod_rules"], "accepted", at)
        return (yield* s.codings.list()).map((c) => [c.id, c.coderId, c.status])
      }).pipe(Effect.ensuring(s.close())),
    )
    expect(out.sort()).toEqual([
      ["cod_alice", alice, "accepted"],
      ["cod_bob", bob, "accepted"],
      ["cod_rules", "rules", "accepted"],
    ])
  })

  it("refuses a coding recorded as another coder", async () => {
    const s = await as(alice)
    const e = await failureOf(
      s.codings.insert([coding("cod_forged", bob, "seg_b")]).pipe(Effect.ensuring(s.close())),
    )
    expect(e.message).toContain("a coder may add and change only their own codings and memos")
    expect(await run(lead.codings.get("cod_forged"))).toBeUndefined()
  })

  it("leaves another coder's coding as it was when a coder changes or removes it", async () => {
    const s = await as(alice)
    await run(
      Effect.gen(function* () {
        yield* s.codings.setStatus(["cod_bob"], "rejected", "2026-03-01T00:00:00Z")
        yield* s.codings.remove(["cod_bob"])
        // removing the segment would remove bob's coding with it
        yield* s.segments.remove(["seg_b"])
      }).pipe(Effect.ensuring(s.close())),
    )
    expect(await run(lead.codings.get("cod_bob"))).toEqual(coding("cod_bob", bob, "seg_b"))
    expect(await run(lead.segments.get("seg_b"))).toMatchObject({ id: "seg_b" })
  })

  it("refuses a coder's change to the codebook", async () => {
    const s = await as(bob)
    const e = await failureOf(
      s.codes.update({ id: "vd/integrity", name: "Honesty", kind: "value" }).pipe(Effect.ensuring(s.close())),
    )
    expect(e.message).toContain("the codebook, the sources and other coders' work are the lead's to change")
    expect((await run(lead.codes.get("vd/integrity")))?.name).toBe("Integrity")
  })

  it("refuses a memo written in another coder's name, and keeps each coder's memos to themselves to change", async () => {
    const s = await as(bob)
    const out = await run(
      Effect.gen(function* () {
        const forged = yield* Effect.flip(
          s.memos.insert({ id: "m_forged", target: "project", text: "x", author: alice, createdAt: at }),
        )
        yield* s.memos.insert({
          id: "m_bob",
          target: "project",
          text: "bob's note",
          author: bob,
          createdAt: at,
        })
        return forged
      }).pipe(Effect.ensuring(s.close())),
    )
    expect(out.message).toContain("a coder may add and change only their own codings and memos")
    const a = await as(alice)
    await run(a.memos.remove("m_bob").pipe(Effect.ensuring(a.close())))
    expect((await run(lead.memos.list())).map((m) => [m.id, m.author])).toEqual([["m_bob", bob]])
  })

  it("lets the lead change any coder's work", async () => {
    await run(lead.codings.setStatus(["cod_bob"], "rejected", "2026-03-02T00:00:00Z"))
    expect((await run(lead.codings.get("cod_bob")))?.status).toBe("rejected")
  })
})
