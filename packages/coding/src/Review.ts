/**
 * Review of suggestions: the queue (suggested codings, in source order, with their explanations), and accept,
 * reject, edit the range, or change the code — for one suggestion or for all suggestions of a code or a source.
 * Editing the range or the code of a suggestion is a person's decision, so the edited coding is accepted. Every
 * decision goes through the undo log.
 */
import { BadInput, type Coding, type CodingStatus, type Explanation, Ids, Text } from "@valuelens/core"
import type { CodingRow, Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import { type Change, commit } from "./History.js"
import { checkRange, getCode, getCoding, getSource, recode } from "./Manual.js"
import * as Model from "./Model.js"
import * as ModelEngine from "./ModelEngine.js"

type Fx<A> = Effect.Effect<A, BadInput | StoreError>

export interface QueueItem extends CodingRow {
  readonly explanation: Explanation | undefined
}

export interface QueueFilter {
  readonly codeIds?: ReadonlyArray<string>
  readonly sourceIds?: ReadonlyArray<string>
  /** Only suggestions scoring at least this. */
  readonly minScore?: number
}

/** The suggestions a filter selects, in source order, without their explanations. */
const selected = (store: Store, filter: QueueFilter): Fx<CodingRow[]> =>
  Effect.gen(function* () {
    const codes = new Set((yield* store.codes.list()).map((c) => c.id))
    for (const c of filter.codeIds ?? [])
      if (!codes.has(c))
        return yield* new BadInput({ reason: "unknown-code", field: "code", message: `unknown code "${c}"` })
    for (const s of filter.sourceIds ?? []) yield* getSource(store, s)
    const rows = yield* store.codings.rows(filterOf(filter))
    return rows.filter((r) => filter.minScore === undefined || (r.score ?? 0) >= filter.minScore)
  })

const filterOf = (filter: QueueFilter) => ({
  status: ["suggested" as const],
  codeIds: filter.codeIds,
  sourceIds: filter.sourceIds,
})

/** The explanations of the suggestions a filter selects (stored and pending), by coding id. */
export const explanations = (
  store: Store,
  filter: Omit<QueueFilter, "minScore"> = {},
): Effect.Effect<Map<string, Explanation | undefined>, StoreError> =>
  Effect.gen(function* () {
    const all = yield* store.codings.list(filterOf(filter))
    return new Map(all.map((c) => [c.id, c.explanation]))
  })

/** The suggestions waiting for a decision, in source order. */
export const queue = (store: Store, filter: QueueFilter = {}): Fx<QueueItem[]> =>
  Effect.gen(function* () {
    const rows = yield* selected(store, filter)
    const explained = yield* explanations(store, filter)
    return rows.map((r) => ({ ...r, explanation: explained.get(r.codingId) }))
  })

/**
 * The queue with the model's least certain suggestions first (uncertainty sampling): those whose score lies
 * nearest the model's threshold, where the next decision teaches the next training most. Suggestions of other
 * coders follow in source order.
 */
export const byUncertainty = <A extends Pick<CodingRow, "coderId" | "score">>(
  items: ReadonlyArray<A>,
): A[] => {
  const distance = (a: A) =>
    a.coderId === ModelEngine.CODER.id
      ? Math.abs((a.score ?? 0) - Model.defaults.threshold)
      : Number.POSITIVE_INFINITY
  return items
    .map((item, i) => ({ item, i, d: distance(item) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.item)
}

const decide = (store: Store, ids: ReadonlyArray<string>, to: CodingStatus): Fx<number> =>
  ids.length === 0 ? Effect.succeed(0) : store.transaction((tx) => decideIn(tx, ids, to))

const decideIn = (store: Store, ids: ReadonlyArray<string>, to: CodingStatus): Fx<number> =>
  Effect.gen(function* () {
    const codings: Coding[] = []
    const wanted = new Set(ids)
    // pending suggestions become ordinary rows, so that the decision (and its undo) is a status change
    yield* store.pending.materialize({ ids }, new Date().toISOString())
    // all at once: an unknown id anywhere means nothing is decided. A handful (one key press in the review
    // queue) are looked up one by one, so deciding one suggestion does not read a queue of thousands.
    if (wanted.size <= 50)
      for (const id of wanted) {
        const c = yield* store.codings.get(id)
        if (c) codings.push(c)
      }
    else for (const c of yield* store.codings.list()) if (wanted.has(c.id)) codings.push(c)
    if (codings.length < wanted.size) {
      const found = new Set(codings.map((c) => c.id))
      const missing = [...wanted].filter((id) => !found.has(id))
      return yield* new BadInput({
        reason: "unknown-coding",
        field: "id",
        message: `unknown coding${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}; nothing was changed`,
      })
    }
    const changing = codings.filter((c) => c.status !== to)
    if (changing.length === 0) return 0
    yield* commit(store, `${to === "accepted" ? "accept" : "reject"} ${changing.length} suggestion(s)`, [
      {
        t: "status",
        ids: changing.map((c) => c.id),
        before: changing.map((c) => c.status),
        after: changing.map(() => to),
      },
    ])
    return changing.length
  })

/** Accepts codings by id. Returns how many changed status. */
export const accept = (store: Store, ids: ReadonlyArray<string>) => decide(store, ids, "accepted")

/** Rejects codings by id. Returns how many changed status. */
export const reject = (store: Store, ids: ReadonlyArray<string>) => decide(store, ids, "rejected")

/** Accepts every suggestion matching the filter (a code, a source, a minimum score). */
export const acceptAll = (store: Store, filter: QueueFilter) =>
  Effect.flatMap(selected(store, filter), (items) =>
    accept(
      store,
      items.map((i) => i.codingId),
    ),
  )

/** Rejects every suggestion matching the filter. */
export const rejectAll = (store: Store, filter: QueueFilter) =>
  Effect.flatMap(selected(store, filter), (items) =>
    reject(
      store,
      items.map((i) => i.codingId),
    ),
  )

/**
 * Moves a coding to another range of its source and accepts it; with `codeId`, also changes its code, in the
 * same undoable action.
 */
export const editRange = (
  store: Store,
  codingId: string,
  start: number,
  end: number,
  options: { readonly codeId?: string } = {},
): Fx<Coding> =>
  Effect.gen(function* () {
    const coding = yield* getCoding(store, codingId)
    const old = (yield* store.segments.get(coding.segmentId))!
    const source = yield* getSource(store, old.sourceId)
    yield* checkRange(source, start, end)
    const codeId = options.codeId ?? coding.codeId
    if (codeId !== coding.codeId) yield* getCode(store, codeId)
    const at = new Date().toISOString()
    const changes: Change[] = []
    let segment = yield* store.segments.find(source.id, start, end)
    if (!segment) {
      segment = {
        id: Ids.make("seg"),
        sourceId: source.id,
        start,
        end,
        text: Text.sliceCodePoints(source.text, start, end),
      }
      changes.push({ t: "segment+", segment })
    }
    const onNew = (yield* store.codings.list({
      sourceIds: [source.id],
      codeIds: [codeId],
      coderIds: [coding.coderId],
    })).find((c) => c.segmentId === segment.id && c.id !== coding.id)
    let result: Coding
    if (onNew) {
      // the edited range is already coded so by this coder: the two collapse
      changes.push({ t: "coding-", coding })
      result = { ...onNew, status: "accepted", updatedAt: at }
      changes.push({ t: "coding~", before: onNew, after: result })
    } else {
      result = { ...coding, segmentId: segment.id, codeId, status: "accepted", updatedAt: at }
      changes.push({ t: "coding~", before: coding, after: result })
    }
    const othersOnOld = (yield* store.codings.list({ sourceIds: [source.id] })).filter(
      (c) => c.segmentId === old.id && c.id !== coding.id,
    )
    if (othersOnOld.length === 0 && old.id !== segment.id) changes.push({ t: "segment-", segment: old })
    const recoded = codeId === coding.codeId ? "" : ` as ${codeId}`
    yield* commit(store, `edit range of ${coding.codeId} to ${start}–${end}${recoded}`, changes, at)
    return result
  })

/** Changes the code of a suggestion and accepts it. */
export const changeCode = (store: Store, codingId: string, codeId: string): Fx<Coding> =>
  recode(store, codingId, codeId, { status: "accepted" })
