import { SourceIdentity } from "@valuelens/core"
import { type Kysely, sql } from "kysely"

// A source's hash is its normalised text and nothing else (`SourceIdentity.hash`). Earlier versions hashed the
// file as read (front matter and sidecar included) for imported files, so the same text arriving by REFI-QDA
// was not recognised. Every stored source gets the hash of its stored text.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  const rows = await sql<{
    id: string
    text: string
    hash: string
  }>`select id, text, hash from source`.execute(db)
  for (const r of rows.rows) {
    const hash = SourceIdentity.hash(r.text)
    if (hash !== r.hash) await sql`update source set hash = ${hash} where id = ${r.id}`.execute(db)
  }
  // Recorded analyses: the agreement, saturation and triangulation results a report shows, each saved under a
  // name with its time and parameters, so a quick check never changes a report.
  await db.schema
    .createTable("analysis_run")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("parameters", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("analysis_run_key", ["kind", "name"])
    .addCheckConstraint("analysis_run_kind", sql`"kind" in ('agreement', 'saturation', 'triangulation')`)
    .execute()
}

// The old hashes cannot be rebuilt from the stored text; the new ones identify the same sources.
export const down = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.dropTable("analysis_run").execute()
}
