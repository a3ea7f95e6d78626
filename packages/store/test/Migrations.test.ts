import { writeFileSync } from "node:fs"
import { join } from "node:path"
import BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { Kysely, SqliteDialect } from "kysely"
import { Migrator } from "kysely/migration"
import { describe, expect, it } from "vitest"
import { Project } from "../src/index.js"
import * as Migrations from "../src/Migrations.js"
import { tempDir } from "./helpers.js"

const indexes = (file: string) => {
  const raw = new BetterSqlite3(file, { readonly: true })
  const names = raw
    .prepare(
      "select name from sqlite_master where type = 'index' and tbl_name = 'coding' and sql is not null",
    )
    .all()
    .map((r) => (r as { name: string }).name)
  raw.close()
  return names.sort()
}

describe("migrations", () => {
  it("brings a project written at the first schema up to the latest, keeping its data", async () => {
    const dir = tempDir()
    const file = join(dir, "valuelens.db")
    // a database exactly as the first release left it: migration 0001 only, with a participant in it
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
    const first = new Migrator({ db, provider: Migrations.provider })
    const done = await first.migrateTo("0001_initial")
    expect(done.error).toBeUndefined()
    await db.destroy()
    const raw = new BetterSqlite3(file)
    raw
      .prepare(`insert into participant (id, "group", attributes) values ('AGC 1', 'government', '{}')`)
      .run()
    // hashed the old way, over the file with its front matter
    raw
      .prepare(
        `insert into source (id, kind, title, text, hash, position, importedAt) values ('s1', 'interview', 'AGC 1', 'AGC 1: Yes.', 'file-hash', 0, '2024-01-01')`,
      )
      .run()
    raw.close()
    expect(indexes(file)).toEqual(["coding_code", "coding_coder", "coding_segment"])

    await Effect.runPromise(
      Effect.gen(function* () {
        writeFileSync(join(dir, "valuelens.json"), JSON.stringify({ name: "old", plugins: [] }))
        const p = yield* Project.open(dir)
        expect((yield* p.store.participants.list()).map((x) => x.id)).toEqual(["AGC 1"])
        yield* p.store.close()
      }),
    )
    // 0002 dropped the index the unique key already covers
    expect(indexes(file)).toEqual(["coding_code", "coding_coder"])
    // 0004: the source's identity is the SHA-256 of its stored text (`printf 'AGC 1: Yes.' | sha256sum`)
    const hash = new BetterSqlite3(file, { readonly: true }).prepare("select hash from source").get()
    expect(hash).toEqual({ hash: "1c78fb2e47c01a1630e67ef6c4b5c5d0cac4562007348eb8830a4b545518a03e" })
    const applied = new BetterSqlite3(file, { readonly: true })
      .prepare("select name from kysely_migration order by name")
      .all()
      .map((r) => (r as { name: string }).name)
    expect(applied).toEqual([
      "0001_initial",
      "0002_coding_segment_index",
      "0003_pending_suggestions",
      "0004_source_identity_and_runs",
      "0006_text_search",
      "0007_code_guidance",
      "0008_detached_codings",
      "0009_coder_lanes",
      "0010_pending_per_coder",
    ])
  })
})
