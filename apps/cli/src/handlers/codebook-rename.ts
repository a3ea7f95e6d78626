import { Codebook, Manual } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/codebook-rename.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ code, name, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const before = yield* Manual.getCode(p.store, code)
      yield* Codebook.checkEditable(registry, before, "rename")
      const after = yield* Manual.renameCode(p.store, before.id, name)
      yield* Output.result(
        json,
        after,
        () => `Renamed ${after.id} from ${before.name} to ${after.name}. Undo with: valuelens code undo`,
      )
    }),
  )
