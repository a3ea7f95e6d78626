import { Effect } from "effect"
import type { config } from "../commands/memo-show.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = (a: Input<typeof config>) =>
  withProject(a.project, (p) =>
    Effect.gen(function* () {
      const m = yield* Lookup.memo(p.store, a.memo)
      const { handle } = yield* Lookup.sources(p.store)
      yield* Output.result(a.json, m, () =>
        [
          `${m.id} on ${Lookup.attachedTo(m, handle)} by ${m.author}, ${m.createdAt}`,
          ...(m.title ? [m.title] : []),
          "",
          m.text,
        ].join("\n"),
      )
    }),
  )
