/** The operations log behind undo and redo: each entry holds what to write back to undo it and to redo it. */
import { Effect } from "effect"
import { type Db, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export interface RecordedOperation {
  readonly id: number
  readonly label: string
  readonly at: string
  readonly undo: unknown
  readonly redo: unknown
}

export interface OperationsRepository {
  /** Records an undoable operation; `undo` and `redo` are JSON the coding engine knows how to replay. */
  readonly record: (
    label: string,
    undo: unknown,
    redo: unknown,
    at: string,
  ) => Effect.Effect<number, StoreError>
  /** The latest operation not undone: what `undo` undoes next. */
  readonly lastDone: () => Effect.Effect<RecordedOperation | undefined, StoreError>
  /** The earliest undone operation: what `redo` redoes next. */
  readonly firstUndone: () => Effect.Effect<RecordedOperation | undefined, StoreError>
  readonly mark: (id: number, undone: boolean) => Effect.Effect<void, StoreError>
}

const toOperation = (r: Database["operation"] | undefined): RecordedOperation | undefined =>
  r
    ? {
        id: r.id,
        label: r.label,
        at: r.at,
        undo: JSON.parse(r.undo) as unknown,
        redo: JSON.parse(r.redo) as unknown,
      }
    : undefined

export const make = (db: Db): OperationsRepository => ({
  record: (label, undo, redo, at) =>
    Effect.gen(function* () {
      // numbered max + 1 inside the writing transaction: identity columns differ between dialects
      const last = yield* run("numbering operations", () =>
        db
          .selectFrom("operation")
          .select((eb) => eb.fn.max("id").as("m"))
          .executeTakeFirst(),
      )
      const id = last?.m === null || last?.m === undefined ? 1 : Number(last.m) + 1
      // a new operation ends the redo history
      yield* run("recording an operation", () => db.deleteFrom("operation").where("undone", "=", 1).execute())
      yield* run("recording an operation", () =>
        db
          .insertInto("operation")
          .values({ id, at, label, undo: JSON.stringify(undo), redo: JSON.stringify(redo), undone: 0 })
          .execute(),
      )
      return id
    }),
  lastDone: () =>
    run("reading operations", () =>
      db.selectFrom("operation").selectAll().where("undone", "=", 0).orderBy("id", "desc").executeTakeFirst(),
    ).pipe(Effect.map(toOperation)),
  firstUndone: () =>
    run("reading operations", () =>
      db.selectFrom("operation").selectAll().where("undone", "=", 1).orderBy("id").executeTakeFirst(),
    ).pipe(Effect.map(toOperation)),
  mark: (id, undone) =>
    run("marking an operation", () =>
      db
        .updateTable("operation")
        .set({ undone: undone ? 1 : 0 })
        .where("id", "=", id)
        .execute(),
    ).pipe(Effect.asVoid),
})
