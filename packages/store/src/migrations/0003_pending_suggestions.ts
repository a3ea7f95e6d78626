import { type Kysely, sql } from "kysely"
import * as Backend from "../Backend.js"

// Pending suggestions, packed one row per source (see Pending.ts): an auto-coding run writes one row per source
// instead of a segment and a coding row per suggestion.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema
    .createTable("pending_suggestions")
    .addColumn("sourceId", "text", (c) => c.primaryKey().references("source.id").onDelete("cascade"))
    .addColumn("coderId", "text", (c) => c.notNull().references("coder.id").onDelete("restrict"))
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("codes", "text", (c) => c.notNull())
    .addColumn("strings", "text", (c) => c.notNull())
    .addColumn("data", Backend.of(db).types.bytes, (c) => c.notNull())
    .addColumn("createdAt", "text", (c) => c.notNull())
    .addCheckConstraint("pending_suggestions_count", sql`"count" > 0`)
    .execute()
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.dropTable("pending_suggestions").execute()
}
