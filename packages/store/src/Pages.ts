/** A PDF document's pages as spans of its text, so findings can cite page numbers. */
import type { Page } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, inChunks, run } from "./Query.js"
import type { StoreError } from "./StoreError.js"

export interface PagesRepository {
  readonly insert: (ps: ReadonlyArray<Page>) => Effect.Effect<void, StoreError>
  readonly forSource: (sourceId: string) => Effect.Effect<Page[], StoreError>
  readonly all: () => Effect.Effect<Page[], StoreError>
  readonly removeForSource: (sourceId: string) => Effect.Effect<void, StoreError>
}

export const make = (db: Db): PagesRepository => ({
  insert: (ps) =>
    inChunks(ps, (rows) => run("adding pages", () => db.insertInto("page").values(rows).execute())),
  forSource: (sourceId) =>
    run("reading pages", () =>
      db.selectFrom("page").selectAll().where("sourceId", "=", sourceId).orderBy("number").execute(),
    ),
  all: () =>
    run("reading pages", () =>
      db.selectFrom("page").selectAll().orderBy("sourceId").orderBy("number").execute(),
    ),
  removeForSource: (sourceId) =>
    run("removing pages", () => db.deleteFrom("page").where("sourceId", "=", sourceId).execute()).pipe(
      Effect.asVoid,
    ),
})
