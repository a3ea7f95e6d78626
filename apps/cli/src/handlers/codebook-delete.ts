import { Codebook, Manual } from "@valuelens/coding"
import { Effect } from "effect"
import * as CodebookView from "../CodebookView.js"
import type { config } from "../commands/codebook-delete.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ code, dryRun, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const target = yield* Manual.getCode(p.store, code)
      yield* Codebook.checkEditable(registry, target, "delete")
      if (dryRun) {
        const preview = yield* Manual.previewDelete(p.store, target.id)
        const { handle } = yield* Lookup.sources(p.store)
        return yield* Output.result(json, { dryRun, ...preview }, () =>
          CodebookView.preview(`Deleting ${target.id}`, preview, handle, {
            children: "move up",
            memos: "remove",
          }),
        )
      }
      const deleted = yield* Manual.deleteCode(p.store, target.id)
      yield* Output.result(
        json,
        deleted,
        () =>
          `Deleted ${target.id} and its ${deleted.codings} coding(s)${deleted.children.length > 0 ? `; ${deleted.children.join(", ")} moved up` : ""}. Undo with: valuelens code undo`,
      )
    }),
  )
