/**
 * Detached codings: those a re-import could not place because the new text no longer holds their words. They
 * stay out of every analysis until the researcher places each on a passage of the new text (`place`) or drops
 * it (`drop`); both are steps in the undo history.
 */
import { BadInput } from "@valuelens/core"
import type { DetachedCoding, Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import { type Change, commit } from "./History.js"
import { checkRange, getSource, segmentFor } from "./Manual.js"

type Fx<A> = Effect.Effect<A, BadInput | StoreError>

/** The detached codings of some sources, or of the whole project. */
export const list = (
  store: Store,
  sourceIds?: ReadonlyArray<string>,
): Effect.Effect<ReadonlyArray<DetachedCoding>, StoreError> => store.detached.list(sourceIds)

const get = (store: Store, ids: ReadonlyArray<string>): Fx<ReadonlyArray<DetachedCoding>> =>
  Effect.gen(function* () {
    const found = yield* store.detached.get(ids)
    const missing = ids.filter((id) => !found.some((d) => d.coding.id === id))
    if (missing.length > 0)
      return yield* new BadInput({
        reason: "unknown-coding",
        field: "coding",
        message: `no detached coding ${missing.map((m) => `"${m}"`).join(", ")}; list them with: valuelens code detached list`,
      })
    return ids.map((id) => found.find((d) => d.coding.id === id)!)
  })

/** Places a detached coding on `[start, end)` of its source's current text, as the coding it was. */
export const place = (store: Store, id: string, start: number, end: number, at = new Date().toISOString()) =>
  store.transaction((tx) =>
    Effect.gen(function* () {
      const [detached] = yield* get(tx, [id])
      const source = yield* getSource(tx, detached!.segment.sourceId)
      yield* checkRange(source, start, end)
      const { segment, change } = yield* segmentFor(tx, source, start, end)
      const { coding } = detached!
      const twin = (yield* tx.codings.list({ sourceIds: [source.id], coderIds: [coding.coderId] })).find(
        (c) => c.segmentId === segment.id && c.codeId === coding.codeId,
      )
      if (twin)
        return yield* new BadInput({
          reason: "duplicate-coding",
          field: "coding",
          message: `${coding.coderId} already codes ${start}–${end} with ${coding.codeId} (${twin.id}); drop the detached coding instead: valuelens code detached drop ${id}`,
        })
      const placed = { ...coding, segmentId: segment.id, updatedAt: at }
      const changes: Change[] = [
        { t: "detached-", detached: detached! },
        ...(change ? [change] : []),
        { t: "coding+", coding: placed },
      ]
      yield* commit(tx, `place detached coding ${id}`, changes, at)
      return { coding: placed, segment }
    }),
  )

/** Drops detached codings for good (one undoable step). */
export const drop = (store: Store, ids: ReadonlyArray<string>, at = new Date().toISOString()): Fx<number> =>
  store.transaction((tx) =>
    Effect.gen(function* () {
      const found = yield* get(tx, ids)
      yield* commit(
        tx,
        `drop ${found.length} detached coding${found.length === 1 ? "" : "s"}`,
        found.map((detached): Change => ({ t: "detached-", detached })),
        at,
      )
      return found.length
    }),
  )
