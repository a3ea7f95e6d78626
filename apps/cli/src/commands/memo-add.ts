import { Manual } from "@valuelens/coding"
import { BadInput, type MemoTarget } from "@valuelens/core"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

const target = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

export const memoAdd = Command.make(
  "add",
  {
    text: Argument.String("text").pipe(Argument.withDescription("the memo")),
    source: target("source", "attach to this source"),
    code: target("code", "attach to this code"),
    segment: target("segment", "attach to this segment"),
    title: Flag.String("title").pipe(Flag.withDescription("a short title"), Flag.optional),
    author: Flag.String("author").pipe(
      Flag.withDescription(`who writes it (${Coder.DEFAULT})`),
      Flag.optional,
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ text, source, code, segment, title, author, project, json }) =>
    withWorkspace(project, ({ project: p }) =>
      Effect.gen(function* () {
        const targets = (
          [
            ["source", source],
            ["code", code],
            ["segment", segment],
          ] as const
        ).filter(([, v]) => Option.isSome(v))
        if (targets.length > 1)
          return yield* new BadInput({
            reason: "conflicting-flags",
            field: "source",
            message:
              "a memo attaches to one thing: give one of --source, --code or --segment (or none for the project)",
          })
        const [kind, id] = targets[0] ?? ["project", Option.none<string>()]
        const memo = yield* p.store.transaction((tx) =>
          Effect.gen(function* () {
            return yield* Manual.addMemo(tx, {
              target: kind as MemoTarget,
              ...(Option.isSome(id) ? { targetId: id.value } : {}),
              text,
              author: Coder.current(author),
              ...(Option.isSome(title) ? { title: title.value } : {}),
            })
          }),
        )
        yield* Output.result(
          json,
          memo,
          () => `Added memo ${memo.id} on ${kind}${Option.isSome(id) ? ` ${id.value}` : ""}`,
        )
      }),
    ),
).pipe(Command.withDescription("add a memo to the project, or to a source, code or segment"))
