import { Codebook, Manual } from "@valuelens/coding"
import { Effect } from "effect"
import * as CodebookView from "../CodebookView.js"
import type { config } from "../commands/codebook-merge.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ code, into, dryRun, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const from = yield* Manual.getCode(p.store, code)
      yield* Codebook.checkEditable(registry, from, "merge away")
      if (dryRun) {
        const preview = yield* Manual.previewMerge(p.store, from.id, into)
        const { handle } = yield* Lookup.sources(p.store)
        return yield* Output.result(json, { dryRun, ...preview }, () =>
          CodebookView.preview(`Merging ${from.id} into ${into}`, preview, handle, {
            children: "move",
            memos: "move",
          }),
        )
      }
      const merged = yield* Manual.mergeCodes(p.store, from.id, into)
      yield* Output.result(
        json,
        merged,
        () =>
          `Merged ${from.id} into ${into}: ${merged.moved} coding(s) moved, ${merged.collapsed} collapsed into ones already there. Undo with: valuelens code undo`,
      )
    }),
  )
