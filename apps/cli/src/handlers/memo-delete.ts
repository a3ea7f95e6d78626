import { Manual } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/memo-delete.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = (a: Input<typeof config>) =>
  withProject(a.project, (p) =>
    Effect.gen(function* () {
      const m = yield* Lookup.memo(p.store, a.memo)
      yield* Manual.removeMemo(p.store, m)
      yield* Output.result(
        a.json,
        { deleted: m.id },
        () => `Deleted memo ${m.id}. Undo with: valuelens code undo`,
      )
    }),
  )
