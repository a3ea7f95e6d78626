/**
 * A project's store: repositories over one Kysely instance, and `transaction`, which runs an Effect inside one
 * database transaction so that a batch lands whole or not at all. The dialect is one constructor argument.
 */
import { BadInput } from "@valuelens/core"
import { Context, Effect, Exit } from "effect"
import { type Dialect, Kysely } from "kysely"
import { Migrator } from "kysely/migration"
import * as CodeGuidance from "./CodeGuidance.js"
import * as Coders from "./Coders.js"
import * as Codes from "./Codes.js"
import * as Codings from "./Codings.js"
import * as Detached from "./Detached.js"
import * as Memos from "./Memos.js"
import * as Migrations from "./Migrations.js"
import * as Observations from "./Observations.js"
import * as Operations from "./Operations.js"
import * as Pages from "./Pages.js"
import * as ParticipantIds from "./ParticipantIds.js"
import * as Participants from "./Participants.js"
import * as PendingSuggestions from "./PendingSuggestions.js"
import { type Db, run } from "./Query.js"
import * as Runs from "./Runs.js"
import type { Database } from "./Schema.js"
import * as Segments from "./Segments.js"
import * as Settings from "./Settings.js"
import * as Sources from "./Sources.js"
import { StoreError } from "./StoreError.js"
import * as Tables from "./Tables.js"
import * as Turns from "./Turns.js"

/** How much a project holds, for the dashboard and `status` (a type, so it reads as a record of numbers). */
export type Counts = {
  readonly participants: number
  readonly sources: number
  readonly segments: number
  readonly codes: number
  /** Pending suggestions included. */
  readonly codings: number
  /** Of the codings, those awaiting a decision. */
  readonly suggested: number
  readonly coders: number
  readonly memos: number
  readonly observations: number
}

/** Every repository of a project, over one Kysely handle. */
export interface Repositories {
  readonly participants: Participants.ParticipantsRepository
  readonly sources: Sources.SourcesRepository
  readonly turns: Turns.TurnsRepository
  readonly pages: Pages.PagesRepository
  readonly segments: Segments.SegmentsRepository
  readonly codes: Codes.CodesRepository
  readonly coders: Coders.CodersRepository
  readonly codings: Codings.CodingsRepository
  readonly pending: PendingSuggestions.PendingSuggestionsRepository
  /** Inclusion and exclusion criteria and examples of codes. */
  readonly guidance: CodeGuidance.Repository
  /** Moving sources between participant ids, for a rename. */
  readonly participantIds: ParticipantIds.Repository
  /** Codings a re-import could not place, waiting to be placed or dropped. */
  readonly detached: Detached.Repository
  readonly memos: Memos.MemosRepository
  readonly observations: Observations.ObservationsRepository
  readonly operations: Operations.OperationsRepository
  readonly settings: Settings.SettingsRepository
  readonly runs: Runs.RunsRepository
  /** Every table's rows as stored, for moving a whole project (`Copy`). */
  readonly tables: Tables.TablesRepository
  readonly counts: () => Effect.Effect<Counts, StoreError>
}

export const repositories = (db: Db): Repositories => {
  const sources = Sources.make(db)
  const segments = Segments.make(db)
  const codes = Codes.make(db)
  const pending = PendingSuggestions.make(db, { sources, segments })
  const codings = Codings.make(db, { segments, codes, pending })
  const count = (table: keyof Database) =>
    run(`counting ${table}`, () =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ).pipe(Effect.map((r) => Number(r.n)))
  return {
    participants: Participants.make(db),
    sources,
    turns: Turns.make(db),
    pages: Pages.make(db),
    segments,
    codes,
    coders: Coders.make(db),
    codings,
    pending,
    guidance: CodeGuidance.make(db),
    participantIds: ParticipantIds.make(db),
    detached: Detached.make(db),
    memos: Memos.make(db),
    observations: Observations.make(db),
    operations: Operations.make(db),
    settings: Settings.make(db),
    runs: Runs.make(db),
    tables: Tables.make(db),
    counts: () =>
      Effect.gen(function* () {
        return {
          participants: yield* count("participant"),
          sources: yield* count("source"),
          segments: yield* count("segment"),
          codes: yield* count("code"),
          codings: yield* codings.count(),
          suggested: yield* codings.count({ status: ["suggested"] }),
          coders: yield* count("coder"),
          memos: yield* count("memo"),
          observations: yield* count("observation"),
        }
      }),
  }
}

export interface Store extends Repositories {
  /** Where the data lives, for messages (`/path/valuelens.db`). */
  readonly location: string
  /** Runs `f` in one transaction: if it fails (or throws), nothing it wrote remains. Nested calls join the outer one. */
  readonly transaction: <A, E>(f: (tx: Store) => Effect.Effect<A, E>) => Effect.Effect<A, E | StoreError>
  readonly close: () => Effect.Effect<void>
}

/** The store of the project a command works on. */
export class ProjectStore extends Context.Service<ProjectStore, Store>()("@valuelens/store/ProjectStore") {}

const Rollback = Symbol("rollback")

const build = (db: Kysely<Database>, location: string, inTransaction: boolean): Store => {
  const repos = repositories(db)
  const self: Store = {
    ...repos,
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
                    f(build(trx as unknown as Kysely<Database>, location, true)),
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
export const make = (
  dialect: Dialect,
  location: string,
  options: {
    /** Refuse a database that already holds a project (when creating one). */
    readonly fresh?: boolean
  } = {},
): Effect.Effect<Store, BadInput | StoreError> =>
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
    if (options.fresh && applied.length > 0)
      return yield* fail(
        new BadInput({
          reason: "project-exists",
          file: location,
          message: `${location} already holds a ValueLens project; nothing was changed`,
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
    return build(db, location, false)
  })
