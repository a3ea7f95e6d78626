import { Analyses } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/analyze-matrix.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ by, measure, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const rows = yield* p.store.codings.rows({ status: ["accepted"] })
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
