/**
 * A project's store: repositories over one Kysely instance, and `transaction`, which runs an Effect inside one
 * database transaction so that a batch lands whole or not at all. The dialect is one constructor argument.
 */
import { BadInput } from "@valuelens/core"
import type BetterSqlite3 from "better-sqlite3"
import { Context, Effect, Exit } from "effect"
import { type Dialect, Kysely } from "kysely"
import { Migrator } from "kysely/migration"
import * as Detached from "./Detached.js"
import * as Migrations from "./Migrations.js"
import * as Repositories from "./Repositories.js"
import type { Database } from "./Schema.js"
import * as Sqlite from "./Sqlite.js"
import { StoreError } from "./StoreError.js"

export interface Store extends Repositories.Repositories {
  /** Codings a re-import could not place, waiting to be placed or dropped. */
  readonly detached: Detached.Repository
  /** Where the data lives, for messages (`/path/valuelens.db`). */
  readonly location: string
  /** Runs `f` in one transaction: if it fails (or throws), nothing it wrote remains. Nested calls join the outer one. */
  readonly transaction: <A, E>(f: (tx: Store) => Effect.Effect<A, E>) => Effect.Effect<A, E | StoreError>
  readonly close: () => Effect.Effect<void>
}

/** The store of the project a command works on. */
export class ProjectStore extends Context.Service<ProjectStore, Store>()("@valuelens/store/ProjectStore") {}

const Rollback = Symbol("rollback")

const build = (
  db: Kysely<Database>,
  location: string,
  inTransaction: boolean,
  sqlite: () => BetterSqlite3.Database | undefined,
): Store => {
  const repos = Repositories.make(db, sqlite)
  const self: Store = {
    ...repos,
    detached: Detached.make(db),
    location,
    transaction: <A, E>(f: (tx: Store) => Effect.Effect<A, E>) =>
      inTransaction
        ? f(self)
        : Effect.gen(function* () {
            let exit: Exit.Exit<A, E> | undefined
            const outcome = yield* Effect.tryPromise({
              try: () =>
                db.transaction().execute(async (trx) => {
                  exit = await Effect.runPromiseExit(
                    f(build(trx as unknown as Kysely<Database>, location, true, sqlite)),
                  )
                  if (Exit.isFailure(exit)) throw Rollback
                }),
              catch: (cause) =>
                cause === Rollback ? Rollback : StoreError.fromCause(cause, "transaction failed"),
            }).pipe(
              Effect.catch((e) => (e === Rollback ? Effect.succeed(Rollback) : Effect.fail(e as StoreError))),
            )
            if (outcome === Rollback || (exit && Exit.isFailure(exit))) {
              const failed = exit as Exit.Failure<A, E>
              return yield* Effect.failCause(failed.cause)
            }
            return (exit as Exit.Success<A, E>).value
          }),
    close: () => Effect.promise(() => db.destroy()),
  }
  return self
}

/**
 * Opens a store over a dialect and brings its schema up to date. A database written by a newer ValueLens is
 * refused (never downgraded); one that is not a ValueLens database at all is refused with a clear message.
 */
export const make = (dialect: Dialect, location: string): Effect.Effect<Store, BadInput | StoreError> =>
  Effect.gen(function* () {
    const db = new Kysely<Database>({ dialect })
    const fail = (e: BadInput | StoreError) =>
      Effect.promise(() => db.destroy()).pipe(Effect.andThen(Effect.fail(e)))
    const applied = yield* Effect.tryPromise({
      try: async () => {
        const tables = await db.introspection.getTables({ withInternalKyselyTables: true })
        if (!tables.some((t) => t.name === "kysely_migration")) {
          if (tables.length > 0) return "foreign" as const
          return [] as string[]
        }
        const rows = await db
          .selectFrom("kysely_migration" as never)
          .select("name" as never)
          .execute()
        return rows.map((r) => (r as { name: string }).name)
      },
      catch: (cause) =>
        new BadInput({
          reason: "not-a-project-database",
          file: location,
          message: `${location} is not a readable ValueLens database (${cause instanceof Error ? cause.message : String(cause)})`,
        }),
    }).pipe(Effect.catch((e) => fail(e)))
    if (applied === "foreign")
      return yield* fail(
        new BadInput({
          reason: "not-a-project-database",
          file: location,
          message: `${location} holds tables that are not a ValueLens project's`,
        }),
      )
    const unknown = applied.filter((name) => !(name in Migrations.all))
    if (unknown.length > 0)
      return yield* fail(
        new BadInput({
          reason: "project-too-new",
          file: location,
          message: `${location} was written by a newer ValueLens (schema ${unknown.sort().at(-1)}; this version knows up to ${Migrations.latest}). Upgrade ValueLens to open it.`,
        }),
      )
    const migrated = yield* Effect.promise(() =>
      new Migrator({ db, provider: Migrations.provider }).migrateToLatest(),
    )
    if (migrated.error)
      return yield* fail(
        new StoreError({
          message: `migrating ${location} failed: ${String(migrated.error)}`,
          cause: migrated.error,
        }),
      )
    return build(db, location, false, Sqlite.connectionOf(dialect))
  })
