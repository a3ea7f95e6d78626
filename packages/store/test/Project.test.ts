import { createHash } from "node:crypto"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { latestSchema, Project } from "../src/index.js"
import { failureOf, tempDir } from "./helpers.js"

const config = { name: "t", plugins: [] }
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex")
const opened: Array<Project.Project> = []
afterEach(async () => {
  for (const p of opened.splice(0)) await Effect.runPromise(p.store.close())
})

describe("Project.create / open", () => {
  it("creates a SQLite file with WAL and foreign keys on, and reopens it", async () => {
    const dir = join(tempDir(), "p")
    const p = await Effect.runPromise(Project.create(dir, config))
    await Effect.runPromise(p.store.close())
    const raw = new BetterSqlite3(p.database)
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal")
    const tables = raw
      .prepare("select name from sqlite_master where type = 'table'")
      .all()
      .map((r) => (r as { name: string }).name)
    raw.close()
    for (const t of [
      "participant",
      "source",
      "turn",
      "page",
      "segment",
      "code",
      "coder",
      "coding",
      "memo",
      "observation",
      "operation",
      "setting",
    ])
      expect(tables).toContain(t)
    const again = await Effect.runPromise(Project.open(dir))
    opened.push(again)
    expect(again.config).toEqual(config)
  })

  it("refuses to create over an existing project and leaves the database byte-identical", async () => {
    const dir = join(tempDir(), "p")
    const p = await Effect.runPromise(Project.create(dir, config))
    await Effect.runPromise(p.store.close())
    const before = sha(p.database)
    const e = await failureOf(Project.create(dir, config))
    expect(e).toMatchObject({ _tag: "BadInput", reason: "project-exists" })
    expect(sha(p.database)).toBe(before)
  })

  it("says a folder without valuelens.json is not a project", async () => {
    const dir = tempDir()
    const e = await failureOf(Project.open(dir))
    expect(e).toMatchObject({ _tag: "BadInput", reason: "not-a-project" })
    expect((e as { message: string }).message).toContain("valuelens init")
  })

  it("refuses a corrupt or non-SQLite database with a clear message", async () => {
    const dir = join(tempDir(), "p")
    const p = await Effect.runPromise(Project.create(dir, config))
    await Effect.runPromise(p.store.close())
    writeFileSync(p.database, Buffer.from("this is not a database, it is a shopping list\n".repeat(200)))
    const e = await failureOf(Project.open(dir))
    expect(e).toMatchObject({ _tag: "BadInput", reason: "not-a-project-database" })
    expect((e as { message: string }).message).toContain("is not a readable ValueLens database")
  })

  it("refuses a database whose tables are not a ValueLens project's", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "valuelens.json"), JSON.stringify(config))
    const raw = new BetterSqlite3(join(dir, "valuelens.db"))
    raw.exec("create table orders (id integer)")
    raw.close()
    const e = await failureOf(Project.open(dir))
    expect(e).toMatchObject({ reason: "not-a-project-database" })
  })

  it("migrates an older (empty) database and refuses one written by a newer schema", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "valuelens.json"), JSON.stringify(config))
    new BetterSqlite3(join(dir, "valuelens.db")).close()
    const p = await Effect.runPromise(Project.open(dir))
    expect(await Effect.runPromise(p.store.counts())).toMatchObject({ sources: 0, codes: 0 })
    await Effect.runPromise(p.store.close())

    const raw = new BetterSqlite3(join(dir, "valuelens.db"))
    const applied = raw
      .prepare("select name from kysely_migration")
      .all()
      .map((r) => (r as { name: string }).name)
    expect(applied).toContain(latestSchema)
    raw
      .prepare("insert into kysely_migration (name, timestamp) values (?, ?)")
      .run("9999_from_the_future", new Date().toISOString())
    raw.close()
    const before = sha(join(dir, "valuelens.db"))
    const e = await failureOf(Project.open(dir))
    expect(e).toMatchObject({ _tag: "BadInput", reason: "project-too-new" })
    expect((e as { message: string }).message).toContain("newer ValueLens (schema 9999_from_the_future")
    expect(sha(join(dir, "valuelens.db"))).toBe(before)
  })

  it("rejects a malformed valuelens.json naming the file", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, "valuelens.json"), JSON.stringify({ name: 3, plugins: [] }))
    const e = await failureOf(Project.open(dir))
    expect(e).toMatchObject({ reason: "invalid-config" })
    expect((e as { message: string }).message).toContain("valuelens.json")
  })
})
