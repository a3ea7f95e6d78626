import { Analyses } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/analyze-frequencies.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const rows = yield* p.store.codings.rows({ status: ["accepted"] })
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
