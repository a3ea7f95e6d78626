import { Analyses, Coders } from "@valuelens/coding"
import { Effect } from "effect"
import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

export const analyzeCooccurrence = Command.make(
  "cooccurrence",
  { coders: Flags.coders, consensus: Flags.consensus, project: Flags.project, json: Flags.json },
  ({ coders, consensus, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        const rows = Coders.select(
          yield* p.store.codings.rows({ status: ["accepted"] }),
          yield* Selection.of(p.store, coders, consensus),
        )
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
    ),
).pipe(
  Command.withDescription(
    "code pairs on the same passages (overlapping coded segments), with the c-coefficient",
  ),
)
