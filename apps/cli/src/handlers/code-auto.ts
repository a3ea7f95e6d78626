import { AutoCoder, Lexicon } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/code-auto.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ accept, codes, sources, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const rules = yield* Lexicon.compile(Lexicon.fromPlugins(registry.plugins))
      let bar: ReturnType<typeof Output.progress> | undefined
      let total = 0
      const summary = yield* p.store
        .transaction((tx) =>
          Effect.gen(function* () {
            return yield* AutoCoder.run(tx, rules, {
              accept,
              codes,
              sources,
              onProgress: (done, all) => {
                total = all
                bar ??= Output.progress("auto-coding", all)
                bar.tick(done)
              },
            })
          }),
        )
        .pipe(Effect.ensuring(Effect.sync(() => bar?.end())))
      for (const s of summary.skipped) yield* Output.message(`skipped ${s.source}: ${s.reason}`)
      if (rules.size === 0)
        yield* Output.message("no lexicons: the project's plugins contribute no auto-coding rules")
      yield* Output.result(json, summary, () =>
        [
          `Auto-coded ${summary.sources} of ${total} source(s), ${(summary.bytes / 1e6).toFixed(1)} MB: ${summary.suggestions} suggestion(s)`,
          `  added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, withdrawn ${summary.withdrawn}; ${summary.decided} already decided by a person, left as they were`,
          accept ? "  stored as accepted" : "  review them with: valuelens review",
        ].join("\n"),
      )
    }),
  )
