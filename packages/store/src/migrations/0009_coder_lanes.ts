import type { Kysely } from "kysely"
import * as Backend from "../Backend.js"

// Each coder in their own lane on a shared server: row-level security on codings, suggestions, memos and
// segments (see dialect/Postgres.ts). A SQLite file has one user, so nothing changes there.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await Backend.of(db).createLanes(db)
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await Backend.of(db).dropLanes(db)
}
