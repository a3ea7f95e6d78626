import { Manual } from "@valuelens/coding"
import { Effect } from "effect"
import * as CodebookView from "../CodebookView.js"
import type { config } from "../commands/codebook-show.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ code, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const d = yield* Manual.definitionOf(p.store, code)
      const count = (status: "accepted" | "suggested") =>
        p.store.codings.count({ codeIds: [d.code.id], status: [status] })
      const accepted = yield* count("accepted")
      const suggested = (yield* count("suggested")) + (yield* p.store.pending.count({ codeIds: [d.code.id] }))
      const children = (yield* p.store.codes.list()).filter((c) => c.parentId === d.code.id).map((c) => c.id)
      const memos = (yield* p.store.memos.list("code", d.code.id)).length
      yield* Output.result(json, { ...d, accepted, suggested, children, memos }, () =>
        [
          CodebookView.definition(d),
          `Codings: ${accepted} accepted, ${suggested} suggested; sub-codes: ${children.length > 0 ? children.join(", ") : "none"}; memos: ${memos}`,
        ].join("\n"),
      )
    }),
  )
