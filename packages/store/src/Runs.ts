/**
 * Recorded analyses: the agreement, saturation and triangulation results a report shows, each saved under a
 * name with its time and parameters, so a quick check never changes a report.
 */
import { Effect } from "effect"
import { type Db, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export type RunKind = "agreement" | "saturation" | "triangulation"

/** A recorded analysis: its result as it was when saved, under a name, with the time and the parameters. */
export interface RecordedRun {
  readonly kind: RunKind
  readonly name: string
  /** ISO time it was made. */
  readonly at: string
  readonly parameters: unknown
  readonly result: unknown
}

export interface RunsRepository {
  /** Saves a run under its kind and name, replacing an earlier run of that name. */
  readonly save: (r: RecordedRun) => Effect.Effect<void, StoreError>
  readonly get: (kind: RunKind, name: string) => Effect.Effect<RecordedRun | undefined, StoreError>
  /** The most recently saved run of a kind. */
  readonly latest: (kind: RunKind) => Effect.Effect<RecordedRun | undefined, StoreError>
  readonly list: () => Effect.Effect<RecordedRun[], StoreError>
}

const toRun = (r: Database["analysis_run"]): RecordedRun => ({
  ...r,
  parameters: JSON.parse(r.parameters),
  result: JSON.parse(r.result),
})

export const make = (db: Db): RunsRepository => ({
  save: (r) =>
    run("saving an analysis run", () => {
      const row = { ...r, parameters: JSON.stringify(r.parameters), result: JSON.stringify(r.result) }
      return db
        .insertInto("analysis_run")
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(["kind", "name"])
            .doUpdateSet({ at: row.at, parameters: row.parameters, result: row.result }),
        )
        .execute()
    }).pipe(Effect.asVoid),
  get: (kind, name) =>
    run("reading an analysis run", () =>
      db
        .selectFrom("analysis_run")
        .selectAll()
        .where("kind", "=", kind)
        .where("name", "=", name)
        .executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toRun(r) : undefined))),
  latest: (kind) =>
    run("reading an analysis run", () =>
      db
        .selectFrom("analysis_run")
        .selectAll()
        .where("kind", "=", kind)
        .orderBy("at", "desc")
        .limit(1)
        .executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toRun(r) : undefined))),
  list: () =>
    run("reading analysis runs", () =>
      db.selectFrom("analysis_run").selectAll().orderBy("kind").orderBy("at").execute(),
    ).pipe(Effect.map((rs) => rs.map(toRun))),
})
