import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { Source } from "@valuelens/core"
import { Effect } from "effect"
import { afterEach, expect, it } from "vitest"
import { Project, StoreError } from "../src/index.js"
import { failureOf, freshDatabase, onServer, tempDir } from "./helpers.js"

const run = <A>(e: Effect.Effect<A, unknown>) => Effect.runPromise(e as Effect.Effect<A>)

const source = (id: string, text: string, position: number): Source => ({
  id,
  kind: "interview",
  title: id,
  text,
  hash: `h-${id}`,
  metadata: {},
  position,
  importedAt: "2026-01-01T00:00:00Z",
})

const password = process.env.PGPASSWORD
afterEach(() => {
  process.env.PGPASSWORD = password
})

onServer("A project on a PostgreSQL server", (serverUrl) => {
  it("keeps the URL in valuelens.json without a password and reopens the project from it", async () => {
    const url = await freshDatabase()
    const dir = join(tempDir(), "team")
    const p = await run(Project.create(dir, { name: "team", plugins: [], storage: { url } }))
    await run(
      p.store.sources
        .insert([source("s1", "Officers took bribes.", 0)])
        .pipe(Effect.ensuring(p.store.close())),
    )
    const config = JSON.parse(readFileSync(join(dir, "valuelens.json"), "utf8"))
    expect(config.storage).toEqual({ url })
    expect(existsSync(join(dir, "valuelens.db"))).toBe(false)
    const again = await run(Project.open(dir))
    const s = await run(again.store.sources.get("s1").pipe(Effect.ensuring(again.store.close())))
    expect(s?.text).toBe("Officers took bribes.")
  })

  it("finds the sources holding every word of a phrase, in import order, whatever their case", async () => {
    const url = await freshDatabase()
    const p = await run(Project.create(join(tempDir(), "p"), { name: "t", plugins: [], storage: { url } }))
    const ids = await run(
      Effect.gen(function* () {
        yield* p.store.sources.insert([
          source("a", "Nobody testified. ÉTAT officers", 1),
          source("b", "Officers took bribes.", 0),
          source("c", "The shelter had no nurses.", 2),
        ])
        return {
          officers: yield* p.store.sources.matching('"officers"'),
          both: yield* p.store.sources.matching('"officers took"'),
          accent: yield* p.store.sources.matching('"état"'),
        }
      }).pipe(Effect.ensuring(p.store.close())),
    )
    expect(ids).toEqual({ officers: ["b", "a"], both: ["b"], accent: ["a"] })
  })

  it("refuses a URL with a password before writing anything", async () => {
    const url = new URL(await freshDatabase())
    url.password = "secret"
    const dir = join(tempDir(), "p")
    const e = await failureOf(
      Project.create(dir, { name: "t", plugins: [], storage: { url: url.toString() } }),
    )
    expect(e).toMatchObject({ _tag: "BadInput", reason: "password-in-url", field: "storage.url" })
    expect(e.message).toContain("PGPASSWORD")
    expect(existsSync(join(dir, "valuelens.json"))).toBe(false)
  })

  it("refuses to create a project in a database that already holds one", async () => {
    const url = await freshDatabase()
    const first = await run(
      Project.create(join(tempDir(), "p"), { name: "t", plugins: [], storage: { url } }),
    )
    await run(first.store.close())
    const dir = join(tempDir(), "p")
    const e = await failureOf(Project.create(dir, { name: "t", plugins: [], storage: { url } }))
    expect(e).toMatchObject({ _tag: "BadInput", reason: "project-exists" })
    expect(existsSync(join(dir, "valuelens.json"))).toBe(false)
  })

  it("says in one line that the server refused the login, naming the database and what to do", async () => {
    const url = await freshDatabase()
    const database = new URL(url).pathname.slice(1)
    process.env.PGPASSWORD = "not-the-password"
    const dir = join(tempDir(), "p")
    const e = await failureOf(Project.create(dir, { name: "t", plugins: [], storage: { url } }))
    expect(e).toBeInstanceOf(StoreError)
    expect(e.message).toContain(
      `the PostgreSQL database "${database}" on ${new URL(serverUrl).searchParams.get("host")}`,
    )
    expect(e.message).toContain(
      "the server refused the login of valuelens; set the password in PGPASSWORD or ~/.pgpass",
    )
    expect(e.message.split("\n")).toHaveLength(1)
    expect(existsSync(join(dir, "valuelens.json"))).toBe(false)
  })

  it("says which database does not exist", async () => {
    const url = new URL(serverUrl)
    url.pathname = "/no_such_database"
    const e = await failureOf(
      Project.create(join(tempDir(), "p"), { name: "t", plugins: [], storage: { url: url.toString() } }),
    )
    expect(e.message).toContain('"no_such_database"')
    expect(e.message).toContain("createdb no_such_database")
  })
})

it("says in one line that no server answers at a socket folder, and writes nothing", async () => {
  const empty = tempDir("vl-no-server-")
  const dir = join(tempDir(), "p")
  const e = await failureOf(
    Project.create(dir, {
      name: "t",
      plugins: [],
      storage: { url: `postgres://valuelens@localhost/team?host=${empty}` },
    }),
  )
  expect(e).toBeInstanceOf(StoreError)
  expect(e.message).toBe(
    `cannot reach the PostgreSQL database "team" on ${empty}: no server answers there; start the server (or correct the URL) and run the command again`,
  )
  expect(existsSync(join(dir, "valuelens.json"))).toBe(false)
})

it("says what a PostgreSQL URL looks like when storage.url is not one", async () => {
  const e = await failureOf(
    Project.create(join(tempDir(), "p"), { name: "t", plugins: [], storage: { url: "postgres://host" } }),
  )
  expect(e).toBeInstanceOf(StoreError)
  expect(e.message).toContain(
    '"postgres://host" names no database; expected postgres://USER@HOST[:PORT]/DATABASE',
  )
})
