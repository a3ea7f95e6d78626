/**
 * What renaming a participant needs beyond adding one: pointing their sources at the new id and removing the old
 * participant. The id is what findings cite (`(AGC 1)`), so a rename adds the participant under the new id,
 * moves the sources, and removes the old one (see `Manual.renameParticipant` in the coding package).
 */
import { Effect } from "effect"
import type { Kysely, Transaction } from "kysely"
import type { Database } from "./Schema.js"
import { StoreError } from "./StoreError.js"

export interface Repository {
  /** Points every source of participant `from` at participant `to`. */
  readonly repoint: (from: string, to: string) => Effect.Effect<void, StoreError>
  /** Removes a participant no source points at any more. */
  readonly remove: (id: string) => Effect.Effect<void, StoreError>
}

export const make = (db: Kysely<Database> | Transaction<Database>): Repository => ({
  repoint: (from, to) =>
    Effect.tryPromise({
      try: () =>
        db.updateTable("source").set({ participantId: to }).where("participantId", "=", from).execute(),
      catch: (cause) => StoreError.fromCause(cause, "moving sources to a renamed participant"),
    }).pipe(Effect.asVoid),
  remove: (id) =>
    Effect.tryPromise({
      try: () => db.deleteFrom("participant").where("id", "=", id).execute(),
      catch: (cause) => StoreError.fromCause(cause, "removing a participant"),
    }).pipe(Effect.asVoid),
})
