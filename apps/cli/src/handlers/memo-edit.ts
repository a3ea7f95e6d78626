import { Manual } from "@valuelens/coding"
import { Effect, Option } from "effect"
import type { config } from "../commands/memo-edit.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = (a: Input<typeof config>) =>
  withProject(a.project, (p) =>
    Effect.gen(function* () {
      const m = yield* Lookup.memo(p.store, a.memo)
      const edited = yield* Manual.editMemo(p.store, m, {
        ...(Option.isSome(a.text) ? { text: a.text.value } : {}),
        ...(Option.isSome(a.title) ? { title: a.title.value } : {}),
      })
      yield* Output.result(a.json, edited, () => `Edited memo ${m.id}. Undo with: valuelens code undo`)
    }),
  )
