/**
 * The guidance of codes (inclusion and exclusion criteria, examples; see `CodeDefinition` in core), one row per
 * code that has any, beside the code itself.
 */
import type { CodeDefinition } from "@valuelens/core"
import { Effect } from "effect"
import type { Kysely, Transaction } from "kysely"
import type { Database } from "./Schema.js"
import { StoreError } from "./StoreError.js"

export interface CodeGuidance extends CodeDefinition.Guidance {
  readonly codeId: string
}

export interface Repository {
  /** Every code's guidance, by code id. */
  readonly list: () => Effect.Effect<ReadonlyArray<CodeGuidance>, StoreError>
  readonly get: (codeId: string) => Effect.Effect<CodeGuidance | undefined, StoreError>
  /** Writes a code's guidance, replacing what it had. */
  readonly put: (g: CodeGuidance) => Effect.Effect<void, StoreError>
  readonly remove: (codeId: string) => Effect.Effect<void, StoreError>
}

const run = <A>(what: string, f: () => Promise<A>): Effect.Effect<A, StoreError> =>
  Effect.tryPromise({ try: f, catch: (cause) => StoreError.fromCause(cause, what) })

const toGuidance = (r: Database["code_guidance"]): CodeGuidance => ({
  codeId: r.codeId,
  ...(r.inclusion !== null ? { inclusion: r.inclusion } : {}),
  ...(r.exclusion !== null ? { exclusion: r.exclusion } : {}),
  examples: JSON.parse(r.examples) as string[],
})

export const make = (db: Kysely<Database> | Transaction<Database>): Repository => ({
  list: () =>
    run("listing code guidance", () =>
      db.selectFrom("code_guidance").selectAll().orderBy("codeId").execute(),
    ).pipe(Effect.map((rs) => rs.map(toGuidance))),
  get: (codeId) =>
    run("reading a code's guidance", () =>
      db.selectFrom("code_guidance").selectAll().where("codeId", "=", codeId).executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toGuidance(r) : undefined))),
  put: (g) => {
    const row = {
      codeId: g.codeId,
      inclusion: g.inclusion ?? null,
      exclusion: g.exclusion ?? null,
      examples: JSON.stringify(g.examples),
    }
    return run("writing a code's guidance", () =>
      db
        .insertInto("code_guidance")
        .values(row)
        .onConflict((oc) => oc.column("codeId").doUpdateSet(row))
        .execute(),
    ).pipe(Effect.asVoid)
  },
  remove: (codeId) =>
    run("removing a code's guidance", () =>
      db.deleteFrom("code_guidance").where("codeId", "=", codeId).execute(),
    ).pipe(Effect.asVoid),
})
