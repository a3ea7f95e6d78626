import { userInfo } from "node:os"
import { Manual } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/code-add.js"
import type { Input } from "../Lazy.js"
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

/** The person coding: --coder, else $VALUELENS_CODER, else the login name. */
export const defaultCoder = () => {
  if (process.env.VALUELENS_CODER) return process.env.VALUELENS_CODER
  try {
    return userInfo().username || "researcher"
  } catch {
    return "researcher"
  }
}

export const run = ({ source, start, end, code, coder, memo, project, json }: Input<typeof config>) =>
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
              coderId: Option.getOrElse(coder, defaultCoder),
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
  })
