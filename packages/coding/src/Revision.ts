/**
 * A new version of a source and what it does to the codings on it. Every passage coded in the old text (by any
 * coder, suggestions too) is re-anchored to the new text by its words (`Reanchor`); the codings on a passage
 * that cannot be placed are detached (kept aside, outside every analysis, for the researcher to place or drop).
 * `changes` describes all of it as undoable changes, so a re-import is one step in the undo history.
 */
import type { Coding } from "@valuelens/core"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import type { Change, SourceVersion } from "./History.js"
import { reanchor } from "./Reanchor.js"

/** A passage of the old text whose words the new text no longer holds, with the codings detached from it. */
export interface DetachedPassage {
  readonly segment: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly codings: number
  readonly codes: ReadonlyArray<string>
}

export interface Revised {
  readonly changes: ReadonlyArray<Change>
  readonly segmentsKept: number
  readonly segmentsMoved: number
  readonly codingsKept: number
  readonly detached: ReadonlyArray<DetachedPassage>
}

/** The source as stored now, with its turns and pages. */
export const current = (
  store: Store,
  sourceId: string,
): Effect.Effect<SourceVersion | undefined, StoreError> =>
  Effect.gen(function* () {
    const source = yield* store.sources.get(sourceId)
    if (!source) return undefined
    return {
      source,
      turns: yield* store.turns.forSource(sourceId),
      pages: yield* store.pages.forSource(sourceId),
    }
  })

/**
 * The changes that make `after` the source's version: the new text, turns and pages, every coded passage
 * re-anchored, and the codings on passages that cannot be placed detached. Reads the store, writes nothing.
 */
export const changes = (
  store: Store,
  before: SourceVersion,
  after: SourceVersion,
  at: string,
): Effect.Effect<Revised, StoreError> =>
  Effect.gen(function* () {
    const id = before.source.id
    const segments = yield* store.segments.forSource(id)
    const codings = yield* store.codings.list({ sourceIds: [id] })
    const on = new Map<string, Coding[]>()
    for (const c of codings) on.set(c.segmentId, [...(on.get(c.segmentId) ?? []), c])
    const { placed, detached } = reanchor(segments, before.source.text, after.source.text)
    const moved = placed.filter((p) => p.moved)
    const lost = detached.map((d) => segments.find((s) => s.id === d.id)!)
    const lostCodings = lost.flatMap((s) => on.get(s.id) ?? [])
    const list: Change[] = [
      { t: "source~", before, after },
      ...moved.map((p): Change => {
        const old = segments.find((s) => s.id === p.id)!
        return { t: "segment~", before: old, after: { ...old, start: p.start, end: p.end, text: p.text } }
      }),
      ...lost.flatMap((segment) =>
        (on.get(segment.id) ?? []).map(
          (coding): Change => ({ t: "detached+", detached: { coding, segment, detachedAt: at } }),
        ),
      ),
      ...lostCodings.map((coding): Change => ({ t: "coding-", coding })),
      ...lost.map((segment): Change => ({ t: "segment-", segment })),
    ]
    const keptIds = new Set(placed.map((p) => p.id))
    return {
      changes: list,
      segmentsKept: placed.length,
      segmentsMoved: moved.length,
      codingsKept: codings.filter((c) => keptIds.has(c.segmentId)).length,
      detached: lost.map((s) => {
        const cs = on.get(s.id) ?? []
        return {
          segment: s.id,
          start: s.start,
          end: s.end,
          text: s.text,
          codings: cs.length,
          codes: [...new Set(cs.map((c) => c.codeId))].sort(),
        }
      }),
    }
  })
