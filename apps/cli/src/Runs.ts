/** Records an analysis as a named, dated run with its parameters (`--save NAME`), which reports show. */
import type { RunKind, Store, StoreError } from "@valuelens/store"
import { Effect, Option } from "effect"
import * as Output from "./Output.js"

export const save = (
  store: Store,
  name: Option.Option<string>,
  kind: RunKind,
  parameters: unknown,
  result: unknown,
): Effect.Effect<void, StoreError> =>
  Option.match(name, {
    onNone: () => Effect.void,
    onSome: (n) =>
      Effect.gen(function* () {
        const at = new Date().toISOString()
        yield* store.runs.save({ kind, name: n, at, parameters, result })
        yield* Output.message(`Saved as the ${kind} run "${n}" (${at}); reports show it (report --run ${n}).`)
      }),
  })
