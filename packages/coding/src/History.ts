/**
 * The undo log behind manual coding and review. Every action is a list of changes, each of which knows its
 * inverse; an action applies its changes and records them with their inverses in the store's `operation` table,
 * in one transaction. `undo` replays the inverse of the last action done, `redo` the first action undone, and a
 * new action ends the redo history.
 */
import {
  BadInput,
  type Code,
  type Coding,
  type CodingStatus,
  type Memo,
  type Observation,
  type Page,
  type Segment,
  type Source,
  type Turn,
} from "@valuelens/core"
import type { DetachedCoding, Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"

/** One version of a source: its row with the text, and the turns and pages over that text. */
export interface SourceVersion {
  readonly source: Source
  readonly turns: ReadonlyArray<Turn>
  readonly pages: ReadonlyArray<Page>
}

export type Change =
  | { readonly t: "segment+"; readonly segment: Segment }
  | { readonly t: "segment-"; readonly segment: Segment }
  | { readonly t: "segment~"; readonly before: Segment; readonly after: Segment }
  | { readonly t: "coding+"; readonly coding: Coding }
  | { readonly t: "coding-"; readonly coding: Coding }
  | { readonly t: "coding~"; readonly before: Coding; readonly after: Coding }
  /** Status changes in bulk (accept all of a code): compact, since a queue can hold many thousands. */
  | {
      readonly t: "status"
      readonly ids: ReadonlyArray<string>
      readonly before: ReadonlyArray<CodingStatus>
      readonly after: ReadonlyArray<CodingStatus>
    }
  | { readonly t: "code+"; readonly code: Code }
  | { readonly t: "code-"; readonly code: Code }
  | { readonly t: "code~"; readonly before: Code; readonly after: Code }
  | { readonly t: "memo+"; readonly memo: Memo }
  | { readonly t: "memo-"; readonly memo: Memo }
  /** A re-imported source: the new version replaces the old one (text, turns, pages). */
  | { readonly t: "source~"; readonly before: SourceVersion; readonly after: SourceVersion }
  | { readonly t: "detached+"; readonly detached: DetachedCoding }
  | { readonly t: "detached-"; readonly detached: DetachedCoding }
  /** A re-imported statistics file: its old observations give way to its new ones. */
  | {
      readonly t: "observations"
      readonly before: ReadonlyArray<Observation>
      readonly after: ReadonlyArray<Observation>
    }

export const inverse = (c: Change): Change => {
  switch (c.t) {
    case "segment+":
      return { t: "segment-", segment: c.segment }
    case "segment-":
      return { t: "segment+", segment: c.segment }
    case "coding+":
      return { t: "coding-", coding: c.coding }
    case "coding-":
      return { t: "coding+", coding: c.coding }
    case "code+":
      return { t: "code-", code: c.code }
    case "code-":
      return { t: "code+", code: c.code }
    case "memo+":
      return { t: "memo-", memo: c.memo }
    case "memo-":
      return { t: "memo+", memo: c.memo }
    case "detached+":
      return { t: "detached-", detached: c.detached }
    case "detached-":
      return { t: "detached+", detached: c.detached }
    case "source~":
      return { t: "source~", before: c.after, after: c.before }
    case "observations":
      return { t: "observations", before: c.after, after: c.before }
    case "segment~":
      return { t: "segment~", before: c.after, after: c.before }
    case "coding~":
      return { t: "coding~", before: c.after, after: c.before }
    case "code~":
      return { t: "code~", before: c.after, after: c.before }
    case "status":
      return { t: "status", ids: c.ids, before: c.after, after: c.before }
  }
}

/** Applies changes in order, inserting and removing runs of the same kind in batches. */
export const apply = (
  tx: Store,
  changes: ReadonlyArray<Change>,
  at: string,
): Effect.Effect<void, StoreError> =>
  Effect.gen(function* () {
    let i = 0
    while (i < changes.length) {
      const c = changes[i]!
      let j = i + 1
      while (j < changes.length && changes[j]!.t === c.t) j++
      const run = changes.slice(i, j)
      i = j
      switch (c.t) {
        case "segment+":
          yield* tx.segments.insert(run.map((x) => (x as { segment: Segment }).segment))
          break
        case "segment-":
          yield* tx.segments.remove(run.map((x) => (x as { segment: Segment }).segment.id))
          break
        case "coding+":
          yield* tx.codings.insert(run.map((x) => (x as { coding: Coding }).coding))
          break
        case "coding-":
          yield* tx.codings.remove(run.map((x) => (x as { coding: Coding }).coding.id))
          break
        case "code+":
          yield* tx.codes.insert(run.map((x) => (x as { code: Code }).code))
          break
        case "code-":
          for (const x of run) yield* tx.codes.remove((x as { code: Code }).code.id)
          break
        case "memo+":
          for (const x of run) yield* tx.memos.insert((x as { memo: Memo }).memo)
          break
        case "memo-":
          for (const x of run) yield* tx.memos.remove((x as { memo: Memo }).memo.id)
          break
        case "segment~":
          for (const x of run) yield* tx.segments.update((x as { after: Segment }).after)
          break
        case "detached+":
          yield* tx.detached.insert(run.map((x) => (x as { detached: DetachedCoding }).detached))
          break
        case "detached-":
          yield* tx.detached.remove(run.map((x) => (x as { detached: DetachedCoding }).detached.coding.id))
          break
        case "source~":
          for (const x of run) {
            const { source, turns, pages } = (x as { after: SourceVersion }).after
            yield* tx.sources.update(source)
            yield* tx.turns.removeForSource(source.id)
            yield* tx.turns.insert(turns)
            yield* tx.pages.removeForSource(source.id)
            yield* tx.pages.insert(pages)
          }
          break
        case "observations":
          for (const x of run) {
            const o = x as Extract<Change, { t: "observations" }>
            yield* tx.observations.remove(o.before)
            yield* tx.observations.upsert(o.after)
          }
          break
        case "coding~":
          for (const x of run) yield* tx.codings.update((x as { after: Coding }).after)
          break
        case "code~":
          for (const x of run) yield* tx.codes.update((x as { after: Code }).after)
          break
        case "status":
          for (const x of run) {
            const s = x as Extract<Change, { t: "status" }>
            const by = new Map<CodingStatus, string[]>()
            s.ids.forEach((id, k) => {
              const to = s.after[k]!
              const list = by.get(to)
              if (list) list.push(id)
              else by.set(to, [id])
            })
            for (const [to, ids] of by) yield* tx.codings.setStatus(ids, to, at)
          }
          break
      }
    }
  })

/** Applies an action's changes and records it for undo, in one transaction. Returns the operation id. */
export const commit = (
  store: Store,
  label: string,
  changes: ReadonlyArray<Change>,
  at = new Date().toISOString(),
): Effect.Effect<number, StoreError> =>
  store.transaction((tx) =>
    Effect.gen(function* () {
      yield* apply(tx, changes, at)
      const undo = changes.map(inverse).reverse()
      return yield* tx.operations.record(label, undo, changes, at)
    }),
  )

const replay = (
  store: Store,
  which: "undo" | "redo",
): Effect.Effect<string | undefined, BadInput | StoreError> =>
  store
    .transaction((tx) =>
      Effect.gen(function* () {
        const op = which === "undo" ? yield* tx.operations.lastDone() : yield* tx.operations.firstUndone()
        if (!op) return undefined
        const at = new Date().toISOString()
        yield* apply(tx, (which === "undo" ? op.undo : op.redo) as ReadonlyArray<Change>, at)
        yield* tx.operations.mark(op.id, which === "undo")
        return op.label
      }),
    )
    .pipe(
      Effect.catchTag("StoreError", (e) =>
        Effect.fail(
          new BadInput({
            reason: `cannot-${which}`,
            message: `cannot ${which} the last action: the project changed since (${e.message}); nothing was changed`,
          }),
        ),
      ),
    )

/** Undoes the last action; returns its label, or undefined when there is nothing to undo. */
export const undo = (store: Store) => replay(store, "undo")

/** Redoes the last action undone; returns its label, or undefined when there is nothing to redo. */
export const redo = (store: Store) => replay(store, "redo")
