import { Locations, Search } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import type { config } from "../commands/search.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ text, regex, ignoreCase, kwic, source, format, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const pattern = yield* Effect.try({
        try: () => (regex ? new RegExp(text, ignoreCase ? "giu" : "gu") : Search.phrase(text)),
        catch: (e) =>
          new BadInput({
            reason: "invalid-pattern",
            field: "text",
            message: `"${text}" is not a regular expression: ${e instanceof Error ? e.message : String(e)}`,
          }),
      })
      if (!regex && !Search.indexQuery(text))
        return yield* new BadInput({
          reason: "invalid-pattern",
          field: "text",
          message: `"${text}" has no letters or digits to search for (use --regex for other patterns)`,
        })
      const found = yield* Lookup.sources(p.store)
      const only = new Set((yield* Effect.forEach(source, found.find)).map((s) => s.id))
      // a phrase is looked up in the full-text index first, so only the sources holding it are read
      const candidates = regex
        ? found.list.map((s) => s.id)
        : yield* p.store.sources.matching(Search.indexQuery(text)!)
      const hits: Array<
        Search.Hit & {
          source: string
          sourceId: string
          title: string
          participant: string | null
          place: string | null
        }
      > = []
      for (const id of candidates) {
        if (only.size > 0 && !only.has(id)) continue
        const s = (yield* p.store.sources.get(id))!
        const inSource = Search.find(s.text, pattern, Math.max(0, kwic))
        if (inSource.length === 0) continue
        const cite = Locations.citer(s.text, yield* p.store.turns.forSource(id))
        for (const h of inSource)
          hits.push({
            source: found.handle.get(id)!,
            sourceId: id,
            title: s.title,
            participant: s.participantId ?? null,
            place: cite(h.start) ?? null,
            ...h,
          })
      }
      const sources = new Set(hits.map((h) => h.sourceId)).size
      if (format === "csv" && !json)
        return yield* Effect.sync(() =>
          process.stdout.write(
            Output.csv(
              ["source", "place", "participant", "start", "end", "before", "match", "after"],
              hits.map((h) => [h.source, h.place, h.participant, h.start, h.end, h.before, h.match, h.after]),
            ),
          ),
        )
      yield* Output.result(json, { query: text, regex, matches: hits.length, sources, hits }, () => {
        if (hits.length === 0) return `No match for "${text}".`
        const where = (h: (typeof hits)[number]) => `${h.source} ${h.place ?? ""}`.trimEnd()
        const w = Math.max(...hits.map((h) => [...where(h)].length))
        const left = Math.max(...hits.map((h) => Math.min(40, [...h.before].length)))
        const lines = hits.map((h) => {
          const before = [...h.before]
          const shown =
            before.length > left ? `…${before.slice(before.length - left + 1).join("")}` : h.before
          return `${where(h).padEnd(w)}  ${shown.padStart(left)} [${h.match.replace(/\s+/g, " ")}] ${Output.clip(h.after, 40)}`
        })
        return [...lines, `${hits.length} match(es) in ${sources} source(s).`].join("\n")
      })
    }),
  )
