import { Effect } from "effect"
import type { config } from "../commands/status.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const counts = yield* p.store.counts()
      // the handles and ids that `show`, `code add SOURCE …` and `--source` take, with what a researcher
      // recognises them by
      const found = yield* Lookup.sources(p.store)
      const sources = found.list.map((s) => ({
        id: s.id,
        handle: found.handle.get(s.id)!,
        kind: s.kind,
        file: s.fileName ?? null,
        title: s.title,
        participant: s.participantId ?? null,
        length: s.length,
      }))
      const summary = {
        project: p.dir,
        name: p.config.name,
        database: p.database,
        plugins: p.config.plugins,
        counts,
        sources,
      }
      yield* Output.result(json, summary, () =>
        [
          `${p.config.name} (${p.dir})`,
          `plugins: ${p.config.plugins.join(", ") || "none"}`,
          Output.table(
            ["", "count"],
            Object.entries(counts).map(([k, v]) => [k, v]),
          ),
          ...(sources.length === 0
            ? []
            : [
                "",
                Output.table(
                  ["source", "kind", "title", "participant", "characters"],
                  sources.map((s) => [
                    s.handle,
                    s.kind,
                    Output.clip(s.title, 32),
                    s.participant ?? "",
                    s.length,
                  ]),
                ),
              ]),
        ].join("\n"),
      )
    }),
  )
