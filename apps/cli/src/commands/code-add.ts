import { Manual } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
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

export const codeAdd = Command.make(
  "add",
  {
    source: Argument.String("source").pipe(Argument.withDescription("the source id")),
    start: Argument.String("start").pipe(Argument.withDescription("first code point (0-based)")),
    end: Argument.String("end").pipe(Argument.withDescription("code point after the last (end-exclusive)")),
    code: Argument.String("code").pipe(Argument.withDescription("the code id, such as vd/integrity")),
    coder: Flag.String("coder").pipe(Flag.withDescription(`who is coding (${Coder.DEFAULT})`), Flag.optional),
    memo: Flag.String("memo").pipe(
      Flag.withDescription("a memo to attach to the coded segment"),
      Flag.optional,
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ source, start, end, code, coder, memo, project, json }) =>
    Effect.gen(function* () {
      const s = yield* offset("start", start)
      const e = yield* offset("end", end)
      yield* withWorkspace(project, ({ project: p }) =>
        Effect.gen(function* () {
          const coded = yield* p.store.transaction((tx) =>
            Effect.gen(function* () {
              return yield* Manual.codeRange(tx, {
                sourceId: source,
                start: s,
                end: e,
                codeId: code,
                coderId: Coder.current(coder),
                ...(Option.isSome(memo) ? { memo: memo.value } : {}),
              })
            }),
          )
          for (const w of coded.warnings) yield* Output.message(`warning: ${w}`)
          yield* Output.result(
            json,
            { coding: coded.coding, segment: coded.segment, warnings: coded.warnings },
            () => `Coded ${source} ${s}–${e} as ${code} (${coded.coding.id}): "${coded.segment.text}"`,
          )
        }),
      )
    }),
).pipe(Command.withDescription("code a range of a source (code points, end-exclusive) with a code"))
