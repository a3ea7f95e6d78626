/**
 * Moves a whole project from one store to another (SQLite to PostgreSQL or back), table by table, row for row,
 * in one transaction on the target, then reads both back and compares every row: a copy that differs anywhere
 * is rolled back and nothing remains of it.
 */
import { Effect } from "effect"
import type { Store } from "./Store.js"
import { StoreError } from "./StoreError.js"
import { keys, type Row, type Table } from "./Tables.js"

/** How many rows of each table were copied and found the same on both sides. */
export type CopyReport = Record<Table, number>

// codes refer to their parent codes: parents first
const parentsFirst = (rows: ReadonlyArray<Row>): Row[] => {
  const out: Row[] = []
  const placed = new Set<unknown>()
  const byId = new Map(rows.map((r) => [r.id, r] as const))
  const place = (r: Row) => {
    if (placed.has(r.id)) return
    placed.add(r.id)
    const parent = r.parentId === null ? undefined : byId.get(r.parentId)
    if (parent) place(parent)
    out.push(r)
  }
  for (const r of rows) place(r)
  return out
}

// a row as comparable text: bytes (suggestion packs) as base64, whichever driver read them
const canonical = (r: Row): string =>
  JSON.stringify(
    Object.entries(r).map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v]),
  )

export const copy = (from: Store, to: Store): Effect.Effect<CopyReport, StoreError> =>
  to.transaction((tx) =>
    Effect.gen(function* () {
      const report = {} as Record<Table, number>
      for (const [table] of keys) {
        const rows = yield* from.tables.read(table)
        yield* tx.tables.write(table, table === "code" ? parentsFirst(rows) : rows)
        report[table] = rows.length
      }
      for (const [table] of keys) {
        const before = (yield* from.tables.read(table)).map(canonical)
        const after = (yield* tx.tables.read(table)).map(canonical)
        const differs = before.findIndex((r, i) => r !== after[i])
        if (before.length !== after.length || differs >= 0)
          return yield* new StoreError({
            message: `copying to ${to.location} failed its check: table ${table} has ${after.length} rows there against ${before.length}${differs >= 0 ? `, row ${differs + 1} differs` : ""}; nothing was copied`,
          })
      }
      return report
    }),
  )
