/** Who codes: people and engines alike (`rules`, `model`), so their agreement with people can be measured. */
import type { Coder } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, run } from "./Query.js"
import type { StoreError } from "./StoreError.js"

export interface CodersRepository {
  readonly list: () => Effect.Effect<Coder[], StoreError>
  /** Adds the coder unless one with this id exists. */
  readonly ensure: (c: Coder) => Effect.Effect<void, StoreError>
}

export const make = (db: Db): CodersRepository => ({
  list: () =>
    run("listing coders", () => db.selectFrom("coder").selectAll().orderBy("id").execute()).pipe(
      Effect.map((rs) => rs.map((r): Coder => ({ id: r.id, name: r.name, engine: r.engine === 1 }))),
    ),
  ensure: (c) =>
    run("adding a coder", () =>
      db
        .insertInto("coder")
        .values({ id: c.id, name: c.name, engine: c.engine ? 1 : 0 })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute(),
    ).pipe(Effect.asVoid),
})
