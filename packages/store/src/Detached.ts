/**
 * Detached codings: a coding whose passage a re-imported source no longer holds keeps its code, coder, status
 * and the passage it was on here, outside the coding table, until the researcher places it on the new text or
 * drops it. Kysely over any dialect; the passage and the coding travel as JSON text.
 */
import type { Coding, Segment } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, run } from "./Query.js"
import type { Database } from "./Schema.js"

export interface DetachedCoding {
  readonly coding: Coding
  /** The passage as it was in the source's earlier version. */
  readonly segment: Segment
  readonly detachedAt: string
}

const toDetached = (r: Database["detached_coding"]): DetachedCoding => ({
  coding: JSON.parse(r.coding) as Coding,
  segment: JSON.parse(r.segment) as Segment,
  detachedAt: r.detachedAt,
})

export const make = (db: Db) => ({
  insert: (ds: ReadonlyArray<DetachedCoding>) =>
    ds.length === 0
      ? Effect.void
      : run("keeping detached codings", () =>
          db
            .insertInto("detached_coding")
            .values(
              ds.map((d) => ({
                id: d.coding.id,
                sourceId: d.segment.sourceId,
                codeId: d.coding.codeId,
                coderId: d.coding.coderId,
                segment: JSON.stringify(d.segment),
                coding: JSON.stringify(d.coding),
                detachedAt: d.detachedAt,
              })),
            )
            .execute(),
        ).pipe(Effect.asVoid),
  /** Detached codings, of some sources or all, in the order of their passages. */
  list: (sourceIds?: ReadonlyArray<string>) =>
    run("reading detached codings", () => {
      let q = db.selectFrom("detached_coding").selectAll()
      if (sourceIds !== undefined) q = q.where("sourceId", "in", sourceIds.length > 0 ? sourceIds : [""])
      return q.orderBy("sourceId").orderBy("id").execute()
    }).pipe(
      Effect.map((rs) =>
        rs.map(toDetached).sort((a, b) => a.segment.start - b.segment.start || a.segment.end - b.segment.end),
      ),
    ),
  get: (ids: ReadonlyArray<string>) =>
    ids.length === 0
      ? Effect.succeed([] as ReadonlyArray<DetachedCoding>)
      : run("reading detached codings", () =>
          db.selectFrom("detached_coding").selectAll().where("id", "in", ids).execute(),
        ).pipe(Effect.map((rs) => rs.map(toDetached))),
  remove: (ids: ReadonlyArray<string>) =>
    ids.length === 0
      ? Effect.void
      : run("removing detached codings", () =>
          db.deleteFrom("detached_coding").where("id", "in", ids).execute(),
        ).pipe(Effect.asVoid),
})

export type Repository = ReturnType<typeof make>
