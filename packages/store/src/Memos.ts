/** Memos: a researcher's notes on the project, a source, a code or a segment, with author and time. */
import type { Memo, MemoTarget } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, nul, opt, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export interface MemosRepository {
  readonly insert: (m: Memo) => Effect.Effect<void, StoreError>
  /** The memos (on this kind of target, and this target, when given), oldest first. */
  readonly list: (target?: MemoTarget, targetId?: string) => Effect.Effect<Memo[], StoreError>
  readonly remove: (id: string) => Effect.Effect<void, StoreError>
}

const toMemo = (r: Database["memo"]): Memo => ({
  id: r.id,
  target: r.target as MemoTarget,
  targetId: opt(r.targetId),
  title: opt(r.title),
  text: r.text,
  author: r.author,
  createdAt: r.createdAt,
})

export const make = (db: Db): MemosRepository => ({
  insert: (m) =>
    run("adding a memo", () =>
      db
        .insertInto("memo")
        .values({ ...m, targetId: nul(m.targetId), title: nul(m.title) })
        .execute(),
    ).pipe(Effect.asVoid),
  list: (target, targetId) =>
    run("listing memos", () => {
      let q = db.selectFrom("memo").selectAll()
      if (target) q = q.where("target", "=", target)
      if (targetId) q = q.where("targetId", "=", targetId)
      return q.orderBy("createdAt").orderBy("id").execute()
    }).pipe(Effect.map((rs) => rs.map(toMemo))),
  remove: (id) =>
    run("removing a memo", () => db.deleteFrom("memo").where("id", "=", id).execute()).pipe(Effect.asVoid),
})
