/**
 * Names a person types for sources, participants and codes (a handle, an id, or the unique beginning of
 * either), turned into the thing they name, with an error that lists what was meant when it is unclear.
 */
import { BadInput, Handles, type Memo, type Participant } from "@valuelens/core"
import type { SourceSummary, Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"

export interface Sources {
  readonly list: ReadonlyArray<SourceSummary>
  /** Handle by source id. */
  readonly handle: ReadonlyMap<string, string>
  readonly find: (query: string) => Effect.Effect<SourceSummary, BadInput>
}

const pick = <A extends { readonly id: string }>(
  what: string,
  field: "source" | "participant",
  items: ReadonlyArray<A>,
  entries: ReadonlyArray<Handles.Entry>,
  query: string,
): Effect.Effect<A, BadInput> => {
  const r = Handles.resolve(query, entries)
  if (r._tag === "Found") return Effect.succeed(items.find((i) => i.id === r.id)!)
  const names = (es: ReadonlyArray<Handles.Entry>) =>
    es
      .slice(0, 8)
      .map((e) => e.handle)
      .join(", ") + (es.length > 8 ? ", …" : "")
  return Effect.fail(
    new BadInput({
      reason: r._tag === "Ambiguous" ? "ambiguous-name" : `unknown-${field}`,
      field,
      message:
        r._tag === "Ambiguous"
          ? `"${query}" could be the ${what} ${names(r.candidates)}; type more of the name`
          : entries.length === 0
            ? `unknown ${what} "${query}": the project has none`
            : `unknown ${what} "${query}"; the project has ${names(entries)}`,
    }),
  )
}

export const sources = (store: Store): Effect.Effect<Sources, StoreError> =>
  Effect.map(store.sources.list(), (list) => {
    const handle = Handles.forSources(list)
    const entries = list.map((s) => ({ id: s.id, handle: handle.get(s.id)! }))
    return { list, handle, find: (q: string) => pick("source", "source", list, entries, q) }
  })

/** A participant's handle is the slug of its id: `AGC 1` → `agc-1`. */
export const participant = (store: Store, query: string): Effect.Effect<Participant, BadInput | StoreError> =>
  Effect.flatMap(store.participants.list(), (list) =>
    pick(
      "participant",
      "participant",
      list,
      list.map((p) => ({ id: p.id, handle: Handles.slug(p.id) })),
      query,
    ),
  )

/** A memo named by its id or the unique beginning of it (`memo_3f9a`). */
export const memo = (store: Store, query: string): Effect.Effect<Memo, BadInput | StoreError> =>
  Effect.flatMap(store.memos.list(), (memos) => {
    const r = Handles.resolve(
      query,
      memos.map((m) => ({ id: m.id, handle: m.id })),
    )
    if (r._tag === "Found") return Effect.succeed(memos.find((m) => m.id === r.id)!)
    return Effect.fail(
      new BadInput({
        reason: r._tag === "Ambiguous" ? "ambiguous-name" : "unknown-memo",
        field: "memo",
        message:
          r._tag === "Ambiguous"
            ? `"${query}" is the beginning of ${r.candidates.length} memos; type more of the id`
            : `there is no memo "${query}" (valuelens memo list shows them)`,
      }),
    )
  })

/** What a memo is attached to, as a researcher names it (a source by its handle). */
export const attachedTo = (m: Memo, handle: ReadonlyMap<string, string>): string =>
  m.target === "project"
    ? "project"
    : `${m.target} ${m.target === "source" ? (handle.get(m.targetId ?? "") ?? m.targetId) : m.targetId}`
