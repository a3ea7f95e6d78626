import { type Kysely, sql } from "kysely"
import * as Backend from "../Backend.js"

// Written with Kysely's builders only, so the same migration runs on SQLite and PostgreSQL (the one column type
// whose name differs comes from the backend).
export const up = async (db: Kysely<unknown>): Promise<void> => {
  const { types } = Backend.of(db)
  await db.schema
    .createTable("participant")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group", "text", (c) => c.notNull())
    .addColumn("organisation", "text")
    .addColumn("location", "text")
    .addColumn("country", "text")
    .addColumn("attributes", "text", (c) => c.notNull().defaultTo("{}"))
    .execute()

  await db.schema
    .createTable("source")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("fileName", "text")
    .addColumn("language", "text")
    .addColumn("country", "text")
    .addColumn("year", "integer")
    .addColumn("date", "text")
    .addColumn("participantId", "text", (c) => c.references("participant.id").onDelete("restrict"))
    .addColumn("documentType", "text")
    .addColumn("metadata", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("importedAt", "text", (c) => c.notNull())
    .addCheckConstraint("source_kind", sql`"kind" in ('interview', 'document', 'statistics')`)
    .execute()
  await db.schema.createIndex("source_hash").on("source").column("hash").execute()
  await db.schema.createIndex("source_participant").on("source").column("participantId").execute()

  await db.schema
    .createTable("turn")
    .addColumn("sourceId", "text", (c) => c.notNull().references("source.id").onDelete("cascade"))
    .addColumn("index", "integer", (c) => c.notNull())
    .addColumn("speaker", "text", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("interviewer", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("turn_pk", ["sourceId", "index"])
    .execute()

  await db.schema
    .createTable("page")
    .addColumn("sourceId", "text", (c) => c.notNull().references("source.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("page_pk", ["sourceId", "number"])
    .execute()

  await db.schema
    .createTable("segment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sourceId", "text", (c) => c.notNull().references("source.id").onDelete("cascade"))
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addCheckConstraint("segment_range", sql`"start" >= 0 and "end" > "start"`)
    .execute()
  await db.schema.createIndex("segment_source").on("segment").columns(["sourceId", "start", "end"]).execute()

  await db.schema
    .createTable("code")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("colour", "text")
    .addColumn("parentId", "text", (c) => c.references("code.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("plugin", "text")
    .addCheckConstraint("code_kind", sql`"kind" in ('value', 'factor', 'area', 'free')`)
    .execute()

  await db.schema
    .createTable("coder")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("engine", "integer", (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema
    .createTable("coding")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("segmentId", "text", (c) => c.notNull().references("segment.id").onDelete("cascade"))
    .addColumn("codeId", "text", (c) => c.notNull().references("code.id").onDelete("restrict"))
    .addColumn("coderId", "text", (c) => c.notNull().references("coder.id").onDelete("restrict"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("score", types.float)
    .addColumn("explanation", "text")
    .addColumn("createdAt", "text", (c) => c.notNull())
    .addColumn("updatedAt", "text", (c) => c.notNull())
    .addUniqueConstraint("coding_unique", ["segmentId", "codeId", "coderId"])
    .addCheckConstraint("coding_status", sql`"status" in ('suggested', 'accepted', 'rejected')`)
    .execute()
  await db.schema.createIndex("coding_code").on("coding").columns(["codeId", "status"]).execute()
  await db.schema.createIndex("coding_coder").on("coding").column("coderId").execute()
  await db.schema.createIndex("coding_segment").on("coding").column("segmentId").execute()

  await db.schema
    .createTable("memo")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("targetId", "text")
    .addColumn("title", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("createdAt", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("memo_target").on("memo").columns(["target", "targetId"]).execute()

  await db.schema
    .createTable("observation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("indicator", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("valueKind", "text", (c) => c.notNull())
    .addColumn("unit", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("confidence", "text")
    .addColumn("note", "text")
    .execute()
  await db.schema
    .createIndex("observation_key")
    .on("observation")
    .columns(["country", "indicator", "year"])
    .execute()

  await db.schema
    .createTable("operation")
    // assigned as max + 1 inside the writing transaction: identity columns differ between dialects
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("undo", "text", (c) => c.notNull())
    .addColumn("redo", "text", (c) => c.notNull())
    .addColumn("undone", "integer", (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema
    .createTable("setting")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute()
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const t of [
    "setting",
    "operation",
    "observation",
    "memo",
    "coding",
    "coder",
    "code",
    "segment",
    "page",
    "turn",
    "source",
    "participant",
  ])
    await db.schema.dropTable(t).execute()
}
