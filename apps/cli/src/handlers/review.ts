import { Review } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/review.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({
  accept,
  reject,
  acceptAll,
  rejectAll,
  code,
  source,
  minScore,
  order,
  project,
  json,
}: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const found = yield* Lookup.sources(p.store)
      const filter = {
        codeIds: code,
        sourceIds: (yield* Effect.forEach(source, found.find)).map((s) => s.id),
        ...(Option.isSome(minScore) ? { minScore: minScore.value } : {}),
      }
      const actions = [accept.length > 0, reject.length > 0, acceptAll, rejectAll].filter(Boolean).length
      if (actions > 1)
        return yield* new BadInput({
          reason: "conflicting-flags",
          field: "accept",
          message: "use one of --accept, --reject, --accept-all or --reject-all at a time",
        })
      if (actions === 1) {
        const decided = yield* p.store.transaction((tx) =>
          accept.length > 0
            ? Effect.map(Review.accept(tx, accept), (n) => ({ accepted: n, rejected: 0 }))
            : reject.length > 0
              ? Effect.map(Review.reject(tx, reject), (n) => ({ accepted: 0, rejected: n }))
              : acceptAll
                ? Effect.map(Review.acceptAll(tx, filter), (n) => ({ accepted: n, rejected: 0 }))
                : Effect.map(Review.rejectAll(tx, filter), (n) => ({ accepted: 0, rejected: n })),
        )
        const left = yield* p.store.codings.count({ status: ["suggested"] })
        return yield* Output.result(json, { ...decided, waiting: left }, () =>
          [
            decided.accepted > 0 ? `Accepted ${decided.accepted} suggestion(s).` : "",
            decided.rejected > 0 ? `Rejected ${decided.rejected} suggestion(s).` : "",
            decided.accepted + decided.rejected === 0 ? "Nothing changed." : "",
            `${left} suggestion(s) still waiting. Undo with: valuelens code undo`,
          ]
            .filter((x) => x)
            .join("\n"),
        )
      }
      const listed = yield* Review.queue(p.store, filter)
      const queue = order === "uncertainty" ? Review.byUncertainty(listed) : listed
      yield* Output.result(
        json,
        queue.map((q) => ({
          id: q.codingId,
          source: q.sourceId,
          sourceHandle: found.handle.get(q.sourceId) ?? null,
          participant: q.participantId ?? null,
          start: q.start,
          end: q.end,
          text: q.text,
          code: q.codeId,
          score: q.score ?? null,
          origin: q.origin,
          explanation: q.explanation ?? null,
        })),
        () =>
          queue.length === 0
            ? "No suggestions are waiting."
            : `${Output.table(
                ["id", "source", "range", "code", "score", "text"],
                queue.map((q) => [
                  q.codingId,
                  found.handle.get(q.sourceId) ?? q.sourceId,
                  `${q.start}–${q.end}`,
                  q.codeId,
                  q.score ?? "",
                  Output.clip(q.text, 40),
                ]),
              )}\n${queue.length} suggestion(s) waiting.`,
      )
    }),
  )
