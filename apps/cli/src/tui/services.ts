/**
 * Services: every effect the terminal UI performs, behind one small interface, and its implementation over
 * the project store. This is the only module of the UI that touches I/O. Each write is one transaction that
 * also records its undo entry in `store.operations`, so a failed action changes nothing and every coding
 * action can be undone and redone.
 */
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import {
  BadInput,
  type Code,
  type Coding,
  type CodingStatus,
  Ids,
  type Memo,
  type MemoTarget,
  type Segment,
  Text,
} from "@valuelens/core"
import type { Store, Project as StoreProject } from "@valuelens/store"
import { Effect } from "effect"
import { type CodingInfo, index, type Snapshot, type SourceText } from "./state/data.js"
import * as Summary from "./state/summary.js"

export interface Services {
  readonly load: () => Promise<Snapshot>
  readonly sourceText: (sourceId: string) => Promise<SourceText>
  /** Each write resolves to a sentence saying what it did. */
  readonly decide: (ids: ReadonlyArray<string>, status: CodingStatus) => Promise<string>
  readonly edit: (codingId: string, start: number, end: number, codeId: string) => Promise<string>
  readonly code: (sourceId: string, start: number, end: number, codeId: string) => Promise<string>
  readonly uncode: (ids: ReadonlyArray<string>) => Promise<string>
  readonly createCode: (name: string) => Promise<string>
  readonly renameCode: (codeId: string, name: string) => Promise<string>
  readonly mergeCodes: (fromId: string, intoId: string) => Promise<string>
  readonly addMemo: (target: MemoTarget, targetId: string | undefined, text: string) => Promise<string>
  readonly undo: () => Promise<string>
  readonly redo: () => Promise<string>
  /** Writes the report and resolves to its path, calling `progress` after each part. */
  readonly exportReport: (progress: (done: number, total: number, step: string) => void) => Promise<string>
}

/**
 * What an undo or redo writes back. Codings are removed first and codes last, so foreign keys hold at every
 * step: codes are put before the codings that name them, and removed after the codings that named them.
 */
export interface Patch {
  readonly kind: "patch"
  readonly statuses?: ReadonlyArray<readonly [id: string, status: CodingStatus]>
  readonly put?: {
    readonly codes?: ReadonlyArray<Code>
    readonly segments?: ReadonlyArray<Segment>
    readonly codings?: ReadonlyArray<Coding>
    readonly memos?: ReadonlyArray<Memo>
  }
  readonly remove?: {
    readonly codings?: ReadonlyArray<string>
    readonly memos?: ReadonlyArray<string>
    readonly segments?: ReadonlyArray<string>
    readonly codes?: ReadonlyArray<string>
  }
}

const apply = (tx: Store, patch: Patch, at: string) =>
  Effect.gen(function* () {
    const { put = {}, remove = {} } = patch
    if (remove.codings?.length) yield* tx.codings.remove(remove.codings)
    for (const id of remove.memos ?? []) yield* tx.memos.remove(id)
    for (const c of put.codes ?? [])
      yield* (yield* tx.codes.get(c.id)) ? tx.codes.update(c) : tx.codes.insert([c])
    for (const s of put.segments ?? [])
      yield* (yield* tx.segments.get(s.id)) ? tx.segments.update(s) : tx.segments.insert([s])
    for (const c of put.codings ?? [])
      yield* (yield* tx.codings.get(c.id)) ? tx.codings.update(c) : tx.codings.insert([c])
    for (const m of put.memos ?? []) yield* tx.memos.insert(m)
    const byStatus = new Map<CodingStatus, string[]>()
    for (const [id, status] of patch.statuses ?? [])
      byStatus.set(status, [...(byStatus.get(status) ?? []), id])
    for (const [status, ids] of byStatus) yield* tx.codings.setStatus(ids, status, at)
    if (remove.segments?.length) yield* tx.segments.remove(remove.segments)
    for (const id of remove.codes ?? []) yield* tx.codes.remove(id)
  })

const isPatch = (x: unknown): x is Patch =>
  typeof x === "object" && x !== null && (x as Patch).kind === "patch"

const refuse = (message: string) => Effect.fail(new BadInput({ reason: "tui-action", message }))

/** Codes a researcher makes get a readable id from their name: `Weak oversight` → `free/weak-oversight`. */
export const codeId = (name: string, taken: ReadonlySet<string>): string => {
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "code"
  let id = `free/${slug}`
  for (let n = 2; taken.has(id); n++) id = `free/${slug}-${n}`
  return id
}

export interface Options {
  /** The person coding: manual codings, acceptances' undo entries and memos carry this coder. */
  readonly coder: { readonly id: string; readonly name: string }
  readonly now?: () => string
}

export const fromStore = (project: StoreProject.Project, options: Options): Services => {
  const store = project.store
  const now = options.now ?? (() => new Date().toISOString())
  const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> => Effect.runPromise(effect as Effect.Effect<A>)
  /** Runs a write in one transaction with its undo entry. */
  const write = <E>(
    f: (tx: Store, at: string) => Effect.Effect<{ label: string; undo: Patch; redo: Patch } | string, E>,
  ): Promise<string> =>
    run(
      store.transaction((tx) =>
        Effect.gen(function* () {
          const at = now()
          const out = yield* f(tx, at)
          if (typeof out === "string") return out
          yield* apply(tx, out.redo, at)
          yield* tx.operations.record(out.label, out.undo, out.redo, at)
          return out.label
        }),
      ),
    )

  const segmentFor = (tx: Store, sourceId: string, start: number, end: number) =>
    Effect.gen(function* () {
      const existing = yield* tx.segments.find(sourceId, start, end)
      if (existing) return { segment: existing, created: false }
      const source = yield* tx.sources.get(sourceId)
      if (!source) return yield* refuse(`source ${sourceId} no longer exists`)
      const map = new Text.OffsetMap(source.text)
      if (start < 0 || end > map.length || end <= start)
        return yield* refuse(`${start}–${end} is not a span of ${source.title} (0–${map.length})`)
      const segment: Segment = { id: Ids.make("seg"), sourceId, start, end, text: map.slice(start, end) }
      return { segment, created: true }
    })

  const load = (): Promise<Snapshot> =>
    run(
      Effect.gen(function* () {
        const participants = yield* store.participants.list()
        const groups = new Map(participants.map((p) => [p.id, p.group]))
        const sources = yield* store.sources.list()
        const rows = yield* store.codings.rows()
        const explained = new Map(
          (yield* store.codings.list({ status: ["suggested"] })).map((c) => [c.id, c.explanation] as const),
        )
        const counts = yield* store.counts()
        const tiers = yield* store.observations.list({ indicators: ["tip.tier"] })
        const lastDone = yield* store.operations.lastDone()
        const firstUndone = yield* store.operations.firstUndone()
        const codings = rows.map(
          (r): CodingInfo => ({
            id: r.codingId,
            segmentId: r.segmentId,
            sourceId: r.sourceId,
            sourceTitle: r.sourceTitle,
            sourceKind: r.sourceKind,
            participantId: r.participantId,
            group: r.group,
            start: r.start,
            end: r.end,
            text: r.text,
            codeId: r.codeId,
            coderId: r.coderId,
            status: r.status,
            origin: r.origin,
            score: r.score,
            matches: explained.get(r.codingId)?.matches ?? [],
            note: explained.get(r.codingId)?.note,
          }),
        )
        return {
          project: project.config.name,
          sources: sources.map((x) => ({
            id: x.id,
            title: x.title,
            kind: x.kind,
            participantId: x.participantId,
            group: x.participantId === undefined ? undefined : groups.get(x.participantId),
            country: x.country,
            position: x.position,
            length: x.length,
          })),
          participants: participants.map((p) => ({ id: p.id, group: p.group })),
          codes: yield* store.codes.list(),
          codings,
          memos: counts.memos,
          saturation: yield* store.settings.get("saturation.last"),
          agreement: yield* store.settings.get("agreement.last"),
          tiers: tiers.map((t) => ({ country: t.country, year: t.year, tier: String(t.value) })),
          undo: lastDone?.label,
          redo: firstUndone?.label,
        }
      }),
    )

  const codingsById = (tx: Store, ids: ReadonlyArray<string>) =>
    Effect.gen(function* () {
      // one query for a bulk decision, one lookup each for a handful
      if (ids.length > 50) {
        const wanted = new Set(ids)
        return (yield* tx.codings.list()).filter((c) => wanted.has(c.id))
      }
      const out: Coding[] = []
      for (const id of ids) {
        const c = yield* tx.codings.get(id)
        if (c) out.push(c)
      }
      return out
    })

  const codeName = (tx: Store, id: string) => tx.codes.get(id).pipe(Effect.map((c) => c?.name ?? id))

  return {
    load,
    sourceText: (sourceId) =>
      run(
        Effect.gen(function* () {
          const source = yield* store.sources.get(sourceId)
          if (!source) return yield* refuse(`source ${sourceId} no longer exists`)
          return { sourceId, text: source.text, turns: yield* store.turns.forSource(sourceId) }
        }),
      ),

    decide: (ids, status) =>
      write((tx) =>
        Effect.gen(function* () {
          const before = yield* codingsById(tx, ids)
          if (before.length === 0) return yield* refuse("those suggestions no longer exist")
          const one =
            before.length === 1 ? `${yield* codeName(tx, before[0]!.codeId)}` : `${before.length} codings`
          const verb = status === "accepted" ? "accept" : status === "rejected" ? "reject" : "reopen"
          return {
            label: `${verb} ${one}`,
            undo: { kind: "patch", statuses: before.map((c) => [c.id, c.status] as const) },
            redo: { kind: "patch", statuses: before.map((c) => [c.id, status] as const) },
          }
        }),
      ),

    edit: (codingId, start, end, newCode) =>
      write((tx, at) =>
        Effect.gen(function* () {
          const old = yield* tx.codings.get(codingId)
          if (!old) return yield* refuse("that suggestion no longer exists")
          const oldSegment = yield* tx.segments.get(old.segmentId)
          if (!oldSegment) return yield* refuse("that suggestion's segment no longer exists")
          const { segment, created } = yield* segmentFor(tx, oldSegment.sourceId, start, end)
          const edited: Coding = {
            ...old,
            segmentId: segment.id,
            codeId: newCode,
            status: "accepted",
            updatedAt: at,
          }
          return {
            label: `edit and accept ${yield* codeName(tx, newCode)}`,
            undo: {
              kind: "patch",
              put: { codings: [old] },
              remove: { segments: created ? [segment.id] : [] },
            },
            redo: { kind: "patch", put: { segments: created ? [segment] : [], codings: [edited] } },
          }
        }),
      ),

    code: (sourceId, start, end, codeId) =>
      write((tx, at) =>
        Effect.gen(function* () {
          yield* tx.coders.ensure({ id: options.coder.id, name: options.coder.name, engine: false })
          const { segment, created } = yield* segmentFor(tx, sourceId, start, end)
          const name = yield* codeName(tx, codeId)
          const existing = created
            ? undefined
            : (yield* tx.codings.list({ codeIds: [codeId], coderIds: [options.coder.id] })).find(
                (c) => c.segmentId === segment.id,
              )
          if (existing?.status === "accepted") return `already coded ${name}`
          const coding: Coding = existing
            ? { ...existing, status: "accepted", updatedAt: at }
            : {
                id: Ids.make("cdg"),
                segmentId: segment.id,
                codeId,
                coderId: options.coder.id,
                status: "accepted",
                origin: "manual",
                createdAt: at,
                updatedAt: at,
              }
          return {
            label: `code ${name}`,
            undo: existing
              ? { kind: "patch", put: { codings: [existing] } }
              : { kind: "patch", remove: { codings: [coding.id], segments: created ? [segment.id] : [] } },
            redo: { kind: "patch", put: { segments: created ? [segment] : [], codings: [coding] } },
          }
        }),
      ),

    uncode: (ids) =>
      write((tx) =>
        Effect.gen(function* () {
          const before = yield* codingsById(tx, ids)
          if (before.length === 0) return yield* refuse("nothing to uncode")
          const one =
            before.length === 1 ? yield* codeName(tx, before[0]!.codeId) : `${before.length} codings`
          return {
            label: `uncode ${one}`,
            undo: { kind: "patch", put: { codings: before } },
            redo: { kind: "patch", remove: { codings: before.map((c) => c.id) } },
          }
        }),
      ),

    createCode: (name) =>
      write((tx) =>
        Effect.gen(function* () {
          const codes = yield* tx.codes.list()
          const code: Code = { id: codeId(name, new Set(codes.map((c) => c.id))), name, kind: "free" }
          return {
            label: `create code ${name}`,
            undo: { kind: "patch", remove: { codes: [code.id] } },
            redo: { kind: "patch", put: { codes: [code] } },
          }
        }),
      ),

    renameCode: (id, name) =>
      write((tx) =>
        Effect.gen(function* () {
          const old = yield* tx.codes.get(id)
          if (!old) return yield* refuse(`code ${id} no longer exists`)
          return {
            label: `rename ${old.name} to ${name}`,
            undo: { kind: "patch", put: { codes: [old] } },
            redo: { kind: "patch", put: { codes: [{ ...old, name }] } },
          }
        }),
      ),

    mergeCodes: (fromId, intoId) =>
      write((tx, at) =>
        Effect.gen(function* () {
          const from = yield* tx.codes.get(fromId)
          const into = yield* tx.codes.get(intoId)
          if (!from || !into) return yield* refuse("one of the codes to merge no longer exists")
          const moving = yield* tx.codings.list({ codeIds: [fromId] })
          const already = new Set(
            (yield* tx.codings.list({ codeIds: [intoId] })).map((c) => `${c.segmentId}\u0000${c.coderId}`),
          )
          // a coder who gave a span both codes keeps one coding of it: the target's
          const duplicates = moving.filter((c) => already.has(`${c.segmentId}\u0000${c.coderId}`))
          const moved = moving
            .filter((c) => !already.has(`${c.segmentId}\u0000${c.coderId}`))
            .map((c) => ({ ...c, codeId: intoId, updatedAt: at }))
          const children = (yield* tx.codes.list()).filter((c) => c.parentId === fromId)
          return {
            label: `merge ${from.name} into ${into.name}`,
            undo: { kind: "patch", put: { codes: [from, ...children], codings: moving } },
            redo: {
              kind: "patch",
              put: { codes: children.map((c) => ({ ...c, parentId: intoId })), codings: moved },
              remove: { codings: duplicates.map((c) => c.id), codes: [fromId] },
            },
          }
        }),
      ),

    addMemo: (target, targetId, text) =>
      write((_tx, at) => {
        const memo: Memo = {
          id: Ids.make("memo"),
          target,
          targetId,
          text,
          author: options.coder.id,
          createdAt: at,
        }
        return Effect.succeed({
          label: `add a memo on the ${target}`,
          undo: { kind: "patch", remove: { memos: [memo.id] } } satisfies Patch,
          redo: { kind: "patch", put: { memos: [memo] } } satisfies Patch,
        })
      }),

    undo: () =>
      run(
        store.transaction((tx) =>
          Effect.gen(function* () {
            const op = yield* tx.operations.lastDone()
            if (!op) return "nothing to undo"
            if (!isPatch(op.undo))
              return yield* refuse(`"${op.label}" was recorded by another tool and cannot be undone here`)
            yield* apply(tx, op.undo, now())
            yield* tx.operations.mark(op.id, true)
            return `undone: ${op.label}`
          }),
        ),
      ),

    redo: () =>
      run(
        store.transaction((tx) =>
          Effect.gen(function* () {
            const op = yield* tx.operations.firstUndone()
            if (!op) return "nothing to redo"
            if (!isPatch(op.redo))
              return yield* refuse(`"${op.label}" was recorded by another tool and cannot be redone here`)
            yield* apply(tx, op.redo, now())
            yield* tx.operations.mark(op.id, false)
            return `redone: ${op.label}`
          }),
        ),
      ),

    exportReport: async (progress) => {
      const loaded = index(await load())
      const parts = Summary.sections(loaded)
      const total = parts.length + 1
      const out: string[] = [`# ${loaded.project}`, ""]
      for (const [i, [title, render]] of parts.entries()) {
        progress(i, total, title)
        out.push(`## ${title}`, "", render(), "")
      }
      progress(parts.length, total, "writing")
      const dir = join(project.dir, "reports")
      await mkdir(dir, { recursive: true })
      const path = join(dir, "summary.md")
      await writeFile(path, out.join("\n"))
      progress(total, total, "done")
      return path
    },
  }
}
