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
}

// The old hashes cannot be rebuilt from the stored text; the new ones identify the same sources.
export const down = async (_db: Kysely<unknown>): Promise<void> => {}
