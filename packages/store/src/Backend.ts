/**
 * What differs between the databases a project can live in, behind one small interface: the rest of the store
 * is Kysely queries that run on any of them, so a backend is a choice of driver plus this. Each backend is one
 * module under `dialect/`; the one in use is known from the Kysely adapter of the handle.
 */
import { type ColumnDataType, type Kysely, PostgresAdapter } from "kysely"
import * as Postgres from "./dialect/Postgres.js"
import * as Sqlite from "./dialect/Sqlite.js"
import type { Db } from "./Query.js"

export interface Backend {
  /** For messages: `SQLite`, `PostgreSQL`. */
  readonly name: string
  /** Column types whose names differ: an 8-byte float, and bytes. */
  readonly types: { readonly float: ColumnDataType; readonly bytes: ColumnDataType }
  /** Creates the full-text index of the sources (migration 0006) and removes it. */
  readonly createTextIndex: (db: Kysely<unknown>) => Promise<void>
  readonly dropTextIndex: (db: Kysely<unknown>) => Promise<void>
  /**
   * Keeps each coder to their own lane (migration 0009): on a server where each coder connects as their own
   * role, a coder may add and change only their own codings and memos (and the engines' suggestions), and read
   * everyone's. Nothing to do where one person holds the whole database (SQLite).
   */
  readonly createLanes: (db: Kysely<unknown>) => Promise<void>
  readonly dropLanes: (db: Kysely<unknown>) => Promise<void>
  /**
   * Ids of the sources that may hold a phrase (its words in double quotes, as `Search.indexQuery` writes it), in
   * import order. May name more sources than hold it, never fewer: the search reads each candidate.
   */
  readonly matching: (db: Db, query: string) => Promise<string[]>
}

export const of = (db: Pick<Kysely<unknown>, "getExecutor">): Backend =>
  db.getExecutor().adapter instanceof PostgresAdapter ? Postgres.backend : Sqlite.backend
