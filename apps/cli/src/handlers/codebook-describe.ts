import { Codebook, Manual } from "@valuelens/coding"
import { Effect, Option } from "effect"
import * as CodebookView from "../CodebookView.js"
import type { config } from "../commands/codebook-describe.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = (a: Input<typeof config>) =>
  withWorkspace(a.project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const code = yield* Manual.getCode(p.store, a.code)
      if (Option.isSome(a.definition))
        yield* Codebook.checkEditable(registry, code, "change the definition of")
      const described = yield* Manual.describeCode(p.store, code.id, {
        ...(Option.isSome(a.definition) ? { description: a.definition.value } : {}),
        ...(Option.isSome(a.include) ? { inclusion: a.include.value } : {}),
        ...(Option.isSome(a.exclude) ? { exclusion: a.exclude.value } : {}),
        ...(a.example.length > 0 ? { examples: a.example } : {}),
      })
      yield* Output.result(
        a.json,
        described,
        () => `${CodebookView.definition(described)}\nUndo with: valuelens code undo`,
      )
    }),
  )
