/** SQLite through better-sqlite3: WAL, foreign keys on, a busy timeout for a second process. */
import BetterSqlite3 from "better-sqlite3"
import { SqliteDialect } from "kysely"

export const dialect = (file: string, options: { readonly readonly?: boolean } = {}): SqliteDialect =>
  new SqliteDialect({
    database: async () => {
      const db = new BetterSqlite3(file, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
      })
      db.pragma("busy_timeout = 5000")
      db.pragma("foreign_keys = ON")
      if (!options.readonly) db.pragma("journal_mode = WAL")
      db.pragma("synchronous = NORMAL")
      return db
    },
  })
