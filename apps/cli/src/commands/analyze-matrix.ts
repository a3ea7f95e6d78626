import { Analyses, Coders } from "@valuelens/coding"
import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

export const analyzeMatrix = Command.make(
  "matrix",
  {
    by: Flag.Literals("by", ["group", "source", "document-type"]).pipe(
      Flag.withDescription("columns: participant group, source, or document type"),
      Flag.withDefault("group" as const),
    ),
    measure: Flag.Literals("measure", ["segments", "participants", "sources"]).pipe(
      Flag.withDescription("what each cell counts"),
      Flag.withDefault("segments" as const),
    ),
    coders: Flags.coders,
    consensus: Flags.consensus,
    project: Flags.project,
    json: Flags.json,
  },
  ({ by, measure, coders, consensus, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        const rows = Coders.select(
          yield* p.store.codings.rows({ status: ["accepted"] }),
          yield* Selection.of(p.store, coders, consensus),
        )
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
    ),
).pipe(Command.withDescription("code × participant group, code × source, or code × document type"))
