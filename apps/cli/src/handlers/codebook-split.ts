import { Manual } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/codebook-split.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = (a: Input<typeof config>) =>
  withProject(a.project, (p) =>
    Effect.gen(function* () {
      const code = yield* Manual.getCode(p.store, a.code)
      if (a.codings.length === 0 && a.sources.length === 0 && Option.isNone(a.containing))
        return yield* new BadInput({
          reason: "nothing-chosen",
          field: "codings",
          message:
            "say which codings go to the new code: --codings IDS, --sources SOURCES or --containing TEXT",
        })
      const found = yield* Lookup.sources(p.store)
      const sourceIds = new Set(
        yield* Effect.forEach(a.sources, (s) => Effect.map(found.find(s), (x) => x.id)),
      )
      const ids = new Set(a.codings)
      const text = Option.map(a.containing, (t) => t.toLowerCase())
      const chosen = (yield* p.store.codings.rows({ codeIds: [code.id] })).filter(
        (r) =>
          (ids.size === 0 || ids.has(r.codingId)) &&
          (sourceIds.size === 0 || sourceIds.has(r.sourceId)) &&
          (Option.isNone(text) || r.text.toLowerCase().includes(text.value)),
      )
      const unknown = [...ids].filter((id) => !chosen.some((r) => r.codingId === id))
      if (unknown.length > 0 && a.sources.length === 0 && Option.isNone(a.containing))
        return yield* new BadInput({
          reason: "wrong-code",
          field: "codings",
          message: `${unknown.join(", ")} ${unknown.length === 1 ? "is not a coding" : "are not codings"} of ${code.id}`,
        })
      const id = Manual.freeCodeId(a.name, new Set((yield* p.store.codes.list()).map((c) => c.id)))
      const lines = () =>
        Output.table(
          ["coding", "source", "participant", "passage"],
          chosen.map((r) => [
            r.codingId,
            found.handle.get(r.sourceId) ?? r.sourceId,
            r.participantId ?? "",
            Output.clip(r.text, 40),
          ]),
          4,
        )
      if (a.dryRun)
        return yield* Output.result(a.json, { dryRun: true, id, codings: chosen }, () =>
          [
            `Splitting ${code.id} would move ${chosen.length} coding(s) to ${a.name} (${id})${chosen.length > 0 ? ":" : "."}`,
            ...(chosen.length > 0 ? [lines()] : []),
            "Nothing was changed (--dry-run).",
          ].join("\n"),
        )
      if (chosen.length === 0)
        return yield* new BadInput({
          reason: "nothing-chosen",
          field: "codings",
          message: `no coding of ${code.id} matches what was asked; nothing was changed`,
        })
      const created = yield* Manual.splitCode(
        p.store,
        code.id,
        { id, name: a.name.trim() },
        chosen.map((r) => r.codingId),
      )
      yield* Output.result(
        a.json,
        { code: created, moved: chosen.length },
        () =>
          `Split ${chosen.length} coding(s) of ${code.id} into ${created.name} (${created.id}). Undo with: valuelens code undo`,
      )
    }),
  )
