import { AutoCoder, Lexicon, Links, ModelEngine } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/code-auto.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({ engine, accept, codes, sources, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const rules = yield* Lexicon.compile(Lexicon.fromPlugins(registry.plugins))
      const now = new Date().toISOString()
      const languages = [
        ...new Set((yield* p.store.sources.list()).map((s) => Lexicon.primaryLanguage(s.language ?? "en"))),
      ]
      const engines: Array<AutoCoder.Engine | undefined> = []
      if (engine !== "model") engines.push(undefined)
      if (engine !== "rules") {
        const models = yield* ModelEngine.models(p.store, registry.plugins, rules, { now, languages })
        engines.push(ModelEngine.engine(models, rules))
      }
      // with --engine both, one summary per engine (a list in --json)
      const finished: Array<{ readonly engine: string; readonly total: number } & AutoCoder.RunSummary> = []
      for (const e of engines) {
        let bar: ReturnType<typeof Output.progress> | undefined
        let total = 0
        const name = e ? "model" : "rules"
        const summary = yield* p.store
          .transaction((tx) =>
            AutoCoder.run(tx, rules, {
              accept,
              codes,
              sources,
              now,
              ...(e
                ? { engine: e }
                : { links: Links.fromFramework(ModelEngine.frameworkOf(registry.plugins)) }),
              onProgress: (done, all) => {
                total = all
                bar ??= Output.progress(`auto-coding (${name})`, all)
                bar.tick(done)
              },
            }),
          )
          .pipe(Effect.ensuring(Effect.sync(() => bar?.end())))
        for (const s of summary.skipped) yield* Output.message(`skipped ${s.source}: ${s.reason}`)
        if (!e && rules.size === 0)
          yield* Output.message("no lexicons: the project's plugins contribute no auto-coding rules")
        finished.push({ engine: name, total, ...summary })
      }
      const human = ({ engine: name, total, ...summary }: (typeof finished)[number]) =>
        [
          `Auto-coded (${name}) ${summary.sources} of ${total} source(s), ${(summary.bytes / 1e6).toFixed(1)} MB: ${summary.suggestions} suggestion(s)`,
          `  added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, withdrawn ${summary.withdrawn}; ${summary.decided} already decided by a person, left as they were`,
          accept ? "  stored as accepted" : "  review them with: valuelens review",
        ].join("\n")
      const summaries = finished.map(({ total: _, ...summary }) => summary)
      yield* Output.result(json, summaries.length === 1 ? summaries[0] : summaries, () =>
        finished.map(human).join("\n"),
      )
    }),
  )
