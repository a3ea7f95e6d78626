import { Analyses } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/analyze-cooccurrence.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const rows = yield* p.store.codings.rows({ status: ["accepted"] })
      const table = Analyses.cooccurrence(rows)
      yield* Output.result(json, table, () =>
        table.pairs.length === 0
          ? "No codes co-occur yet."
          : `${Output.table(
              ["code a", "code b", "count", "n1", "n2", "c"],
              table.pairs.map((x) => [
                x.a,
                x.b,
                x.count,
                x.n1,
                x.n2,
                `${x.c.toFixed(3)}${x.outOfRange ? " (>1: overlapping segments)" : ""}`,
              ]),
            )}\nc = n12 / (n1 + n2 − n12): n12 co-occurring segment pairs, n1 and n2 segments of each code`,
      )
    }),
  )
