import { Analyses, Coders } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/analyze-matrix.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

export const run = ({ by, measure, coders, consensus, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const selection = yield* Selection.of(p.store, coders, consensus)
      const rows = Coders.select(yield* p.store.codings.rows({ status: ["accepted"] }), selection)
      const m = Analyses.matrix(rows, by === "document-type" ? "documentType" : by, measure)
      yield* Output.result(json, m, () =>
        m.rows.length === 0
          ? "No accepted codings yet."
          : `${measure} per code × ${by}\n${Output.table(
              ["code", ...m.columns],
              m.rows.map((r, i) => [r, ...m.cells[i]!]),
            )}`,
      )
    }),
  )
