import { Analyses, Coders } from "@valuelens/coding"
import { Effect } from "effect"
import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

export const analyzeFrequencies = Command.make(
  "frequencies",
  { coders: Flags.coders, consensus: Flags.consensus, project: Flags.project, json: Flags.json },
  ({ coders, consensus, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        const rows = Coders.select(
          yield* p.store.codings.rows({ status: ["accepted"] }),
          yield* Selection.of(p.store, coders, consensus),
        )
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
    ),
).pipe(Command.withDescription("per code: segments, sources and participants, by participant group"))
