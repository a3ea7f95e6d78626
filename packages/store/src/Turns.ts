/** An interview's speaker turns, in order, with whether the speaker is the interviewer. */
import type { Turn } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, inChunks, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export interface TurnsRepository {
  readonly insert: (ts: ReadonlyArray<Turn>) => Effect.Effect<void, StoreError>
  readonly forSource: (sourceId: string) => Effect.Effect<Turn[], StoreError>
  readonly all: () => Effect.Effect<Turn[], StoreError>
  readonly removeForSource: (sourceId: string) => Effect.Effect<void, StoreError>
}

// written out rather than spread: projects hold turns by the hundred thousand
const toTurn = (r: Database["turn"]): Turn => ({
  sourceId: r.sourceId,
  index: r.index,
  speaker: r.speaker,
  start: r.start,
  end: r.end,
  interviewer: r.interviewer === 1,
})

export const make = (db: Db): TurnsRepository => ({
  insert: (ts) =>
    inChunks(
      ts.map((t) => ({ ...t, interviewer: t.interviewer ? 1 : 0 })),
      (rows) => run("adding turns", () => db.insertInto("turn").values(rows).execute()),
    ),
  forSource: (sourceId) =>
    run("reading turns", () =>
      db.selectFrom("turn").selectAll().where("sourceId", "=", sourceId).orderBy("index").execute(),
    ).pipe(Effect.map((rs) => rs.map(toTurn))),
  all: () =>
    run("reading turns", () =>
      db.selectFrom("turn").selectAll().orderBy("sourceId").orderBy("index").execute(),
    ).pipe(Effect.map((rs) => rs.map(toTurn))),
  removeForSource: (sourceId) =>
    run("removing turns", () => db.deleteFrom("turn").where("sourceId", "=", sourceId).execute()).pipe(
      Effect.asVoid,
    ),
})
