import type { Kysely } from "kysely"
import * as Backend from "../Backend.js"

// A full-text index of the sources, so `valuelens search` finds the sources that hold a word or phrase without
// reading all. What the index is depends on the backend (SQLite: FTS5 kept in step by triggers).
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await Backend.of(db).createTextIndex(db)
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await Backend.of(db).dropTextIndex(db)
}
