import { Analyses, Coders } from "@valuelens/coding"
import { Registry } from "@valuelens/plugin-api"
import { Effect } from "effect"
import type { config } from "../commands/analyze-links.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Selection from "../Selection.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ coders, consensus, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const selection = yield* Selection.of(p.store, coders, consensus)
      const rows = Coders.select(yield* p.store.codings.rows({ status: ["accepted"] }), selection)
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
  )
