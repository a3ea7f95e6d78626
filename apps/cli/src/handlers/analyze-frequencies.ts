import { Analyses, Coders } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/analyze-frequencies.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

export const run = ({ coders, consensus, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const selection = yield* Selection.of(p.store, coders, consensus)
      const rows = Coders.select(yield* p.store.codings.rows({ status: ["accepted"] }), selection)
      const freq = Analyses.frequencies(rows)
      const groups = [...new Set(freq.flatMap((f) => Object.keys(f.groups)))].sort()
      yield* Output.result(json, freq, () =>
        freq.length === 0
          ? "No accepted codings yet."
          : Output.table(
              ["code", "segments", "sources", "participants", ...groups.map((g) => `${g} (participants)`)],
              freq.map((f) => [
                f.code,
                f.segments,
                f.sources,
                f.participants,
                ...groups.map((g) => f.groups[g]?.participants ?? 0),
              ]),
            ),
      )
    }),
  )
