import { Manual } from "@valuelens/coding"
import { BadInput, type MemoTarget } from "@valuelens/core"
import { Effect, Option } from "effect"
import * as Coder from "../Coder.js"
import type { config } from "../commands/memo-add.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ text, source, code, segment, title, author, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p }) =>
    Effect.gen(function* () {
      const targets = (
        [
          ["source", source],
          ["code", code],
          ["segment", segment],
        ] as const
      ).filter(([, v]) => Option.isSome(v))
      if (targets.length > 1)
        return yield* new BadInput({
          reason: "conflicting-flags",
          field: "source",
          message:
            "a memo attaches to one thing: give one of --source, --code or --segment (or none for the project)",
        })
      const [kind, named] = targets[0] ?? ["project", Option.none<string>()]
      const id =
        kind === "source" && Option.isSome(named)
          ? Option.some((yield* (yield* Lookup.sources(p.store)).find(named.value)).id)
          : named
      const memo = yield* p.store.transaction((tx) =>
        Effect.gen(function* () {
          return yield* Manual.addMemo(tx, {
            target: kind as MemoTarget,
            ...(Option.isSome(id) ? { targetId: id.value } : {}),
            text,
            author: Coder.current(author),
            ...(Option.isSome(title) ? { title: title.value } : {}),
          })
        }),
      )
      yield* Output.result(
        json,
        memo,
        () => `Added memo ${memo.id} on ${kind}${Option.isSome(named) ? ` ${named.value}` : ""}`,
      )
    }),
  )
