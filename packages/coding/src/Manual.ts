/**
 * Manual coding: code a range, a turn or a sentence; uncode; recode; merge two codes (their codings move and
 * duplicates collapse); split a code; memos on the project, a source, a code or a segment. Every action is
 * checked first (unknown source or code, offsets outside the source or reversed) and then applied and logged in
 * one transaction, so `undo` and `redo` can replay it. Offsets are code points, end-exclusive.
 */
import {
  BadInput,
  type Code,
  type Coding,
  type CodingStatus,
  Handles,
  Ids,
  type Memo,
  type MemoTarget,
  type Segment,
  type Source,
  Text,
} from "@valuelens/core"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import { type Change, commit } from "./History.js"
import * as Locations from "./Locations.js"
import * as Units from "./Units.js"

export { redo, undo } from "./History.js"

type Fx<A> = Effect.Effect<A, BadInput | StoreError>

export const getSource = (store: Store, sourceId: string): Fx<Source> =>
  Effect.flatMap(store.sources.get(sourceId), (s) =>
    s
      ? Effect.succeed(s)
      : Effect.fail(
          new BadInput({
            reason: "unknown-source",
            field: "source",
            message: `unknown source "${sourceId}"; list the project's sources with: valuelens status`,
          }),
        ),
  )

export const getCode = (store: Store, codeId: string): Fx<Code> =>
  Effect.gen(function* () {
    const code = yield* store.codes.get(codeId)
    if (code) return code
    const all = yield* store.codes.list()
    const near = all.filter(
      (c) => c.id.includes(codeId) || c.name.toLowerCase().includes(codeId.toLowerCase()),
    )
    return yield* new BadInput({
      reason: "unknown-code",
      field: "code",
      message: `unknown code "${codeId}"${near.length > 0 ? `; did you mean ${near.map((c) => c.id).join(", ")}?` : ""}`,
    })
  })

const now = () => new Date().toISOString()

/** A coding by id; a pending suggestion becomes an ordinary coding row first, so it can be changed like one. */
export const getCoding = (store: Store, codingId: string): Fx<Coding> =>
  Effect.flatMap(
    Effect.andThen(store.pending.materialize({ ids: [codingId] }, now()), store.codings.get(codingId)),
    (c) =>
      c
        ? Effect.succeed(c)
        : Effect.fail(
            new BadInput({
              reason: "unknown-coding",
              field: "coding",
              message: `unknown coding "${codingId}"`,
            }),
          ),
  )

/** Checks that `[start, end)` is a non-empty range of whole code points inside the source. */
export const checkRange = (source: Source, start: number, end: number): Effect.Effect<void, BadInput> => {
  const length = Text.codePointLength(source.text)
  if (!Number.isInteger(start) || !Number.isInteger(end))
    return Effect.fail(
      new BadInput({
        reason: "invalid-offsets",
        field: "start",
        message: `offsets must be whole numbers of code points, got ${start} and ${end}`,
      }),
    )
  if (end <= start)
    return Effect.fail(
      new BadInput({
        reason: "reversed-offsets",
        field: "end",
        message: `END (${end}) must be greater than START (${start}): offsets are end-exclusive code points`,
      }),
    )
  if (start < 0 || end > length)
    return Effect.fail(
      new BadInput({
        reason: "offsets-out-of-range",
        file: source.id,
        field: start < 0 ? "start" : "end",
        message: `offsets ${start}–${end} are outside source "${source.id}", which has ${length} code points (0–${length})`,
      }),
    )
  return Effect.void
}

/** The segment for a range: the stored one, or a new one to insert (with its change). */
export const segmentFor = (
  store: Store,
  source: Source,
  start: number,
  end: number,
): Effect.Effect<{ segment: Segment; change?: Change }, StoreError> =>
  Effect.map(store.segments.find(source.id, start, end), (found) => {
    if (found) return { segment: found }
    const segment: Segment = {
      id: Ids.make("seg"),
      sourceId: source.id,
      start,
      end,
      text: Text.sliceCodePoints(source.text, start, end),
    }
    return { segment, change: { t: "segment+", segment } }
  })

/** Codings of a segment (any code, any coder). */
const codingsOn = (store: Store, segment: Segment) =>
  Effect.map(store.codings.list({ sourceIds: [segment.sourceId] }), (cs) =>
    cs.filter((c) => c.segmentId === segment.id),
  )

export interface CodeRange {
  readonly sourceId: string
  readonly start: number
  readonly end: number
  readonly codeId: string
  /** The person coding (a coder id); added to the project's coders when new. */
  readonly coderId: string
  /** A memo to attach to the segment. */
  readonly memo?: string
}

export interface Coded {
  readonly coding: Coding
  readonly segment: Segment
  /** Things worth knowing that did not stop the coding (an interviewer turn coded, an existing coding kept). */
  readonly warnings: ReadonlyArray<string>
}

/** Codes `[start, end)` of a source with a code, as an accepted manual coding. */
export const codeRange = (store: Store, input: CodeRange): Fx<Coded> =>
  Effect.gen(function* () {
    const source = yield* getSource(store, input.sourceId)
    yield* getCode(store, input.codeId)
    yield* checkRange(source, input.start, input.end)
    if (input.coderId.trim().length === 0)
      return yield* new BadInput({
        reason: "invalid-coder",
        field: "coder",
        message: "the coder name is empty",
      })
    const warnings: string[] = []
    for (const t of yield* store.turns.forSource(source.id))
      if (t.interviewer && t.start < input.end && input.start < t.end)
        warnings.push(
          `the range overlaps interviewer turn ${t.index} (${t.speaker}); interviewer speech is not evidence and analyses of participants will not count it`,
        )
    const at = now()
    const { segment, change } = yield* segmentFor(store, source, input.start, input.end)
    const changes: Change[] = change ? [change] : []
    const existing = change
      ? undefined
      : (yield* codingsOn(store, segment)).find(
          (c) => c.codeId === input.codeId && c.coderId === input.coderId,
        )
    let coding: Coding
    if (existing && existing.status === "accepted") {
      coding = existing
      warnings.push(`this range already has ${input.codeId} from ${input.coderId}; nothing was added`)
    } else if (existing) {
      coding = { ...existing, status: "accepted", updatedAt: at }
      changes.push({ t: "coding~", before: existing, after: coding })
    } else {
      coding = {
        id: Ids.make("cod"),
        segmentId: segment.id,
        codeId: input.codeId,
        coderId: input.coderId,
        status: "accepted",
        origin: "manual",
        createdAt: at,
        updatedAt: at,
      }
      changes.push({ t: "coding+", coding })
    }
    if (input.memo !== undefined)
      changes.push({
        t: "memo+",
        memo: {
          id: Ids.make("memo"),
          target: "segment",
          targetId: segment.id,
          text: input.memo,
          author: input.coderId,
          createdAt: at,
        },
      })
    yield* store.coders.ensure({ id: input.coderId, name: input.coderId, engine: false })
    if (changes.length > 0)
      yield* commit(store, `code ${source.id} ${input.start}–${input.end} as ${input.codeId}`, changes, at)
    return { coding, segment, warnings }
  })

/** Codes a whole turn (after its `Speaker:` label). */
export const codeTurn = (
  store: Store,
  input: {
    readonly sourceId: string
    readonly turn: number
    readonly codeId: string
    readonly coderId: string
  },
): Fx<Coded> =>
  Effect.gen(function* () {
    const source = yield* getSource(store, input.sourceId)
    const turn = (yield* store.turns.forSource(source.id)).find((t) => t.index === input.turn)
    if (!turn)
      return yield* new BadInput({
        reason: "unknown-turn",
        field: "turn",
        message: `source "${source.id}" has no turn ${input.turn}`,
      })
    const { start } = Locations.turnBody(new Text.OffsetMap(source.text), turn)
    return yield* codeRange(store, {
      sourceId: source.id,
      start,
      end: turn.end,
      codeId: input.codeId,
      coderId: input.coderId,
    })
  })

/** Codes the sentence containing code point `offset`. */
export const codeSentence = (
  store: Store,
  input: {
    readonly sourceId: string
    readonly offset: number
    readonly codeId: string
    readonly coderId: string
  },
): Fx<Coded> =>
  Effect.gen(function* () {
    const source = yield* getSource(store, input.sourceId)
    const sentence = Units.at(
      Units.sentences(source.text, yield* store.turns.forSource(source.id)),
      input.offset,
    )
    if (!sentence)
      return yield* new BadInput({
        reason: "no-sentence",
        field: "offset",
        message: `offset ${input.offset} of source "${source.id}" is not inside a sentence`,
      })
    return yield* codeRange(store, { ...input, start: sentence.start, end: sentence.end })
  })

/** Removes a coding (and its segment when nothing else codes it). */
export const uncode = (store: Store, codingId: string): Fx<Coding> =>
  Effect.gen(function* () {
    const coding = yield* getCoding(store, codingId)
    const segment = (yield* store.segments.get(coding.segmentId))!
    const others = (yield* codingsOn(store, segment)).filter((c) => c.id !== coding.id)
    const changes: Change[] = [{ t: "coding-", coding }]
    if (others.length === 0) changes.push({ t: "segment-", segment })
    yield* commit(
      store,
      `uncode ${coding.codeId} at ${segment.sourceId} ${segment.start}–${segment.end}`,
      changes,
    )
    return coding
  })

/**
 * Moves a coding to another code. When the segment already has that code from the same coder, the two collapse
 * into the one already there.
 */
export const recode = (
  store: Store,
  codingId: string,
  codeId: string,
  options: { readonly status?: CodingStatus } = {},
): Fx<Coding> =>
  Effect.gen(function* () {
    const coding = yield* getCoding(store, codingId)
    yield* getCode(store, codeId)
    const segment = (yield* store.segments.get(coding.segmentId))!
    const twin = (yield* codingsOn(store, segment)).find(
      (c) => c.id !== coding.id && c.codeId === codeId && c.coderId === coding.coderId,
    )
    const at = now()
    const status = options.status ?? coding.status
    const changes: Change[] = []
    let result: Coding
    if (twin) {
      changes.push({ t: "coding-", coding })
      result = twin.status === status ? twin : { ...twin, status, updatedAt: at }
      if (result !== twin) changes.push({ t: "coding~", before: twin, after: result })
    } else {
      result = { ...coding, codeId, status, updatedAt: at }
      changes.push({ t: "coding~", before: coding, after: result })
    }
    yield* commit(store, `recode ${coding.codeId} as ${codeId}`, changes, at)
    return result
  })

// when two codings collapse into one, a person's decision outweighs a pending suggestion
const precedence: Record<CodingStatus, number> = { accepted: 2, rejected: 1, suggested: 0 }

/**
 * Merges code `fromId` into `intoId`: its codings move (collapsing where the segment already has `intoId` from
 * the same coder, keeping the stronger status), its child codes and memos move, and `fromId` is removed.
 */
export const mergeCodes = (
  store: Store,
  fromId: string,
  intoId: string,
): Fx<{ readonly moved: number; readonly collapsed: number }> =>
  Effect.gen(function* () {
    const from = yield* getCode(store, fromId)
    const into = yield* getCode(store, intoId)
    if (from.id === into.id)
      return yield* new BadInput({
        reason: "same-code",
        field: "into",
        message: `cannot merge ${from.id} into itself`,
      })
    const at = now()
    yield* store.pending.materialize({ codeIds: [from.id, into.id] }, at)
    const codings = yield* store.codings.list({ codeIds: [from.id, into.id] })
    const target = new Map<string, Coding>()
    for (const c of codings) if (c.codeId === into.id) target.set(`${c.segmentId}\u0000${c.coderId}`, c)
    const changes: Change[] = []
    let moved = 0
    let collapsed = 0
    for (const c of codings) {
      if (c.codeId !== from.id) continue
      const twin = target.get(`${c.segmentId}\u0000${c.coderId}`)
      if (twin) {
        changes.push({ t: "coding-", coding: c })
        if (precedence[c.status] > precedence[twin.status]) {
          const after = { ...twin, status: c.status, updatedAt: at }
          changes.push({ t: "coding~", before: twin, after })
          target.set(`${c.segmentId}\u0000${c.coderId}`, after)
        }
        collapsed++
      } else {
        changes.push({ t: "coding~", before: c, after: { ...c, codeId: into.id, updatedAt: at } })
        moved++
      }
    }
    for (const child of (yield* store.codes.list()).filter((c) => c.parentId === from.id))
      changes.push({ t: "code~", before: child, after: { ...child, parentId: into.id } })
    for (const memo of yield* store.memos.list("code", from.id))
      changes.push({ t: "memo-", memo }, { t: "memo+", memo: { ...memo, targetId: into.id } })
    changes.push({ t: "code-", code: from })
    yield* commit(store, `merge ${from.id} into ${into.id}`, changes, at)
    return { moved, collapsed }
  })

/** The id a researcher's new code gets from its name: `Weak oversight` → `free/weak-oversight` (then `-2`, …). */
export const freeCodeId = (name: string, taken: ReadonlySet<string>): string =>
  Handles.unique(`free/${Handles.slug(name) || "code"}`, taken)

const checkName = (name: string): Effect.Effect<string, BadInput> =>
  name.trim().length === 0
    ? Effect.fail(
        new BadInput({ reason: "invalid-code-name", field: "name", message: "the code name is empty" }),
      )
    : Effect.succeed(name.trim())

/**
 * Creates a code a researcher made (no plugin owns it). Without an id it gets `free/<name>`; without a kind it is
 * a free code. A parent must exist.
 */
export const createCode = (
  store: Store,
  input: {
    readonly name: string
    readonly id?: string
    readonly kind?: Code["kind"]
    readonly parentId?: string
    readonly description?: string
  },
): Fx<Code> =>
  Effect.gen(function* () {
    const name = yield* checkName(input.name)
    const taken = new Set((yield* store.codes.list()).map((c) => c.id))
    if (input.id !== undefined && taken.has(input.id))
      return yield* new BadInput({
        reason: "code-exists",
        field: "code",
        message: `code "${input.id}" already exists`,
      })
    if (input.parentId !== undefined) yield* getCode(store, input.parentId)
    const code: Code = {
      id: input.id ?? freeCodeId(name, taken),
      name,
      kind: input.kind ?? "free",
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
    }
    yield* commit(store, `create code ${code.id}`, [{ t: "code+", code }])
    return code
  })

/** Renames a code; its id, and so its codings, stay. */
export const renameCode = (store: Store, codeId: string, name: string): Fx<Code> =>
  Effect.gen(function* () {
    const before = yield* getCode(store, codeId)
    const after = { ...before, name: yield* checkName(name) }
    if (after.name !== before.name)
      yield* commit(store, `rename ${before.id} from ${before.name} to ${after.name}`, [
        { t: "code~", before, after },
      ])
    return after
  })

/** Splits a code: makes `newCode` (a sibling of `codeId` of the same kind) and moves the given codings to it. */
export const splitCode = (
  store: Store,
  codeId: string,
  newCode: { readonly id: string; readonly name: string; readonly description?: string },
  codingIds: ReadonlyArray<string>,
): Fx<Code> =>
  Effect.gen(function* () {
    const code = yield* getCode(store, codeId)
    if (yield* store.codes.get(newCode.id))
      return yield* new BadInput({
        reason: "code-exists",
        field: "code",
        message: `code "${newCode.id}" already exists`,
      })
    const at = now()
    const created: Code = {
      ...newCode,
      kind: code.kind,
      parentId: code.parentId,
      plugin: undefined,
      colour: undefined,
    }
    const changes: Change[] = [{ t: "code+", code: created }]
    for (const id of codingIds) {
      const c = yield* getCoding(store, id)
      if (c.codeId !== code.id)
        return yield* new BadInput({
          reason: "wrong-code",
          field: "coding",
          message: `coding "${id}" is coded ${c.codeId}, not ${code.id}`,
        })
      changes.push({ t: "coding~", before: c, after: { ...c, codeId: created.id, updatedAt: at } })
    }
    yield* commit(store, `split ${code.id} into ${created.id}`, changes, at)
    return created
  })

/** Attaches a memo to the project, a source, a code or a segment. */
export const addMemo = (
  store: Store,
  input: {
    readonly target: MemoTarget
    readonly targetId?: string
    readonly text: string
    readonly author: string
    readonly title?: string
  },
): Fx<Memo> =>
  Effect.gen(function* () {
    if (input.target === "project" && input.targetId !== undefined)
      return yield* new BadInput({
        reason: "invalid-memo",
        field: "target",
        message: "a project memo has no target id",
      })
    if (input.target !== "project" && input.targetId === undefined)
      return yield* new BadInput({
        reason: "invalid-memo",
        field: "target",
        message: `a ${input.target} memo needs the ${input.target}'s id`,
      })
    if (input.target === "source") yield* getSource(store, input.targetId!)
    if (input.target === "code") yield* getCode(store, input.targetId!)
    if (input.target === "segment" && !(yield* store.segments.get(input.targetId!)))
      return yield* new BadInput({
        reason: "unknown-segment",
        field: "target",
        message: `unknown segment "${input.targetId}"`,
      })
    if (input.text.trim().length === 0)
      return yield* new BadInput({ reason: "invalid-memo", field: "text", message: "the memo text is empty" })
    const memo: Memo = {
      id: Ids.make("memo"),
      target: input.target,
      targetId: input.targetId,
      title: input.title,
      text: input.text,
      author: input.author,
      createdAt: now(),
    }
    yield* commit(store, `memo on ${input.target}${input.targetId ? ` ${input.targetId}` : ""}`, [
      { t: "memo+", memo },
    ])
    return memo
  })

/** Changes a memo's text or title; author and time stay (an edit is undone in one step). */
export const editMemo = (
  store: Store,
  memo: Memo,
  change: { readonly text?: string; readonly title?: string },
): Fx<Memo> =>
  Effect.gen(function* () {
    if (change.text !== undefined && change.text.trim().length === 0)
      return yield* new BadInput({ reason: "invalid-memo", field: "text", message: "the memo text is empty" })
    const after: Memo = {
      ...memo,
      ...(change.text !== undefined ? { text: change.text } : {}),
      ...(change.title !== undefined ? { title: change.title } : {}),
    }
    yield* commit(store, `edit memo ${memo.id}`, [
      { t: "memo-", memo },
      { t: "memo+", memo: after },
    ])
    return after
  })

/** Removes a memo. */
export const removeMemo = (store: Store, memo: Memo): Fx<void> =>
  Effect.asVoid(commit(store, `remove memo ${memo.id}`, [{ t: "memo-", memo }]))
