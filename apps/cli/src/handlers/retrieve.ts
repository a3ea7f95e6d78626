import { Locations, Retrieval } from "@valuelens/coding"
import { BadInput, type Source } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/retrieve.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

const near = (raw: string) => {
  const m = /^(.+):(\d+)$/.exec(raw.trim())
  return m
    ? Effect.succeed({ code: m[1]!, words: Number(m[2]) })
    : Effect.fail(
        new BadInput({
          reason: "invalid-near",
          field: "near",
          message: `--near takes CODE:WORDS, such as of/resources:20 (got "${raw}")`,
        }),
      )
}

export const run = (args: Input<typeof config>) =>
  withProject(args.project, (p) =>
    Effect.gen(function* () {
      const codes = new Set((yield* p.store.codes.list()).map((c) => c.id))
      const nears = yield* Effect.forEach(args.near, near)
      for (const [field, id] of [
        ["code", args.code],
        ...args.and.map((c) => ["and", c] as const),
        ...args.not.map((c) => ["not", c] as const),
        ...nears.map((n) => ["near", n.code] as const),
      ] as const)
        if (!codes.has(id))
          return yield* new BadInput({ reason: "unknown-code", field, message: `there is no code "${id}"` })
      const wanted = [args.code, ...args.and, ...args.not, ...nears.map((n) => n.code)]
      const rows = yield* p.store.codings.rows({
        status: ["accepted"],
        codeIds: wanted,
        ...(args.coder.length > 0 ? { coderIds: args.coder } : {}),
      })
      const participants = new Map((yield* p.store.participants.list()).map((x) => [x.id, x.attributes]))
      const texts = new Map<string, Source>()
      const source = (id: string) =>
        Effect.gen(function* () {
          if (!texts.has(id)) texts.set(id, (yield* p.store.sources.get(id))!)
          return texts.get(id)!
        })
      // NEAR measures words between passages, so it reads the texts of the sources involved first
      if (nears.length > 0) yield* Effect.forEach(new Set(rows.map((r) => r.sourceId)), source)
      const passages = Retrieval.retrieve(
        rows,
        {
          code: args.code,
          and: args.and,
          not: args.not,
          near: nears,
          groups: args.group,
          attributes: Object.entries(Option.getOrElse(args.attribute, () => ({}))),
        },
        { attributes: (id) => participants.get(id), text: (id) => texts.get(id)?.text },
      )
      const { handle } = yield* Lookup.sources(p.store)
      const out: Array<Retrieval.Passage & { citation: string; source: string; place: string | null }> = []
      const citers = new Map<string, (offset: number) => string | undefined>()
      for (const x of passages) {
        let cite = citers.get(x.sourceId)
        if (!cite) {
          const s = yield* source(x.sourceId)
          cite = Locations.citer(s.text, yield* p.store.turns.forSource(s.id))
          citers.set(x.sourceId, cite)
        }
        out.push({
          citation: Retrieval.citation(x),
          source: handle.get(x.sourceId)!,
          place: cite(x.start) ?? null,
          ...x,
        })
      }
      if (args.format === "csv" && !args.json)
        return yield* Effect.sync(() =>
          process.stdout.write(
            Output.csv(
              [
                "citation",
                "source",
                "place",
                "participant",
                "group",
                "start",
                "end",
                "code",
                "coders",
                "text",
              ],
              out.map((x) => [
                x.citation,
                x.source,
                x.place,
                x.participantId,
                x.group,
                x.start,
                x.end,
                x.codeId,
                x.coders.join(";"),
                x.text,
              ]),
            ),
          ),
        )
      yield* Output.result(args.json, { passages: out.length, results: out }, () =>
        out.length === 0
          ? "No passage matches."
          : [
              ...out.map(
                (x) =>
                  `${x.citation} ${x.source} ${x.place ?? ""}`.trimEnd() +
                  `\n  ${x.text.replace(/\s+/g, " ")}`,
              ),
              `${out.length} passage(s) in ${new Set(out.map((x) => x.sourceId)).size} source(s).`,
            ].join("\n"),
      )
    }),
  )
