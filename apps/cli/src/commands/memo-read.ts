/** `memo list`, `memo show`, `memo edit`, `memo delete`: reading and keeping the memos `memo add` writes. */
import { Manual } from "@valuelens/coding"
import { BadInput, Handles, type Memo } from "@valuelens/core"
import type { Store } from "@valuelens/store"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

/** A memo named by its id or the unique beginning of it (`memo_3f9a`). */
const find = (store: Store, query: string) =>
  Effect.gen(function* () {
    const memos = yield* store.memos.list()
    const r = Handles.resolve(
      query,
      memos.map((m) => ({ id: m.id, handle: m.id })),
    )
    if (r._tag === "Found") return memos.find((m) => m.id === r.id)!
    return yield* new BadInput({
      reason: r._tag === "Ambiguous" ? "ambiguous-name" : "unknown-memo",
      field: "memo",
      message:
        r._tag === "Ambiguous"
          ? `"${query}" is the beginning of ${r.candidates.length} memos; type more of the id`
          : `there is no memo "${query}" (valuelens memo list shows them)`,
    })
  })

/** What a memo is attached to, as a researcher names it. */
const about = (m: Memo, handle: ReadonlyMap<string, string>) =>
  m.target === "project"
    ? "project"
    : `${m.target} ${m.target === "source" ? (handle.get(m.targetId ?? "") ?? m.targetId) : m.targetId}`

const memoId = Argument.String("memo").pipe(
  Argument.withDescription("the memo's id, or its unique beginning"),
)

export const memoList = Command.make(
  "list",
  {
    source: Flag.String("source").pipe(
      Flag.withDescription("only memos on this source (handle or id)"),
      Flag.optional,
    ),
    code: Flag.String("code").pipe(Flag.withDescription("only memos on this code"), Flag.optional),
    author: Flag.String("author").pipe(Flag.withDescription("only memos by this author"), Flag.optional),
    project: Flags.project,
    json: Flags.json,
  },
  ({ source, code, author, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        const found = yield* Lookup.sources(p.store)
        const sourceId = Option.isSome(source) ? (yield* found.find(source.value)).id : undefined
        const memos = (yield* p.store.memos.list())
          .filter(
            (m) =>
              (sourceId === undefined || (m.target === "source" && m.targetId === sourceId)) &&
              (Option.isNone(code) || (m.target === "code" && m.targetId === code.value)) &&
              (Option.isNone(author) || m.author === author.value),
          )
          .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
        // ids as short as they can be while each stays unique, for `memo show` and `memo edit`
        let width = 9
        while (new Set(memos.map((m) => m.id.slice(0, width))).size < memos.length) width++
        yield* Output.result(json, memos, () =>
          memos.length === 0
            ? "No memos."
            : Output.table(
                ["memo", "on", "author", "date", "memo text"],
                memos.map((m) => [
                  m.id.slice(0, width),
                  Output.clip(about(m, found.handle), 24),
                  m.author,
                  m.createdAt.slice(0, 10),
                  Output.clip(m.title ? `${m.title}: ${m.text}` : m.text, 40),
                ]),
              ),
        )
      }),
    ),
).pipe(Command.withDescription("list memos (of a source, a code or an author), oldest first"))

export const memoShow = Command.make(
  "show",
  { memo: memoId, project: Flags.project, json: Flags.json },
  (a) =>
    withProject(a.project, (p) =>
      Effect.gen(function* () {
        const m = yield* find(p.store, a.memo)
        const { handle } = yield* Lookup.sources(p.store)
        yield* Output.result(a.json, m, () =>
          [
            `${m.id} on ${about(m, handle)} by ${m.author}, ${m.createdAt}`,
            ...(m.title ? [m.title] : []),
            "",
            m.text,
          ].join("\n"),
        )
      }),
    ),
).pipe(Command.withDescription("print a memo in full"))

export const memoEdit = Command.make(
  "edit",
  {
    memo: memoId,
    text: Argument.String("text").pipe(Argument.withDescription("the memo's new text"), Argument.optional),
    title: Flag.String("title").pipe(Flag.withDescription("a new title"), Flag.optional),
    project: Flags.project,
    json: Flags.json,
  },
  (a) =>
    withProject(a.project, (p) =>
      Effect.gen(function* () {
        const m = yield* find(p.store, a.memo)
        const edited = yield* Manual.editMemo(p.store, m, {
          ...(Option.isSome(a.text) ? { text: a.text.value } : {}),
          ...(Option.isSome(a.title) ? { title: a.title.value } : {}),
        })
        yield* Output.result(a.json, edited, () => `Edited memo ${m.id}. Undo with: valuelens code undo`)
      }),
    ),
).pipe(Command.withDescription("change a memo's text or title (undo with `code undo`)"))

export const memoDelete = Command.make(
  "delete",
  { memo: memoId, project: Flags.project, json: Flags.json },
  (a) =>
    withProject(a.project, (p) =>
      Effect.gen(function* () {
        const m = yield* find(p.store, a.memo)
        yield* Manual.removeMemo(p.store, m)
        yield* Output.result(
          a.json,
          { deleted: m.id },
          () => `Deleted memo ${m.id}. Undo with: valuelens code undo`,
        )
      }),
    ),
).pipe(Command.withDescription("delete a memo (undo with `code undo`)"))
