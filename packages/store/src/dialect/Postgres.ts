/**
 * PostgreSQL, for a team that shares one project on a server. Its text search reads the sources whose text
 * holds every word of the phrase (ILIKE); the search then checks each candidate for the phrase itself.
 */
import type { Backend } from "../Backend.js"

export const backend: Backend = {
  name: "PostgreSQL",
  types: { float: "double precision", bytes: "bytea" },
  createTextIndex: async () => {},
  dropTextIndex: async () => {},
  matching: async (db, query) => {
    // the words are letters and digits only, so they hold none of LIKE's wildcards
    let q = db.selectFrom("source").select("id")
    for (const word of query.match(/[\p{L}\p{N}]+/gu) ?? []) q = q.where("text", "ilike", `%${word}%`)
    const rows = await q.orderBy("position").execute()
    return rows.map((r) => r.id)
  },
}
