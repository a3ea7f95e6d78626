/**
 * A project is a folder with `valuelens.json` (its config) and, by default, `valuelens.db` (SQLite); with
 * `storage.url` in the config its data lives in a PostgreSQL database instead.
 * `create` refuses a folder that already holds a project and leaves it untouched; `open` migrates an older
 * database and refuses a newer one.
 */
import { existsSync } from "node:fs"
import { mkdir, readFile, rm, rmdir, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { BadInput, ProjectConfig } from "@valuelens/core"
import { Effect, Layer, Schema } from "effect"
import * as Copy from "./Copy.js"
import * as Postgres from "./dialect/Postgres.js"
import * as Sqlite from "./dialect/Sqlite.js"
import { make, ProjectStore, type Store } from "./Store.js"
import { StoreError } from "./StoreError.js"

export const CONFIG_FILE = "valuelens.json"
export const DEFAULT_DB = "valuelens.db"

export interface Project {
  readonly dir: string
  readonly config: ProjectConfig
  readonly database: string
  readonly store: Store
}

const databasePath = (dir: string, config: ProjectConfig) =>
  config.storage?.url !== undefined && Postgres.isUrl(config.storage.url)
    ? Postgres.withoutPassword(config.storage.url)
    : resolve(dir, config.storage?.file ?? DEFAULT_DB)

/**
 * The project's database on a PostgreSQL server. A URL that cannot be read, a password in it (the project file
 * would keep it), a server that is down or a refused login fail before anything is written.
 */
// `named` says where the URL came from, for messages (`…/valuelens.json: storage.url`, `--to`)
const openServer = (named: string, url: string, fresh: boolean) =>
  Effect.gen(function* () {
    const a = Postgres.address(url)
    if (typeof a === "string") return yield* new StoreError({ message: `${named}: ${a}` })
    if (a.password)
      return yield* new BadInput({
        reason: "password-in-url",
        field: "storage.url",
        message: `${named} holds a password, which a project file must not keep; remove it from the URL and set PGPASSWORD or add a line to ~/.pgpass`,
      })
    yield* Effect.tryPromise({
      try: () => Postgres.check(url),
      catch: (cause) => (cause instanceof StoreError ? cause : StoreError.fromCause(cause, "connecting")),
    })
    return yield* make(Postgres.dialect(url), Postgres.withoutPassword(url), { fresh })
  })

const openStore = (dir: string, config: ProjectConfig, fresh: boolean) =>
  Effect.gen(function* () {
    if (config.storage?.url !== undefined)
      return yield* openServer(`${join(dir, CONFIG_FILE)}: storage.url`, config.storage.url, fresh)
    const file = databasePath(dir, config)
    if (!fresh && !existsSync(file))
      return yield* new BadInput({
        reason: "missing-database",
        file,
        message: `${file} is missing: the project's database was moved or deleted`,
      })
    return yield* make(Sqlite.dialect(file), file)
  })

/** Creates a project in `dir` (made if missing). Fails with exit-2 `BadInput` if a project is already there. */
export const create = (dir: string, config: ProjectConfig): Effect.Effect<Project, BadInput | StoreError> =>
  Effect.gen(function* () {
    const abs = resolve(dir)
    const configFile = join(abs, CONFIG_FILE)
    const database = databasePath(abs, config)
    const server = config.storage?.url !== undefined
    for (const f of server ? [configFile] : [configFile, database])
      if (existsSync(f))
        return yield* new BadInput({
          reason: "project-exists",
          file: f,
          message: `${abs} already holds a ValueLens project (${f} exists); nothing was changed`,
        })
    const folderExisted = existsSync(abs)
    yield* Effect.tryPromise({
      try: () => mkdir(abs, { recursive: true }),
      catch: (cause) =>
        new BadInput({
          reason: "cannot-create",
          file: abs,
          message: `cannot create ${abs}: ${String(cause)}`,
        }),
    })
    const cleanup = Effect.promise(async () => {
      if (!server)
        for (const f of [database, `${database}-wal`, `${database}-shm`]) await rm(f, { force: true })
      await rm(configFile, { force: true })
      // a folder made here goes too, unless something else has appeared in it
      if (!folderExisted) await rmdir(abs).catch(() => undefined)
    })
    const store = yield* openStore(abs, config, true).pipe(Effect.tapError(() => cleanup))
    yield* Effect.tryPromise({
      try: () =>
        writeFile(configFile, `${JSON.stringify(Schema.encodeSync(ProjectConfig)(config), null, 2)}\n`, {
          flag: "wx",
        }),
      catch: (cause) => new StoreError({ message: `cannot write ${configFile}: ${String(cause)}`, cause }),
    }).pipe(Effect.tapError(() => store.close().pipe(Effect.andThen(cleanup))))
    return { dir: abs, config, database, store }
  })

/** Reads and validates `valuelens.json`. */
export const readConfig = (dir: string): Effect.Effect<ProjectConfig, BadInput> =>
  Effect.gen(function* () {
    const file = join(resolve(dir), CONFIG_FILE)
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: () =>
        new BadInput({
          reason: "not-a-project",
          file,
          message: `${resolve(dir)} is not a ValueLens project (no ${CONFIG_FILE}); create one with: valuelens init ${dir}`,
        }),
    })
    const json = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: (cause) =>
        new BadInput({
          reason: "invalid-config",
          file,
          message: `${file}: not valid JSON (${String(cause)})`,
        }),
    })
    return yield* Schema.decodeUnknownEffect(ProjectConfig)(json).pipe(
      Effect.mapError(
        (e) => new BadInput({ reason: "invalid-config", file, message: `${file}: ${e.message}` }),
      ),
    )
  })

/** Rewrites `valuelens.json` (for example after adding a plugin). */
export const writeConfig = (dir: string, config: ProjectConfig): Effect.Effect<void, StoreError> =>
  Effect.tryPromise({
    try: () =>
      writeFile(
        join(resolve(dir), CONFIG_FILE),
        `${JSON.stringify(Schema.encodeSync(ProjectConfig)(config), null, 2)}\n`,
      ),
    catch: (cause) => new StoreError({ message: `cannot write ${CONFIG_FILE}: ${String(cause)}`, cause }),
  })

/** Opens the project in `dir`, migrating an older database. */
export const open = (dir: string): Effect.Effect<Project, BadInput | StoreError> =>
  Effect.gen(function* () {
    const abs = resolve(dir)
    const config = yield* readConfig(abs)
    const store = yield* openStore(abs, config, false)
    return { dir: abs, config, database: databasePath(abs, config), store }
  })

/** The project's store as a scoped layer: opened on use, closed after. */
export const layer = (dir: string): Layer.Layer<ProjectStore, BadInput | StoreError> =>
  Layer.effect(
    ProjectStore,
    Effect.acquireRelease(open(dir).pipe(Effect.map((p) => p.store)), (store) => store.close()),
  )

/**
 * Copies a project's whole database to `where`, a PostgreSQL URL (an empty database) or a SQLite file (not
 * there yet), and checks it row for row. On any failure nothing of the copy remains (a new file is removed).
 */
export const copy = (
  project: Project,
  where: string,
): Effect.Effect<Copy.CopyReport, BadInput | StoreError> =>
  Effect.gen(function* () {
    if (Postgres.isUrl(where)) {
      const target = yield* openServer("--to", where, true)
      return yield* Copy.copy(project.store, target).pipe(Effect.ensuring(target.close()))
    }
    const file = resolve(where)
    if (existsSync(file))
      return yield* new BadInput({
        reason: "project-exists",
        file,
        message: `${file} exists; copy the project to a new file`,
      })
    const removeFile = Effect.promise(async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) await rm(f, { force: true })
    })
    const target = yield* make(Sqlite.dialect(file), file).pipe(Effect.tapError(() => removeFile))
    return yield* Copy.copy(project.store, target).pipe(
      Effect.ensuring(target.close()),
      Effect.tapError(() => removeFile),
    )
  })
