import { Analyses, Coders } from "@valuelens/coding"
import { Registry } from "@valuelens/plugin-api"
import { Effect } from "effect"
import { Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withWorkspace } from "../Workspace.js"

export const analyzeLinks = Command.make(
  "links",
  { coders: Flags.coders, consensus: Flags.consensus, project: Flags.project, json: Flags.json },
  ({ coders, consensus, project, json }) =>
    withWorkspace(project, ({ project: p, registry }) =>
      Effect.gen(function* () {
        const rows = Coders.select(
          yield* p.store.codings.rows({ status: ["accepted"] }),
          yield* Selection.of(p.store, coders, consensus),
        )
        const links = Analyses.links(rows, Registry.model(registry))
        yield* Output.result(json, links, () =>
          links.cells.length === 0
            ? "No factor or value codes are in use yet."
            : Output.table(
                ["factor", "value", "count", "c", "participants", "model"],
                links.cells.map((l) => [
                  l.factor,
                  l.value,
                  l.count,
                  l.c.toFixed(3),
                  l.participants.join(", "),
                  l.expected ? "drives" : "",
                ]),
              ),
        )
      }),
    ),
).pipe(Command.withDescription("factor × value co-occurrence with the participants behind each cell"))
