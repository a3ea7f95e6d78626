/**
 * Every table's rows exactly as stored, in key order: what moving a whole project between backends reads and
 * writes. Other code uses the repositories, which map rows to the domain types.
 */
import type { Effect } from "effect"
import { type Db, inChunks, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

export type Table = keyof Database
export type Row = Record<string, unknown>

/** The tables in an order that writes each row after the rows it refers to; the key columns of each. */
export const keys: ReadonlyArray<readonly [Table, ReadonlyArray<string>]> = [
  ["participant", ["id"]],
  ["source", ["id"]],
  ["turn", ["sourceId", "index"]],
  ["page", ["sourceId", "number"]],
  ["segment", ["id"]],
  ["code", ["id"]],
  ["code_guidance", ["codeId"]],
  ["coder", ["id"]],
  ["coding", ["id"]],
  ["pending_suggestions", ["sourceId", "coderId"]],
  ["detached_coding", ["id"]],
  ["memo", ["id"]],
  ["observation", ["id"]],
  ["operation", ["id"]],
  ["setting", ["key"]],
  ["analysis_run", ["kind", "name"]],
]

export interface TablesRepository {
  /** A table's rows as stored, ordered by its key. */
  readonly read: (table: Table) => Effect.Effect<Row[], StoreError>
  /** Writes rows into a table as they are. */
  readonly write: (table: Table, rows: ReadonlyArray<Row>) => Effect.Effect<void, StoreError>
}

export const make = (db: Db): TablesRepository => ({
  read: (table) =>
    run(`reading ${table}`, () => {
      let q = db.selectFrom(table).selectAll()
      for (const k of keys.find(([t]) => t === table)?.[1] ?? []) q = q.orderBy(k as never)
      return q.execute() as Promise<Row[]>
    }),
  // 100 rows at a time: sources carry whole texts and suggestions whole packs
  write: (table, rows) =>
    inChunks(
      rows,
      (part) =>
        run(`writing ${table}`, () =>
          db
            .insertInto(table)
            .values(part as never)
            .execute(),
        ),
      100,
    ),
})
