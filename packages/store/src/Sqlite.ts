/** SQLite through better-sqlite3: WAL, foreign keys on, a busy timeout for a second process. */
import BetterSqlite3 from "better-sqlite3"
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely"

/**
 * How long a command waits for another one writing to the same project (SQLite retries under this timeout)
 * before it gives up with a clear message.
 */
export const BUSY_TIMEOUT_MS = 30_000

/**
 * Transactions take the write lock when they begin (`BEGIN IMMEDIATE`). With a plain `BEGIN`, two writers
 * may both read and then find, on their first write, that the other has committed since: SQLite answers that
 * with SQLITE_BUSY at once, without waiting. Taking the lock first makes the second writer wait its turn.
 */
class ImmediateDriver extends SqliteDriver {
  readonly #db: () => BetterSqlite3.Database | undefined
  constructor(config: SqliteDialectConfig, db: () => BetterSqlite3.Database | undefined) {
    super(config)
    this.#db = db
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"))
  }
  // SQLite rolls a transaction back itself on some errors (a full disk); a second rollback would fail and hide
  // the error that caused the first
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#db()?.inTransaction === false) return
    await super.rollbackTransaction(connection)
  }
}

class WritingDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  readonly #db: () => BetterSqlite3.Database | undefined
  constructor(config: SqliteDialectConfig, db: () => BetterSqlite3.Database | undefined) {
    super(config)
    this.#config = config
    this.#db = db
  }
  override createDriver(): Driver {
    return new ImmediateDriver(this.#config, this.#db)
  }
}

/** How many prepared statements a connection keeps for reuse (the most recently used). */
const STATEMENTS = 100

/**
 * The connection as Kysely sees it, keeping the statements it prepares. Kysely's SQLite driver prepares every
 * query it runs, and SQLite compiles a statement in time that grows with its text: a 1,000-row insert costs
 * more to prepare than to run. A bulk write sends the same statement again and again, so it is compiled once.
 */
const reusingStatements = (db: BetterSqlite3.Database): SqliteDatabase => {
  const kept = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => db.close(),
    prepare: (text) => {
      let statement = kept.get(text)
      if (statement) kept.delete(text)
      else statement = db.prepare(text)
      kept.set(text, statement)
      if (kept.size > STATEMENTS) kept.delete(kept.keys().next().value!)
      return statement
    },
  }
}

// the connection behind each dialect made here, once Kysely has opened it, for the store's bulk writes
const handles = new WeakMap<Dialect, { db?: BetterSqlite3.Database }>()

export const dialect = (file: string, options: { readonly readonly?: boolean } = {}): SqliteDialect => {
  const slot: { db?: BetterSqlite3.Database } = {}
  const config: SqliteDialectConfig = {
    database: async () => {
      const db = new BetterSqlite3(file, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
      })
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
      db.pragma("foreign_keys = ON")
      if (!options.readonly) db.pragma("journal_mode = WAL")
      db.pragma("synchronous = NORMAL")
      slot.db = db
      return reusingStatements(db)
    },
  }
  const d = options.readonly ? new SqliteDialect(config) : new WritingDialect(config, () => slot.db)
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
