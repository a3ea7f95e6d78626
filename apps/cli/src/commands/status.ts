import { Effect } from "effect"
import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const status = Command.make(
  "status",
  { project: Flags.project, json: Flags.json },
  ({ project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        const counts = yield* p.store.counts()
        const summary = {
          project: p.dir,
          name: p.config.name,
          database: p.database,
          plugins: p.config.plugins,
          counts,
        }
        yield* Output.result(json, summary, () =>
          [
            `${p.config.name} (${p.dir})`,
            `plugins: ${p.config.plugins.join(", ") || "none"}`,
            Output.table(
              ["", "count"],
              Object.entries(counts).map(([k, v]) => [k, v]),
            ),
          ].join("\n"),
        )
      }),
    ),
).pipe(Command.withDescription("summarise a project: sources, participants, codes, codings"))
