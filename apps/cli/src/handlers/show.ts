import { Locations } from "@valuelens/coding"
import { Text } from "@valuelens/core"
import { Effect } from "effect"
import type { config } from "../commands/show.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ source, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const found = yield* Lookup.sources(p.store)
      const summary = yield* found.find(source)
      const full = (yield* p.store.sources.get(summary.id))!
      const units = Locations.units(full.text, yield* p.store.turns.forSource(full.id))
      const map = new Text.OffsetMap(full.text)
      const handle = found.handle.get(full.id)!
      const turns = units.map((u) => ({
        turn: u.number,
        speaker: u.speaker ?? null,
        interviewer: u.interviewer,
        start: u.start,
        end: u.end,
        sentences: u.sentences.map((s, i) => ({
          sentence: i + 1,
          start: s.start,
          end: s.end,
          text: map.slice(s.start, s.end),
        })),
      }))
      yield* Output.result(
        json,
        {
          id: full.id,
          handle,
          title: full.title,
          kind: full.kind,
          participant: full.participantId ?? null,
          turns,
        },
        () => {
          const width = `${units.length}.${Math.max(1, ...units.map((u) => u.sentences.length))}`.length
          const lines = turns.flatMap((t) =>
            t.sentences.length === 0
              ? [`${String(t.turn).padEnd(width)}  ${t.speaker ?? ""}`]
              : t.sentences.map(
                  (s) =>
                    `${`${t.turn}.${s.sentence}`.padEnd(width)}  ${s.sentence === 1 && t.speaker ? `${t.speaker}: ` : ""}${s.text.replace(/\s+/g, " ")}`,
                ),
          )
          const who = full.participantId ? ` · ${full.participantId}` : ""
          return [
            `${full.title} (${handle}) · ${full.kind}${who} · ${units.length} ${full.kind === "interview" ? "turns" : "paragraphs"}`,
            ...lines,
            "",
            `Code a passage with: valuelens code add ${handle}:TURN.SENTENCE CODE`,
          ].join("\n")
        },
      )
    }),
  )
