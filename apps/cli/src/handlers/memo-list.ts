import { Effect, Option } from "effect"
import type { config } from "../commands/memo-list.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ source, code, author, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const found = yield* Lookup.sources(p.store)
      const sourceId = Option.isSome(source) ? (yield* found.find(source.value)).id : undefined
      const memos = (yield* p.store.memos.list())
        .filter(
          (m) =>
            (sourceId === undefined || (m.target === "source" && m.targetId === sourceId)) &&
            (Option.isNone(code) || (m.target === "code" && m.targetId === code.value)) &&
            (Option.isNone(author) || m.author === author.value),
        )
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      // ids as short as they can be while each stays unique, for `memo show` and `memo edit`
      let width = 9
      while (new Set(memos.map((m) => m.id.slice(0, width))).size < memos.length) width++
      yield* Output.result(json, memos, () =>
        memos.length === 0
          ? "No memos."
          : Output.table(
              ["memo", "on", "author", "date", "memo text"],
              memos.map((m) => [
                m.id.slice(0, width),
                Output.clip(Lookup.attachedTo(m, found.handle), 24),
                m.author,
                m.createdAt.slice(0, 10),
                Output.clip(m.title ? `${m.title}: ${m.text}` : m.text, 40),
              ]),
            ),
      )
    }),
  )
