/**
 * How every repository runs its queries: on one Kysely handle (the store's, or a transaction's), with failures
 * turned into `StoreError`, long lists written in chunks, and SQL NULL read as `undefined`.
 */
import { Effect } from "effect"
import type { Kysely, Transaction } from "kysely"
import type { Database } from "./Schema.js"
import { StoreError } from "./StoreError.js"

export type Db = Kysely<Database> | Transaction<Database>

// SQLite allows 32,766 bound parameters per statement (PostgreSQL 65,535); the widest row here has 15 columns.
const CHUNK = 1000

/** Runs one query, a failure said as the step that failed (`what`). */
export const run = <A>(what: string, f: () => Promise<A>): Effect.Effect<A, StoreError> =>
  Effect.tryPromise({
    try: f,
    catch: (cause) => StoreError.fromCause(cause, what),
  })

export const chunks = <A>(rows: ReadonlyArray<A>, size = CHUNK): A[][] => {
  const out: A[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/** Runs `f` on each chunk of `rows`, one after the other. */
export const inChunks = <A>(
  rows: ReadonlyArray<A>,
  f: (part: A[]) => Effect.Effect<unknown, StoreError>,
  size = CHUNK,
): Effect.Effect<void, StoreError> => Effect.forEach(chunks(rows, size), f, { discard: true })

export const opt = <A>(v: A | null): A | undefined => (v === null ? undefined : v)
export const nul = <A>(v: A | undefined): A | null => (v === undefined ? null : v)
