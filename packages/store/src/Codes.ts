/** The codebook: codes in a tree, each a value, factor, area or free code, with the plugin that brought it. */
import type { Code } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, inChunks, nul, opt, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export interface CodesRepository {
  readonly list: () => Effect.Effect<Code[], StoreError>
  readonly get: (id: string) => Effect.Effect<Code | undefined, StoreError>
  readonly insert: (cs: ReadonlyArray<Code>) => Effect.Effect<void, StoreError>
  readonly update: (c: Code) => Effect.Effect<void, StoreError>
  readonly remove: (id: string) => Effect.Effect<void, StoreError>
}

const toCode = (r: Database["code"]): Code => ({
  id: r.id,
  name: r.name,
  description: opt(r.description),
  colour: opt(r.colour),
  parentId: opt(r.parentId),
  kind: r.kind as Code["kind"],
  plugin: opt(r.plugin),
})
const fromCode = (c: Code): Database["code"] => ({
  id: c.id,
  name: c.name,
  description: nul(c.description),
  colour: nul(c.colour),
  parentId: nul(c.parentId),
  kind: c.kind,
  plugin: nul(c.plugin),
})

export const make = (db: Db): CodesRepository => ({
  list: () =>
    run("listing codes", () => db.selectFrom("code").selectAll().orderBy("id").execute()).pipe(
      Effect.map((rs) => rs.map(toCode)),
    ),
  get: (id) =>
    run("reading a code", () =>
      db.selectFrom("code").selectAll().where("id", "=", id).executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toCode(r) : undefined))),
  insert: (cs) =>
    inChunks(cs.map(fromCode), (rows) =>
      run("adding codes", () => db.insertInto("code").values(rows).execute()),
    ),
  update: (c) =>
    run("updating a code", () =>
      db.updateTable("code").set(fromCode(c)).where("id", "=", c.id).execute(),
    ).pipe(Effect.asVoid),
  remove: (id) =>
    run("removing a code", () => db.deleteFrom("code").where("id", "=", id).execute()).pipe(Effect.asVoid),
})
