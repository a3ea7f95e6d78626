/** The people interviewed, as findings cite them (`AGC 1`), with their group and free attributes. */
import type { Participant } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, inChunks, nul, opt, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export interface ParticipantsRepository {
  readonly list: () => Effect.Effect<Participant[], StoreError>
  readonly get: (id: string) => Effect.Effect<Participant | undefined, StoreError>
  readonly insert: (ps: ReadonlyArray<Participant>) => Effect.Effect<void, StoreError>
  readonly update: (p: Participant) => Effect.Effect<void, StoreError>
}

const toParticipant = (r: Database["participant"]): Participant => ({
  id: r.id,
  group: r.group as Participant["group"],
  organisation: opt(r.organisation),
  location: opt(r.location),
  country: opt(r.country),
  attributes: JSON.parse(r.attributes),
})
const fromParticipant = (p: Participant): Database["participant"] => ({
  id: p.id,
  group: p.group,
  organisation: nul(p.organisation),
  location: nul(p.location),
  country: nul(p.country),
  attributes: JSON.stringify(p.attributes ?? {}),
})

export const make = (db: Db): ParticipantsRepository => ({
  list: () =>
    run("listing participants", () => db.selectFrom("participant").selectAll().orderBy("id").execute()).pipe(
      Effect.map((rs) => rs.map(toParticipant)),
    ),
  get: (id) =>
    run("reading a participant", () =>
      db.selectFrom("participant").selectAll().where("id", "=", id).executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toParticipant(r) : undefined))),
  insert: (ps) =>
    inChunks(ps.map(fromParticipant), (rows) =>
      run("adding participants", () => db.insertInto("participant").values(rows).execute()),
    ),
  update: (p) =>
    run("updating a participant", () =>
      db.updateTable("participant").set(fromParticipant(p)).where("id", "=", p.id).execute(),
    ).pipe(Effect.asVoid),
})
