import { Search } from "@valuelens/coding"
import { Text } from "@valuelens/core"
import { Effect } from "effect"
import type { config } from "../commands/analyze-words.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ top, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const groups = new Map((yield* p.store.participants.list()).map((x) => [x.id, x.group]))
      // participants' own words only: interviewer turns are questions, not evidence
      const texts = new Map<string, string[]>()
      for (const s of yield* p.store.sources.listWithText()) {
        const group = s.kind === "interview" ? (groups.get(s.participantId ?? "") ?? "other") : s.kind
        const turns = yield* p.store.turns.forSource(s.id)
        const map = new Text.OffsetMap(s.text)
        const spoken =
          turns.length > 0
            ? turns.filter((t) => !t.interviewer).map((t) => map.slice(t.start, t.end).replace(/^[^:]*:/, ""))
            : [s.text]
        texts.set(group, [...(texts.get(group) ?? []), ...spoken])
      }
      const result = [...texts]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([group, ts]) => ({
          group,
          words: Search.frequencies(ts, { stopwords: Search.stopwords, minLength: 3 }).slice(
            0,
            Math.max(1, top),
          ),
        }))
      yield* Output.result(json, result, () =>
        result
          .map((g) => `${g.group}\n${g.words.map((w) => `  ${w.word} ${w.count}`).join("\n")}`)
          .join("\n\n"),
      )
    }),
  )
