import { Locations, Manual } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import * as Coder from "../Coder.js"
import type { config } from "../commands/code-add.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

const offset = (name: string, raw: string) =>
  /^-?\d+$/.test(raw.trim())
    ? Effect.succeed(Number(raw))
    : Effect.fail(
        new BadInput({
          reason: "invalid-offsets",
          field: name,
          message: `${name.toUpperCase()} must be a whole number of code points, got "${raw}"`,
        }),
      )

/**
 * `SOURCE START END CODE`, or `SOURCE:TURN CODE` and `SOURCE:TURN.SENTENCE CODE`: the source and where in it,
 * as `valuelens show` numbers turns and sentences.
 */
const place = (source: string, rest: ReadonlyArray<string>) => {
  const colon = source.lastIndexOf(":")
  const at = colon > 0 ? Locations.parse(source.slice(colon + 1)) : undefined
  if (at && rest.length === 1)
    return Effect.succeed({ source: source.slice(0, colon), at: source.slice(colon + 1), code: rest[0]! })
  if (rest.length === 3)
    return Effect.all([offset("start", rest[0]!), offset("end", rest[1]!)]).pipe(
      Effect.map(([start, end]) => ({ source, start, end, code: rest[2]! })),
    )
  return Effect.fail(
    new BadInput({
      reason: "invalid-place",
      field: "source",
      message: `give SOURCE START END CODE, or SOURCE:TURN CODE, or SOURCE:TURN.SENTENCE CODE (got ${[source, ...rest].join(" ")})`,
    }),
  )
}

export const run = ({ source, rest, coder, memo, project, json }: Input<typeof config>) =>
  Effect.gen(function* () {
    const asked = yield* place(source, rest)
    yield* withWorkspace(project, ({ project: p }) =>
      Effect.gen(function* () {
        const found = yield* Lookup.sources(p.store)
        const summary = yield* found.find(asked.source)
        const handle = found.handle.get(summary.id)!
        let range = { start: 0, end: 0 }
        if ("at" in asked) {
          const full = (yield* p.store.sources.get(summary.id))!
          const units = Locations.units(full.text, yield* p.store.turns.forSource(full.id))
          const located = Locations.locate(units, asked.at, handle)
          if (located instanceof BadInput) return yield* located
          range = located
        } else range = { start: asked.start, end: asked.end }
        const coded = yield* p.store.transaction((tx) =>
          Manual.codeRange(tx, {
            sourceId: summary.id,
            start: range.start,
            end: range.end,
            codeId: asked.code,
            coderId: Coder.current(coder),
            ...(Option.isSome(memo) ? { memo: memo.value } : {}),
          }),
        )
        for (const w of coded.warnings) yield* Output.message(`warning: ${w}`)
        yield* Output.result(
          json,
          { coding: coded.coding, segment: coded.segment, warnings: coded.warnings },
          () =>
            `Coded ${handle} ${"at" in asked ? `${asked.at} (${range.start}–${range.end})` : `${range.start}–${range.end}`} as ${asked.code} (${coded.coding.id}): "${coded.segment.text}"`,
        )
      }),
    )
  })
