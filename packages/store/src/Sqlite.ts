/** SQLite through better-sqlite3: WAL, foreign keys on, a busy timeout for a second process. */
import BetterSqlite3 from "better-sqlite3"
import { type Dialect, SqliteDialect } from "kysely"

// the connection behind each dialect made here, once Kysely has opened it, for the store's bulk writes
const handles = new WeakMap<Dialect, { db?: BetterSqlite3.Database }>()

export const dialect = (file: string, options: { readonly readonly?: boolean } = {}): SqliteDialect => {
  const slot: { db?: BetterSqlite3.Database } = {}
  const d = new SqliteDialect({
    database: async () => {
      const db = new BetterSqlite3(file, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
      })
      db.pragma("busy_timeout = 5000")
      db.pragma("foreign_keys = ON")
      if (!options.readonly) db.pragma("journal_mode = WAL")
      db.pragma("synchronous = NORMAL")
      slot.db = db
      return db
    },
  })
  handles.set(d, slot)
  return d
}

/**
 * The better-sqlite3 connection of a dialect made by `dialect`, once opened (Kysely's SQLite driver keeps one
 * connection, so statements run on it join whatever transaction Kysely has begun); undefined for any other.
 */
export const connectionOf = (d: Dialect): (() => BetterSqlite3.Database | undefined) => {
  const slot = handles.get(d)
  return () => slot?.db
}
