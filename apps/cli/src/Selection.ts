/** The coder selection of `--coders` and `--consensus`, checked against the project's coders. */
import { Coders } from "@valuelens/coding"
import type { BadInput } from "@valuelens/core"
import type { Store, StoreError } from "@valuelens/store"
import { Effect, Option } from "effect"

export const of = (
  store: Store,
  coders: ReadonlyArray<string>,
  consensus: Option.Option<number>,
): Effect.Effect<Coders.Selection, BadInput | StoreError> =>
  Effect.flatMap(store.coders.list(), (known) =>
    Coders.check(
      { coders, consensus: Option.getOrUndefined(consensus) },
      known.map((c) => c.id),
    ),
  )
