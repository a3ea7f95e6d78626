import { join } from "node:path"
import { BadInput, type Participant, type Source } from "@valuelens/core"
import { Effect } from "effect"
import { expect, it } from "vitest"
import { Project, type Store } from "../src/index.js"
import { type BackendName, configOn, eachBackend, failureOf, tempDir } from "./helpers.js"

const withStore = async <A>(backend: BackendName, f: (s: Store) => Effect.Effect<A, unknown>) => {
  const p = await Effect.runPromise(Project.create(join(tempDir(), "p"), await configOn(backend)))
  try {
    return await Effect.runPromise(f(p.store) as Effect.Effect<A>)
  } finally {
    await Effect.runPromise(p.store.close())
  }
}

const participant = (id: string): Participant => ({
  id,
  group: "government",
  attributes: { role: "prosecutor" },
})
const source = (id: string, participantId?: string): Source => ({
  id,
  kind: "interview",
  title: id,
  text: "Interviewer: hi\nAGC 1: hello",
  hash: `h-${id}`,
  participantId,
  metadata: {},
  position: 0,
  importedAt: "2026-01-01T00:00:00Z",
})

eachBackend("Store", (backend) => {
  it("keeps named analysis runs, one per kind and name, the newest found by time", async () => {
    const out = await withStore(backend, (s) =>
      Effect.gen(function* () {
        const run = (name: string, at: string, value: number) =>
          s.runs.save({ kind: "agreement", name, at, parameters: { coders: ["a", "b"] }, result: { value } })
        yield* run("study", "2026-01-01T00:00:00Z", 0.8)
        yield* run("check", "2026-01-02T00:00:00Z", 0.1)
        yield* run("study", "2026-01-03T00:00:00Z", 0.9)
        return {
          study: yield* s.runs.get("agreement", "study"),
          latest: (yield* s.runs.latest("agreement"))?.name,
          none: yield* s.runs.latest("saturation"),
          all: (yield* s.runs.list()).map((r) => r.name),
        }
      }),
    )
    expect(out.study).toEqual({
      kind: "agreement",
      name: "study",
      at: "2026-01-03T00:00:00Z",
      parameters: { coders: ["a", "b"] },
      result: { value: 0.9 },
    })
    expect([out.latest, out.none, out.all]).toEqual(["study", undefined, ["check", "study"]])
  })

  it("round-trips participants and sources", async () => {
    const out = await withStore(backend, (s) =>
      Effect.gen(function* () {
        yield* s.participants.insert([participant("AGC 1")])
        yield* s.sources.insert([source("s1", "AGC 1")])
        return {
          ps: yield* s.participants.list(),
          src: yield* s.sources.get("s1"),
          list: yield* s.sources.list(),
        }
      }),
    )
    expect(out.ps).toEqual([
      {
        id: "AGC 1",
        group: "government",
        attributes: { role: "prosecutor" },
        organisation: undefined,
        location: undefined,
        country: undefined,
      },
    ])
    expect(out.src?.participantId).toBe("AGC 1")
    expect(out.list[0]?.length).toBe("Interviewer: hi\nAGC 1: hello".length)
  })

  it("rolls back a whole batch when one row is bad", async () => {
    const counts = await withStore(backend, (s) =>
      Effect.gen(function* () {
        const e = yield* Effect.flip(
          s.transaction((tx) =>
            Effect.gen(function* () {
              yield* tx.participants.insert([participant("AGC 1"), participant("AGC 2")])
              yield* tx.participants.insert([participant("AGC 1")]) // duplicate id: the batch must vanish
            }),
          ),
        )
        expect(e._tag).toBe("StoreError")
        return yield* s.counts()
      }),
    )
    expect(counts.participants).toBe(0)
  })

  it("rolls back when the effect fails with a typed error of its own", async () => {
    const result = await withStore(backend, (s) =>
      Effect.gen(function* () {
        const e = yield* Effect.flip(
          s.transaction((tx) =>
            Effect.gen(function* () {
              yield* tx.participants.insert([participant("AGC 1")])
              return yield* new BadInput({ reason: "invalid-config", message: "no" })
            }),
          ),
        )
        return { e, n: (yield* s.counts()).participants }
      }),
    )
    expect(result.e).toMatchObject({ _tag: "BadInput", reason: "invalid-config" })
    expect(result.n).toBe(0)
  })

  it("enforces foreign keys", async () => {
    const e = await withStore(backend, (s) => Effect.flip(s.sources.insert([source("s1", "nobody")])))
    expect(e).toMatchObject({ _tag: "StoreError" })
    expect(e.message).toMatch(/foreign key/i)
  })

  it("replaces an observation with the same country, year, indicator and source", async () => {
    const obs = await withStore(backend, (s) =>
      Effect.gen(function* () {
        yield* s.observations.upsert([
          { country: "MYS", year: 2020, indicator: "tip.tier", value: "Tier 3", source: "TIP2020" },
        ])
        yield* s.observations.upsert([
          {
            country: "MYS",
            year: 2020,
            indicator: "tip.tier",
            value: "Tier 2 Watch List",
            source: "TIP2020",
          },
        ])
        yield* s.observations.upsert([
          { country: "MYS", year: 2021, indicator: "enforcement.convictions", value: 7, source: "X" },
        ])
        return yield* s.observations.list({ countries: ["MYS"] })
      }),
    )
    expect(obs.map((o) => [o.indicator, o.year, o.value])).toEqual([
      ["enforcement.convictions", 2021, 7],
      ["tip.tier", 2020, "Tier 2 Watch List"],
    ])
  })

  it("keeps an operations log whose new entries end the redo history", async () => {
    const ops = await withStore(backend, (s) =>
      Effect.gen(function* () {
        const a = yield* s.operations.record("code A", { undo: 1 }, { redo: 1 }, "t1")
        yield* s.operations.record("code B", { undo: 2 }, { redo: 2 }, "t2")
        const last = yield* s.operations.lastDone()
        yield* s.operations.mark(last!.id, true)
        const redo = yield* s.operations.firstUndone()
        yield* s.operations.record("code C", { undo: 3 }, { redo: 3 }, "t3")
        return {
          a,
          last,
          redo,
          after: yield* s.operations.firstUndone(),
          top: yield* s.operations.lastDone(),
        }
      }),
    )
    expect(ops.a).toBe(1)
    expect(ops.last?.label).toBe("code B")
    expect(ops.redo?.label).toBe("code B")
    expect(ops.after).toBeUndefined()
    expect(ops.top?.label).toBe("code C")
  })

  it("fails typed when the project is missing", async () => {
    const e = await failureOf(Project.open(tempDir()))
    expect(e).toBeInstanceOf(BadInput)
  })
})
