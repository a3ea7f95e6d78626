import type { Kysely } from "kysely"

// Detached codings: codings whose words a re-imported source no longer holds. They leave the coding table (so
// no analysis counts them) and wait here, with the passage they were on, until the researcher places or drops
// them.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema
    .createTable("detached_coding")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sourceId", "text", (c) => c.notNull().references("source.id").onDelete("cascade"))
    .addColumn("codeId", "text", (c) => c.notNull())
    .addColumn("coderId", "text", (c) => c.notNull())
    .addColumn("segment", "text", (c) => c.notNull())
    .addColumn("coding", "text", (c) => c.notNull())
    .addColumn("detachedAt", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("detached_coding_source").on("detached_coding").column("sourceId").execute()
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.dropTable("detached_coding").execute()
}
