import { type Kysely, sql } from "kysely"
import * as Backend from "../Backend.js"

// Pending suggestions are packed per source and coder: two engines run side by side (`code auto --engine both`)
// each keep their own suggestions on a source instead of replacing the other's. The key becomes
// (sourceId, coderId). SQLite cannot change a primary key in place, so there the table is rebuilt; PostgreSQL
// changes it in place, which keeps the table's row-level security (0009).
const create = (db: Kysely<unknown>, name: string, key: ReadonlyArray<string>) => {
  const table = db.schema
    .createTable(name)
    .addColumn("sourceId", "text", (c) =>
      (key.length === 1 ? c.primaryKey() : c.notNull()).references("source.id").onDelete("cascade"),
    )
    .addColumn("coderId", "text", (c) => c.notNull().references("coder.id").onDelete("restrict"))
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("codes", "text", (c) => c.notNull())
    .addColumn("strings", "text", (c) => c.notNull())
    .addColumn("data", Backend.of(db).types.bytes, (c) => c.notNull())
    .addColumn("createdAt", "text", (c) => c.notNull())
    .addCheckConstraint(`${name}_count`, sql`"count" > 0`)
  return (
    key.length === 1 ? table : table.addPrimaryKeyConstraint(`${name}_key`, [...key] as never)
  ).execute()
}

const rebuild = async (db: Kysely<unknown>, key: ReadonlyArray<string>) => {
  await create(db, "pending_suggestions_rebuilt", key)
  await sql`insert into pending_suggestions_rebuilt select "sourceId", "coderId", "count", "codes", "strings", "data", "createdAt" from pending_suggestions`.execute(
    db,
  )
  await db.schema.dropTable("pending_suggestions").execute()
  await db.schema.alterTable("pending_suggestions_rebuilt").renameTo("pending_suggestions").execute()
}

const rekey = async (db: Kysely<unknown>, key: ReadonlyArray<string>) => {
  if (Backend.of(db).name !== "PostgreSQL") return rebuild(db, key)
  const constraint = key.length === 1 ? "pending_suggestions_key" : "pending_suggestions_pkey"
  await db.schema.alterTable("pending_suggestions").dropConstraint(constraint).execute()
  await db.schema
    .alterTable("pending_suggestions")
    .addPrimaryKeyConstraint(key.length === 1 ? "pending_suggestions_pkey" : "pending_suggestions_key", [
      ...key,
    ] as never)
    .execute()
}

export const up = (db: Kysely<unknown>): Promise<void> => rekey(db, ["sourceId", "coderId"])

// Going back keeps one pack per source: the rule auto-coder's where it has one, otherwise the first coder's by id.
export const down = async (db: Kysely<unknown>): Promise<void> => {
  const rank = (t: string) => sql.raw(`(case when ${t}."coderId" = 'rules' then '' else ${t}."coderId" end)`)
  await sql`delete from pending_suggestions where exists (select 1 from pending_suggestions other where other."sourceId" = pending_suggestions."sourceId" and ${rank("other")} < ${rank("pending_suggestions")})`.execute(
    db,
  )
  await rekey(db, ["sourceId"])
}
