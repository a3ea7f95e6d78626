import { Effect } from "effect"
import * as CodebookView from "../CodebookView.js"
import type { config } from "../commands/codebook-list.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const rows = yield* Effect.forEach(CodebookView.tree(yield* p.store.codes.list()), ({ code, depth }) =>
        Effect.map(p.store.codings.count({ codeIds: [code.id], status: ["accepted"] }), (codings) => ({
          ...code,
          depth,
          codings,
        })),
      )
      yield* Output.result(json, rows, () =>
        rows.length === 0
          ? "The codebook is empty. Make a code with: valuelens codebook create NAME"
          : Output.table(
              ["code", "id", "kind", "codings"],
              rows.map((r) => [`${"  ".repeat(r.depth)}${r.name}`, r.id, r.kind, r.codings]),
              3,
            ),
      )
    }),
  )
