import { Analyses, Coders } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/analyze-cooccurrence.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

export const run = ({ coders, consensus, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const selection = yield* Selection.of(p.store, coders, consensus)
      const rows = Coders.select(yield* p.store.codings.rows({ status: ["accepted"] }), selection)
      const table = Analyses.cooccurrence(rows)
      yield* Output.result(json, table, () =>
        table.pairs.length === 0
          ? "No codes co-occur yet."
          : `${Output.table(
              ["code a", "code b", "count", "n1", "n2", "c"],
              table.pairs.map((x) => [x.a, x.b, x.count, x.n1, x.n2, x.c.toFixed(3)]),
            )}\nc = n12 / (n1 + n2 − n12): n12 passages carrying both codes, n1 and n2 passages carrying each (a passage: overlapping coded segments joined)`,
      )
    }),
  )
