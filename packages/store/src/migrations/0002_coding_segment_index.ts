import type { Kysely } from "kysely"

// The index on coding.segmentId repeats the first column of the unique key (segmentId, codeId, coderId), which
// already serves every lookup by segment (and the cascade when a segment is deleted). Each index costs a B-tree
// write per coding, and auto-coding writes codings by the hundred thousand.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.dropIndex("coding_segment").execute()
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.createIndex("coding_segment").on("coding").column("segmentId").execute()
}
