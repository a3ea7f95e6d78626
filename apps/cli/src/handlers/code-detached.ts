import { Detached } from "@valuelens/coding"
import { Effect, Option } from "effect"
import type { dropConfig, listConfig, placeConfig } from "../commands/code-detached.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const list = ({ source, project, json }: Input<typeof listConfig>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const found = yield* Lookup.sources(p.store)
      const only = Option.isSome(source) ? [(yield* found.find(source.value)).id] : undefined
      const detached = yield* Detached.list(p.store, only)
      yield* Output.result(json, detached, () =>
        detached.length === 0
          ? "No detached codings."
          : [
              Output.table(
                ["coding", "source", "was at", "code", "coder", "status", "words"],
                detached.map((d) => [
                  d.coding.id,
                  found.handle.get(d.segment.sourceId) ?? d.segment.sourceId,
                  `${d.segment.start}-${d.segment.end}`,
                  d.coding.codeId,
                  d.coding.coderId,
                  d.coding.status,
                  Output.clip(d.segment.text, 40),
                ]),
              ),
              "",
              "Place one with: valuelens code detached place CODING START END; or drop it: valuelens code detached drop CODING",
            ].join("\n"),
      )
    }),
  )

export const place = ({ coding, range, project, json }: Input<typeof placeConfig>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const [start, end] = range as [number, number]
      const placed = yield* Detached.place(p.store, coding, start, end)
      yield* Output.result(
        json,
        placed,
        () => `Placed ${coding} (${placed.coding.codeId}) on ${start}–${end}: "${placed.segment.text}"`,
      )
    }),
  )

export const drop = ({ codings, project, json }: Input<typeof dropConfig>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const n = yield* Detached.drop(p.store, codings)
      yield* Output.result(
        json,
        { dropped: codings },
        () => `Dropped ${n} detached coding${n === 1 ? "" : "s"}. Undo with: valuelens code undo`,
      )
    }),
  )
