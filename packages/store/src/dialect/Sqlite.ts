/**
 * SQLite through better-sqlite3, the embedded default: WAL, foreign keys on, a busy timeout for a second
 * process, and the FTS5 index of the sources' text.
 */
import BetterSqlite3 from "better-sqlite3"
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from "kysely"
import type { Backend } from "../Backend.js"

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
  return options.readonly ? new SqliteDialect(config) : new WritingDialect(config, () => slot.db)
}

const TEXT_TRIGGERS = ["source_text_insert", "source_text_delete", "source_text_update"]

export const backend: Backend = {
  name: "SQLite",
  types: { float: "real", bytes: "blob" },
  // FTS5 with external content (the text is stored once, in `source`), kept in step by triggers
  createTextIndex: async (db) => {
    await sql`create virtual table source_text using fts5(text, content='source', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    )
    await sql`create trigger source_text_insert after insert on source begin
      insert into source_text(rowid, text) values (new.rowid, new.text);
    end`.execute(db)
    await sql`create trigger source_text_delete after delete on source begin
      insert into source_text(source_text, rowid, text) values ('delete', old.rowid, old.text);
    end`.execute(db)
    await sql`create trigger source_text_update after update of text on source begin
      insert into source_text(source_text, rowid, text) values ('delete', old.rowid, old.text);
      insert into source_text(rowid, text) values (new.rowid, new.text);
    end`.execute(db)
    await sql`insert into source_text(source_text) values ('rebuild')`.execute(db)
  },
  dropTextIndex: async (db) => {
    for (const t of TEXT_TRIGGERS) await sql`drop trigger ${sql.ref(t)}`.execute(db)
    await sql`drop table source_text`.execute(db)
  },
  createLanes: async () => {},
  dropLanes: async () => {},
  matching: async (db, query) => {
    const r = await sql<{
      id: string
    }>`select s.id as id from source_text join source s on s.rowid = source_text.rowid
      where source_text match ${query} order by s.position`.execute(db)
    return r.rows.map((x) => x.id)
  },
}
