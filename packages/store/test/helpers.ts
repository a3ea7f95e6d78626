import { randomUUID } from "node:crypto"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ProjectConfig } from "@valuelens/core"
import { Effect, Exit } from "effect"
import pg from "pg"
import { describe, it } from "vitest"

export const tempDir = (prefix = "vl-store-") => mkdtempSync(join(tmpdir(), prefix))

/** Runs an effect expected to fail and returns its typed error. */
export const failureOf = <A, E>(effect: Effect.Effect<A, E>): Promise<E> =>
  Effect.runPromiseExit(effect).then((exit) => {
    if (Exit.isSuccess(exit)) throw new Error(`expected a failure, got ${JSON.stringify(exit.value)}`)
    const found = exit.cause.reasons.find((r) => r._tag === "Fail")
    if (found?._tag !== "Fail") throw new Error(`expected a typed failure, got ${String(exit.cause)}`)
    return found.error
  })

export type BackendName = "SQLite" | "PostgreSQL"

/** The PostgreSQL server the tests run on (`eval "$(bash scripts/postgres.sh start)"` sets it; scripts/test.sh does). */
export const serverUrl = process.env.VALUELENS_TEST_POSTGRES_URL
/** Under CI (or when asked), the PostgreSQL half fails without a server rather than being left out. */
const serverRequired = process.env.CI !== undefined || process.env.VALUELENS_TEST_POSTGRES === "required"
const NO_SERVER =
  'no PostgreSQL server to test on: VALUELENS_TEST_POSTGRES_URL is not set; run eval "$(bash scripts/postgres.sh start)" first (scripts/test.sh does)'

/** A new, empty database on the test server, as a URL (without a password: PGPASSWORD holds it). */
export const freshDatabase = async (): Promise<string> => {
  if (!serverUrl) throw new Error(NO_SERVER)
  const name = `vl_${randomUUID().replaceAll("-", "").slice(0, 20)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** A new project's config on a backend: a SQLite file in the project's folder, or a new database on the server. */
export const configOn = async (backend: BackendName, name = "t"): Promise<ProjectConfig> =>
  backend === "SQLite"
    ? { name, plugins: [] }
    : { name, plugins: [], storage: { url: await freshDatabase() } }

/** Tests that need the PostgreSQL test server: without one they fail under CI, and elsewhere are reported as skipped. */
const needingServer = (tests: () => void): void => {
  if (serverUrl) tests()
  else if (serverRequired)
    it("has a PostgreSQL server to run on", () => {
      throw new Error(NO_SERVER)
    })
  else it.skip(`is not run: ${NO_SERVER}`, () => {})
}

/** The same tests on every backend: SQLite files, and the PostgreSQL test server (see `needingServer`). */
export const eachBackend = (name: string, tests: (backend: BackendName) => void): void => {
  describe.each(["SQLite", "PostgreSQL"] as const)(`${name} on %s`, (backend) => {
    if (backend === "SQLite") tests(backend)
    else needingServer(() => tests(backend))
  })
}

/** Tests of PostgreSQL alone (connections, roles). */
export const onServer = (name: string, tests: (url: string) => void): void => {
  describe(name, () => needingServer(() => tests(serverUrl!)))
}
