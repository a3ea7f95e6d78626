/**
 * Codings: a segment coded with a code by a coder, suggested, accepted or rejected. Every reader here (`list`,
 * `get`, `rows`, `count`) sees the pending suggestions as codings with status `suggested`, wherever the filter
 * admits that status, however they are stored (see `PendingSuggestions`).
 */
import type { Code, Coding, CodingStatus, Explanation, Segment, SourceKind } from "@valuelens/core"
import { Text } from "@valuelens/core"
import { Effect } from "effect"
import type { CodesRepository } from "./Codes.js"
import * as Pending from "./Pending.js"
import type { PendingFilter, PendingSuggestionsRepository } from "./PendingSuggestions.js"
import { chunks, type Db, inChunks, nul, opt, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { SegmentsRepository } from "./Segments.js"
import type { StoreError } from "./StoreError.js"

export interface CodingFilter {
  readonly status?: ReadonlyArray<CodingStatus>
  readonly coderIds?: ReadonlyArray<string>
  readonly codeIds?: ReadonlyArray<string>
  readonly sourceIds?: ReadonlyArray<string>
}

/** A coding with the span of its segment, for matching suggestions against what is stored. */
export interface CodingSpan extends Coding {
  readonly sourceId: string
  readonly start: number
  readonly end: number
}

/** A coding joined with its segment, source and participant: one row of `export codings`. */
export interface CodingRow {
  readonly codingId: string
  readonly segmentId: string
  readonly sourceId: string
  readonly sourceTitle: string
  readonly sourceKind: SourceKind
  readonly documentType: string | undefined
  readonly participantId: string | undefined
  readonly group: string | undefined
  readonly start: number
  readonly end: number
  readonly text: string
  readonly codeId: string
  readonly codeName: string
  readonly codeKind: Code["kind"]
  readonly coderId: string
  readonly status: CodingStatus
  readonly origin: string
  readonly score: number | undefined
}

export interface CodingsRepository {
  readonly insert: (cs: ReadonlyArray<Coding>) => Effect.Effect<void, StoreError>
  /**
   * Adds new segments and the codings on them (and on existing segments) as one batch: the write path of
   * auto-coding, many thousands of rows at a time.
   */
  readonly insertSuggestions: (batch: {
    readonly segments: ReadonlyArray<Segment>
    readonly codings: ReadonlyArray<Coding>
  }) => Effect.Effect<void, StoreError>
  /** Rewrites the status, origin, score, explanation and update time of many codings. */
  readonly updateMany: (cs: ReadonlyArray<Coding>) => Effect.Effect<void, StoreError>
  /**
   * One coder's stored codings with their segments' places (of these sources only, when given): what an
   * auto-coding run compares its findings with, beside that coder's pending suggestions (`pending.bySource`).
   */
  readonly withSpans: (
    coderId: string,
    sourceIds?: ReadonlyArray<string>,
  ) => Effect.Effect<CodingSpan[], StoreError>
  /** A coding by id, a pending suggestion included. */
  readonly get: (id: string) => Effect.Effect<Coding | undefined, StoreError>
  /** The codings a filter selects, pending suggestions included, oldest first. */
  readonly list: (f?: CodingFilter) => Effect.Effect<Coding[], StoreError>
  /** Codings joined with segment, source, participant and code, in source order, pending suggestions included. */
  readonly rows: (f?: CodingFilter) => Effect.Effect<CodingRow[], StoreError>
  readonly update: (c: Coding) => Effect.Effect<void, StoreError>
  readonly setStatus: (
    ids: ReadonlyArray<string>,
    status: CodingStatus,
    at: string,
  ) => Effect.Effect<void, StoreError>
  readonly remove: (ids: ReadonlyArray<string>) => Effect.Effect<void, StoreError>
  /** How many codings a filter selects, pending suggestions included. */
  readonly count: (f?: CodingFilter) => Effect.Effect<number, StoreError>
}

/**
 * Explanations are stored compactly: `{"m":[[term,start,end],…],"n":note}`, a match's rule added as a fourth
 * element only when it differs from the rule the coding's origin (`rule:<id>`) names. Suggestions are written by
 * the hundred thousand, and the repeated keys and rule ids of the plain form made up most of their bytes.
 * Explanations stored in the plain form (`{"matches":[{term,rule,start,end}],"note"}`) read as before.
 */
const ruleOf = (origin: string): string | undefined =>
  origin.startsWith("rule:") ? origin.slice(5) : undefined

export const encodeExplanation = (e: Explanation, origin: string): string => {
  const rule = ruleOf(origin)
  // built as a string: this runs once per stored suggestion
  let out = '{"m":['
  for (let i = 0; i < e.matches.length; i++) {
    const x = e.matches[i]!
    out += `${i === 0 ? "" : ","}[${JSON.stringify(x.term)},${x.start},${x.end}`
    out += x.rule === rule ? "]" : `,${JSON.stringify(x.rule)}]`
  }
  return e.note === undefined ? `${out}]}` : `${out}],"n":${JSON.stringify(e.note)}}`
}

export const decodeExplanation = (text: string, origin: string): Explanation => {
  const raw = JSON.parse(text) as
    | Explanation
    | { m: Array<[string, number, number] | [string, number, number, string]>; n?: string }
  if (!("m" in raw)) return raw
  const rule = ruleOf(origin) ?? ""
  const matches = raw.m.map((x) => ({ term: x[0], rule: x[3] ?? rule, start: x[1], end: x[2] }))
  return raw.n === undefined ? { matches } : { matches, note: raw.n }
}

const toCoding = (r: Database["coding"]): Coding => ({
  id: r.id,
  segmentId: r.segmentId,
  codeId: r.codeId,
  coderId: r.coderId,
  status: r.status as CodingStatus,
  origin: r.origin,
  score: opt(r.score),
  explanation: r.explanation === null ? undefined : decodeExplanation(r.explanation, r.origin),
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
})
const fromCoding = (c: Coding): Database["coding"] => ({
  id: c.id,
  segmentId: c.segmentId,
  codeId: c.codeId,
  coderId: c.coderId,
  status: c.status,
  origin: c.origin,
  score: nul(c.score),
  explanation: c.explanation === undefined ? null : encodeExplanation(c.explanation, c.origin),
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
})

/** Writes coding rows (on segments already stored). */
export const insertRows = (db: Db, cs: ReadonlyArray<Coding>): Effect.Effect<void, StoreError> =>
  inChunks(cs.map(fromCoding), (rows) =>
    run("adding codings", () => db.insertInto("coding").values(rows).execute()),
  )

/** Whether a filter lets codings with status `suggested` through, and so the pending suggestions. */
const admitsSuggested = (f: CodingFilter) => !f.status?.length || f.status.includes("suggested")
const pendingFilter = (f: CodingFilter): PendingFilter => ({
  sourceIds: f.sourceIds,
  codeIds: f.codeIds,
  coderIds: f.coderIds,
})
/** The coding of a coding with its span. */
export const withoutSpan = ({ sourceId: _s, start: _a, end: _b, ...c }: CodingSpan): Coding => c
const byTime = (a: Coding, b: Coding) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

type PositionedRow = CodingRow & { readonly position: number }

export const make = (
  db: Db,
  repos: {
    readonly segments: SegmentsRepository
    readonly codes: CodesRepository
    readonly pending: PendingSuggestionsRepository
  },
): CodingsRepository => {
  const { pending } = repos
  const update = (c: Coding) =>
    run("updating a coding", () =>
      db.updateTable("coding").set(fromCoding(c)).where("id", "=", c.id).execute(),
    ).pipe(Effect.asVoid)

  const stored = (f: CodingFilter) =>
    run("listing codings", () => {
      let q = db.selectFrom("coding").selectAll("coding")
      if (f.status?.length) q = q.where("status", "in", f.status)
      if (f.coderIds?.length) q = q.where("coderId", "in", f.coderIds)
      if (f.codeIds?.length) q = q.where("codeId", "in", f.codeIds)
      if (f.sourceIds?.length)
        q = q
          .innerJoin("segment", "segment.id", "coding.segmentId")
          .where("segment.sourceId", "in", f.sourceIds)
      return q.orderBy("coding.createdAt").orderBy("coding.id").execute()
    }).pipe(Effect.map((rs) => rs.map(toCoding)))

  /** Stored codings joined with segment, source, participant and code, in source order (with the position). */
  const storedRows = (f: CodingFilter) =>
    run("reading codings", () => {
      let q = db
        .selectFrom("coding")
        .innerJoin("segment", "segment.id", "coding.segmentId")
        .innerJoin("source", "source.id", "segment.sourceId")
        .innerJoin("code", "code.id", "coding.codeId")
        .leftJoin("participant", "participant.id", "source.participantId")
        .select([
          "coding.id as codingId",
          "segment.id as segmentId",
          "source.id as sourceId",
          "source.title as sourceTitle",
          "source.kind as sourceKind",
          "source.documentType as documentType",
          "source.participantId as participantId",
          "participant.group as group",
          "segment.start as start",
          "segment.end as end",
          "segment.text as text",
          "code.id as codeId",
          "code.name as codeName",
          "code.kind as codeKind",
          "coding.coderId as coderId",
          "coding.status as status",
          "coding.origin as origin",
          "coding.score as score",
          "source.position as position",
        ])
      if (f.status?.length) q = q.where("coding.status", "in", f.status)
      if (f.coderIds?.length) q = q.where("coding.coderId", "in", f.coderIds)
      if (f.codeIds?.length) q = q.where("coding.codeId", "in", f.codeIds)
      if (f.sourceIds?.length) q = q.where("source.id", "in", f.sourceIds)
      return q
        .orderBy("source.position")
        .orderBy("segment.start")
        .orderBy("segment.end")
        .orderBy("code.id")
        .orderBy("coding.coderId")
        .execute()
    }).pipe(
      Effect.map((rs) =>
        rs.map(
          (r): PositionedRow => ({
            ...r,
            sourceKind: r.sourceKind as SourceKind,
            documentType: opt(r.documentType),
            participantId: opt(r.participantId),
            group: opt(r.group),
            codeKind: r.codeKind as Code["kind"],
            status: r.status as CodingStatus,
            score: opt(r.score),
          }),
        ),
      ),
    )

  /** Pending suggestions joined like `storedRows`: source, participant and code, and their text. */
  const joinPending = (waiting: ReadonlyArray<CodingSpan>) =>
    Effect.gen(function* () {
      const ids = [...new Set(waiting.map((w) => w.sourceId))]
      const info = new Map<
        string,
        {
          readonly id: string
          readonly title: string
          readonly kind: string
          readonly documentType: string | null
          readonly participantId: string | null
          readonly position: number
          readonly text: string
          readonly group: string | null
        }
      >()
      for (const part of chunks(ids))
        for (const r of yield* run("reading sources", () =>
          db
            .selectFrom("source")
            .leftJoin("participant", "participant.id", "source.participantId")
            .select([
              "source.id",
              "source.title",
              "source.kind",
              "source.documentType",
              "source.participantId",
              "source.position",
              "source.text",
              "participant.group",
            ])
            .where("source.id", "in", part)
            .execute(),
        ))
          info.set(r.id, r)
      const codeInfo = new Map((yield* repos.codes.list()).map((c) => [c.id, c] as const))
      const maps = new Map<string, Text.OffsetMap>()
      return waiting.flatMap((w): PositionedRow[] => {
        const s = info.get(w.sourceId)
        const code = codeInfo.get(w.codeId)
        // like the stored rows' inner joins: a suggestion of a code no longer in the codebook is not listed
        if (!s || !code) return []
        let map = maps.get(s.id)
        if (!map) {
          map = new Text.OffsetMap(s.text)
          maps.set(s.id, map)
        }
        return [
          {
            codingId: w.id,
            segmentId: w.segmentId,
            sourceId: s.id,
            sourceTitle: s.title,
            sourceKind: s.kind as SourceKind,
            documentType: opt(s.documentType),
            participantId: opt(s.participantId),
            group: opt(s.group),
            start: w.start,
            end: w.end,
            text: map.slice(w.start, w.end),
            codeId: code.id,
            codeName: code.name,
            codeKind: code.kind,
            coderId: w.coderId,
            status: w.status,
            origin: w.origin,
            score: w.score,
            position: s.position,
          },
        ]
      })
    })

  return {
    insert: (cs) => insertRows(db, cs),
    insertSuggestions: (batch) =>
      Effect.andThen(repos.segments.insert(batch.segments), insertRows(db, batch.codings)),
    updateMany: (cs) =>
      Effect.forEach(
        cs,
        (c) =>
          run("updating codings", () =>
            db
              .updateTable("coding")
              .set({
                status: c.status,
                origin: c.origin,
                score: nul(c.score),
                explanation: c.explanation === undefined ? null : encodeExplanation(c.explanation, c.origin),
                updatedAt: c.updatedAt,
              })
              .where("id", "=", c.id)
              .execute(),
          ),
        { discard: true },
      ),
    withSpans: (coderId, sourceIds) =>
      run("listing codings", () => {
        let q = db
          .selectFrom("coding")
          .innerJoin("segment", "segment.id", "coding.segmentId")
          .selectAll("coding")
          .select(["segment.sourceId", "segment.start", "segment.end"])
          .where("coding.coderId", "=", coderId)
        if (sourceIds?.length) q = q.where("segment.sourceId", "in", sourceIds)
        return q.execute()
      }).pipe(
        Effect.map((rs) =>
          rs.map((r): CodingSpan => ({ ...toCoding(r), sourceId: r.sourceId, start: r.start, end: r.end })),
        ),
      ),
    get: (id) =>
      Effect.gen(function* () {
        const r = yield* run("reading a coding", () =>
          db.selectFrom("coding").selectAll().where("id", "=", id).executeTakeFirst(),
        )
        if (r) return toCoding(r)
        const named = Pending.parseCodingId(id)
        if (!named) return undefined
        const waiting = yield* pending.list({ sourceIds: [named.sourceId], codeIds: [named.codeId] })
        const found = waiting.find((c) => c.id === id)
        return found ? withoutSpan(found) : undefined
      }),
    list: (f = {}) =>
      Effect.gen(function* () {
        const rows = yield* stored(f)
        if (!admitsSuggested(f)) return rows
        const waiting = yield* pending.list(pendingFilter(f))
        return waiting.length === 0 ? rows : [...rows, ...waiting.map(withoutSpan)].sort(byTime)
      }),
    rows: (f = {}) =>
      Effect.gen(function* () {
        const rows = yield* storedRows(f)
        if (!admitsSuggested(f)) return rows
        const waiting = yield* pending.list(pendingFilter(f))
        if (waiting.length === 0) return rows
        const joined = yield* joinPending(waiting)
        return [...rows, ...joined].sort(
          (a, b) =>
            a.position - b.position ||
            a.start - b.start ||
            a.end - b.end ||
            (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0) ||
            (a.coderId < b.coderId ? -1 : a.coderId > b.coderId ? 1 : 0),
        )
      }).pipe(Effect.map((rs) => rs.map(({ position: _p, ...r }): CodingRow => r))),
    update,
    setStatus: (ids, status, at) =>
      inChunks(ids, (part) =>
        run("updating codings", () =>
          db.updateTable("coding").set({ status, updatedAt: at }).where("id", "in", part).execute(),
        ),
      ),
    remove: (ids) =>
      inChunks(ids, (part) =>
        run("removing codings", () => db.deleteFrom("coding").where("id", "in", part).execute()),
      ),
    count: (f = {}) =>
      Effect.gen(function* () {
        const n = yield* run("counting codings", () => {
          let q = db.selectFrom("coding").select((eb) => eb.fn.countAll<number>().as("n"))
          if (f.status?.length) q = q.where("status", "in", f.status)
          if (f.coderIds?.length) q = q.where("coderId", "in", f.coderIds)
          if (f.codeIds?.length) q = q.where("codeId", "in", f.codeIds)
          return q.executeTakeFirstOrThrow()
        })
        const waiting = admitsSuggested(f) ? yield* pending.count(f) : 0
        return Number(n.n) + waiting
      }),
  }
}
