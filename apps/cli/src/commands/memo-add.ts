import { Manual } from "@valuelens/coding"
import { BadInput, type MemoTarget } from "@valuelens/core"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"
import { defaultCoder } from "./code-add.js"

const target = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

export const memoAdd = Command.make(
  "add",
  {
    text: Argument.String("text").pipe(Argument.withDescription("the memo")),
    source: target("source", "attach to this source (handle or id)"),
    code: target("code", "attach to this code"),
    segment: target("segment", "attach to this segment"),
    title: Flag.String("title").pipe(Flag.withDescription("a short title"), Flag.optional),
    author: Flag.String("author").pipe(
      Flag.withDescription("who writes it (default: $VALUELENS_CODER or your login)"),
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
        const [kind, named] = targets[0] ?? ["project", Option.none<string>()]
        const id =
          kind === "source" && Option.isSome(named)
            ? Option.some((yield* (yield* Lookup.sources(p.store)).find(named.value)).id)
            : named
        const memo = yield* p.store.transaction((tx) =>
          Effect.gen(function* () {
            return yield* Manual.addMemo(tx, {
              target: kind as MemoTarget,
              ...(Option.isSome(id) ? { targetId: id.value } : {}),
              text,
              author: Option.getOrElse(author, defaultCoder),
              ...(Option.isSome(title) ? { title: title.value } : {}),
            })
          }),
        )
        yield* Output.result(
          json,
          memo,
          () => `Added memo ${memo.id} on ${kind}${Option.isSome(named) ? ` ${named.value}` : ""}`,
        )
      }),
    ),
).pipe(Command.withDescription("add a memo to the project, or to a source, code or segment"))
