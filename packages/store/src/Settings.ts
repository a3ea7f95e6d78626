/** Key/value facts about the project itself (identity of imported files, codes marked not codable, overrides). */
import { Effect } from "effect"
import { type Db, run } from "./Query.js"
import type { StoreError } from "./StoreError.js"

export interface SettingsRepository {
  /** The value under a key, as the JSON it was set to, or undefined. */
  readonly get: (key: string) => Effect.Effect<unknown, StoreError>
  readonly set: (key: string, value: unknown) => Effect.Effect<void, StoreError>
}

export const make = (db: Db): SettingsRepository => ({
  get: (key) =>
    run("reading a setting", () =>
      db.selectFrom("setting").select("value").where("key", "=", key).executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? (JSON.parse(r.value) as unknown) : undefined))),
  set: (key, value) =>
    run("writing a setting", () =>
      db
        .insertInto("setting")
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(value) }))
        .execute(),
    ).pipe(Effect.asVoid),
})
