import { Codebook, Manual } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/codebook-move.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ code, parent, top, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      if (Option.isSome(parent) === top)
        return yield* new BadInput({
          reason: "conflicting-flags",
          field: "parent",
          message: "say where the code goes: --parent CODE, or --top for the top of the tree",
        })
      const before = yield* Manual.getCode(p.store, code)
      yield* Codebook.checkEditable(registry, before, "move")
      const after = yield* Manual.moveCode(p.store, before.id, Option.getOrUndefined(parent))
      yield* Output.result(
        json,
        after,
        () =>
          `Moved ${after.id} ${after.parentId ? `under ${after.parentId}` : "to the top"}. Undo with: valuelens code undo`,
      )
    }),
  )
