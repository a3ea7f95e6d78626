/** Statistics: one value per country, year, indicator and source (`tip.tier`, `enforcement.convictions`, …). */
import type { Observation } from "@valuelens/core"
import { Ids } from "@valuelens/core"
import { Effect } from "effect"
import { type Db, inChunks, nul, opt, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

/** What names an observation: a new value under the same key replaces the old one. */
export type ObservationKey = Pick<Observation, "country" | "year" | "indicator" | "source">

export interface ObservationsRepository {
  /** Adds observations; one with the same country, year, indicator and source replaces the old value. */
  readonly upsert: (os: ReadonlyArray<Observation>) => Effect.Effect<void, StoreError>
  /** Removes the observations with these keys. */
  readonly remove: (os: ReadonlyArray<ObservationKey>) => Effect.Effect<void, StoreError>
  readonly list: (f?: {
    countries?: ReadonlyArray<string>
    indicators?: ReadonlyArray<string>
  }) => Effect.Effect<Observation[], StoreError>
}

const idOf = (o: ObservationKey) => Ids.stable("obs", o.country, o.year, o.indicator, o.source)

const toObservation = (r: Database["observation"]): Observation => ({
  country: r.country,
  year: r.year,
  indicator: r.indicator,
  value: r.valueKind === "number" ? Number(r.value) : r.value,
  unit: opt(r.unit),
  source: r.source,
  confidence: opt(r.confidence),
  note: opt(r.note),
})
const fromObservation = (o: Observation): Database["observation"] => ({
  id: idOf(o),
  country: o.country,
  year: o.year,
  indicator: o.indicator,
  value: String(o.value),
  valueKind: typeof o.value === "number" ? "number" : "string",
  unit: nul(o.unit),
  source: o.source,
  confidence: nul(o.confidence),
  note: nul(o.note),
})

export const make = (db: Db): ObservationsRepository => ({
  upsert: (os) =>
    // the last of repeated keys wins, as it would row by row (PostgreSQL refuses one statement that updates a row twice)
    inChunks([...new Map(os.map((o) => [idOf(o), fromObservation(o)] as const)).values()], (rows) =>
      run("adding observations", () =>
        db
          .insertInto("observation")
          .values(rows)
          .onConflict((oc) =>
            oc.column("id").doUpdateSet((eb) => ({
              value: eb.ref("excluded.value"),
              valueKind: eb.ref("excluded.valueKind"),
              unit: eb.ref("excluded.unit"),
              confidence: eb.ref("excluded.confidence"),
              note: eb.ref("excluded.note"),
            })),
          )
          .execute(),
      ),
    ),
  remove: (os) =>
    inChunks(os.map(idOf), (ids) =>
      run("removing observations", () => db.deleteFrom("observation").where("id", "in", ids).execute()),
    ),
  list: (f = {}) =>
    run("listing observations", () => {
      let q = db.selectFrom("observation").selectAll()
      if (f.countries?.length) q = q.where("country", "in", f.countries)
      if (f.indicators?.length) q = q.where("indicator", "in", f.indicators)
      return q.orderBy("country").orderBy("indicator").orderBy("year").execute()
    }).pipe(Effect.map((rs) => rs.map(toObservation))),
})
