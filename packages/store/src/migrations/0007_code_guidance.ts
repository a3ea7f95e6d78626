import type { Kysely } from "kysely"

// A code's guidance as a codebook states it beside its definition (the code's description): inclusion and
// exclusion criteria and example passages (a JSON array of strings). One row per code that has any. No cascade:
// deleting a code removes its guidance first, in the same undoable action, so undo can put it back.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema
    .createTable("code_guidance")
    .addColumn("codeId", "text", (c) => c.primaryKey().references("code.id").onDelete("restrict"))
    .addColumn("inclusion", "text")
    .addColumn("exclusion", "text")
    .addColumn("examples", "text", (c) => c.notNull())
    .execute()
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.dropTable("code_guidance").execute()
}
