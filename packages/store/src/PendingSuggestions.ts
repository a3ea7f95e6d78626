/**
 * The one place that knows how undecided suggestions are stored: packed, one `pending_suggestions` row per
 * source (the format is in `Pending`), until something is done to one and it becomes an ordinary segment and
 * coding row (`materialize`). Every reader of codings goes through `list` here, so a pending suggestion looks
 * the same wherever it is read: a coding with status `suggested`, on the stored segment of its span when there
 * is one, otherwise on a segment of its own that `materialize` creates under the same id.
 */
import type { Coding, Segment } from "@valuelens/core"
import { Ids, Text } from "@valuelens/core"
import { Effect } from "effect"
import { type CodingSpan, insertRows, withoutSpan } from "./Codings.js"
import * as Pending from "./Pending.js"
import { chunks, type Db, inChunks, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { SegmentSpan, SegmentsRepository } from "./Segments.js"
import type { SourcesRepository } from "./Sources.js"
import type { StoreError } from "./StoreError.js"

/** Which pending suggestions: of these sources, codes and coders (all when a list is absent or empty). */
export interface PendingFilter {
  readonly sourceIds?: ReadonlyArray<string>
  readonly codeIds?: ReadonlyArray<string>
  readonly coderIds?: ReadonlyArray<string>
}

export interface PendingSuggestionsRepository {
  /** Replaces a coder's pending suggestions on a source (none: removes them); other coders' stay. */
  readonly replace: (
    sourceId: string,
    coderId: string,
    suggestions: ReadonlyArray<Pending.PendingSuggestion>,
    at: string,
  ) => Effect.Effect<void, StoreError>
  /** The same for many sources at once, with the coder's suggestions packed already (`Pending.pack`). */
  readonly write: (
    coderId: string,
    packs: ReadonlyMap<string, Pending.Packed>,
    at: string,
  ) => Effect.Effect<void, StoreError>
  /** Each source's pending suggestions as packed, unpacked (of these sources and coders: one coder's, as a map by source). */
  readonly bySource: (
    f?: Omit<PendingFilter, "codeIds">,
  ) => Effect.Effect<Map<string, Pending.PendingSuggestion[]>, StoreError>
  /** Pending suggestions as codings with their spans, by source id, on the segments they sit on. */
  readonly list: (f?: PendingFilter) => Effect.Effect<CodingSpan[], StoreError>
  /**
   * Every pending suggestion as a coding on a segment, with the segments not stored yet that they sit on (for
   * exports that list segments and codings side by side).
   */
  readonly onSegments: (
    f?: PendingFilter,
  ) => Effect.Effect<{ segments: Segment[]; codings: Coding[] }, StoreError>
  /** How many suggestions are pending (of these codes and coders), without unpacking them. */
  readonly count: (f?: Pick<PendingFilter, "codeIds" | "coderIds">) => Effect.Effect<number, StoreError>
  /**
   * Turns pending suggestions into ordinary segment and coding rows with status `suggested`, under the same
   * ids, so that a decision, an edit or a merge can work on them like on any coding. Takes the suggestions
   * named by id (other ids are ignored) or every one of the given sources or codes. Returns how many moved.
   */
  readonly materialize: (
    which: { readonly ids?: ReadonlyArray<string> } & PendingFilter,
    at: string,
  ) => Effect.Effect<number, StoreError>
}

type PendingRow = Pick<
  Database["pending_suggestions"],
  "sourceId" | "coderId" | "strings" | "data" | "createdAt"
>

/** A pending suggestion as a coding with its span, on the suggestion's own segment id. */
const asCoding = (r: PendingRow, p: Pending.PendingSuggestion, id: string): CodingSpan => ({
  id,
  segmentId: Pending.segmentIdOf(r.sourceId, p.start, p.end),
  codeId: p.codeId,
  coderId: r.coderId,
  status: "suggested",
  origin: p.origin,
  score: p.score,
  explanation: p.explanation,
  createdAt: r.createdAt,
  updatedAt: r.createdAt,
  sourceId: r.sourceId,
  start: p.start,
  end: p.end,
})

const spanKey = (sourceId: string, start: number, end: number) => `${sourceId}\u0000${start}\u0000${end}`

/**
 * Puts pending suggestions on segments: the stored segment of the same span, otherwise one of their own under
 * the suggestion's segment id, or, where a stored segment that has moved since (re-anchored, edited) holds that
 * id, under an id made from the span. Deterministic, so every reader and `materialize` agree.
 */
const place = (
  waiting: ReadonlyArray<CodingSpan>,
  stored: ReadonlyArray<SegmentSpan>,
): { codings: CodingSpan[]; fresh: SegmentSpan[] } => {
  const bySpan = new Map(stored.map((s) => [spanKey(s.sourceId, s.start, s.end), s.id] as const))
  const taken = new Set(stored.map((s) => s.id))
  const fresh: SegmentSpan[] = []
  const codings = waiting.map((c) => {
    const key = spanKey(c.sourceId, c.start, c.end)
    let segmentId = bySpan.get(key)
    if (segmentId === undefined) {
      segmentId = taken.has(c.segmentId)
        ? Ids.stable("seg", c.sourceId, c.start, c.end, "suggested")
        : c.segmentId
      bySpan.set(key, segmentId)
      fresh.push({ id: segmentId, sourceId: c.sourceId, start: c.start, end: c.end })
    }
    return segmentId === c.segmentId ? c : { ...c, segmentId }
  })
  return { codings, fresh }
}

export const make = (
  db: Db,
  repos: { readonly sources: SourcesRepository; readonly segments: SegmentsRepository },
): PendingSuggestionsRepository => {
  const rows = (f: Omit<PendingFilter, "codeIds">) => {
    const read = (sourceIds: ReadonlyArray<string> | undefined) =>
      run("reading pending suggestions", () => {
        let q = db.selectFrom("pending_suggestions").selectAll()
        if (sourceIds?.length) q = q.where("sourceId", "in", sourceIds)
        if (f.coderIds?.length) q = q.where("coderId", "in", f.coderIds)
        return q.orderBy("sourceId").orderBy("coderId").execute()
      })
    // many sources are read in chunks, below the limit on bound parameters
    return f.sourceIds?.length
      ? Effect.map(Effect.forEach(chunks([...new Set(f.sourceIds)]), read), (parts) => parts.flat())
      : read(undefined)
  }

  /** The suggestions of these rows (of these codes), placed on segments. */
  const placed = (rs: ReadonlyArray<PendingRow>, codeIds: ReadonlyArray<string> | undefined) =>
    Effect.gen(function* () {
      const codes = codeIds?.length ? new Set(codeIds) : undefined
      const waiting: CodingSpan[] = []
      for (const r of rs)
        for (const p of Pending.unpack(r))
          if (!codes || codes.has(p.codeId))
            waiting.push(asCoding(r, p, Pending.codingIdOf(r.sourceId, p.start, p.end, p.codeId, r.coderId)))
      if (waiting.length === 0) return { codings: waiting, fresh: [] }
      return place(waiting, yield* repos.segments.spans([...new Set(waiting.map((w) => w.sourceId))]))
    })

  /** Segments for these places, with their text. */
  const withText = (fresh: ReadonlyArray<SegmentSpan>) =>
    Effect.gen(function* () {
      const maps = new Map<string, Text.OffsetMap>()
      const out: Segment[] = []
      for (const s of fresh) {
        let map = maps.get(s.sourceId)
        if (!map) {
          map = new Text.OffsetMap((yield* repos.sources.get(s.sourceId))?.text ?? "")
          maps.set(s.sourceId, map)
        }
        out.push({ ...s, text: map.slice(s.start, s.end) })
      }
      return out
    })

  const write = (coderId: string, packs: ReadonlyMap<string, Pending.Packed>, at: string) =>
    Effect.gen(function* () {
      yield* inChunks([...packs.keys()], (part) =>
        run("removing pending suggestions", () =>
          db
            .deleteFrom("pending_suggestions")
            .where("sourceId", "in", part)
            .where("coderId", "=", coderId)
            .execute(),
        ),
      )
      const values = [...packs]
        .filter(([, p]) => p.count > 0)
        .map(([sourceId, p]) => ({
          sourceId,
          coderId,
          count: p.count,
          codes: p.codes,
          strings: p.strings,
          data: Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength),
          createdAt: at,
        }))
      yield* inChunks(
        values,
        (part) =>
          run("adding pending suggestions", () =>
            db.insertInto("pending_suggestions").values(part).execute(),
          ),
        100,
      )
    })
  const replace = (
    sourceId: string,
    coderId: string,
    suggestions: ReadonlyArray<Pending.PendingSuggestion>,
    at: string,
  ) => write(coderId, new Map([[sourceId, Pending.pack(suggestions)]]), at)

  return {
    replace,
    write,
    bySource: (f = {}) =>
      Effect.map(rows(f), (rs) => new Map(rs.map((r) => [r.sourceId, Pending.unpack(r)] as const))),
    list: (f = {}) =>
      Effect.map(
        Effect.flatMap(rows(f), (rs) => placed(rs, f.codeIds)),
        (p) => p.codings,
      ),
    onSegments: (f = {}) =>
      Effect.gen(function* () {
        const p = yield* placed(yield* rows(f), f.codeIds)
        return {
          segments: yield* withText(p.fresh),
          codings: p.codings.map(withoutSpan),
        }
      }),
    count: (f = {}) =>
      run("counting pending suggestions", () => {
        let q = db.selectFrom("pending_suggestions").select(["count", "codes"])
        if (f.coderIds?.length) q = q.where("coderId", "in", f.coderIds)
        return q.execute()
      }).pipe(
        Effect.map((rs) => {
          let n = 0
          for (const r of rs)
            if (!f.codeIds?.length) n += r.count
            else {
              const perCode = JSON.parse(r.codes) as Record<string, number>
              for (const c of f.codeIds) n += perCode[c] ?? 0
            }
          return n
        }),
      ),
    materialize: (which, at) =>
      Effect.gen(function* () {
        const byId = which.ids ? new Set(which.ids) : undefined
        const idSources = which.ids?.flatMap((id) => {
          const p = Pending.parseCodingId(id)
          return p ? [p.sourceId] : []
        })
        if (byId && idSources?.length === 0) return 0
        const codes = which.codeIds?.length ? new Set(which.codeIds) : undefined
        let moved = 0
        for (const r of yield* rows({ sourceIds: idSources ?? which.sourceIds, coderIds: which.coderIds })) {
          const take: CodingSpan[] = []
          const keep: Pending.PendingSuggestion[] = []
          for (const p of Pending.unpack(r)) {
            const id = Pending.codingIdOf(r.sourceId, p.start, p.end, p.codeId, r.coderId)
            if (byId ? byId.has(id) : !codes || codes.has(p.codeId)) take.push(asCoding(r, p, id))
            else keep.push(p)
          }
          if (take.length === 0) continue
          const p = place(take, yield* repos.segments.spans([r.sourceId]))
          yield* repos.segments.insert(yield* withText(p.fresh))
          yield* insertRows(
            db,
            p.codings.map((c) => ({ ...withoutSpan(c), updatedAt: at })),
          )
          yield* replace(r.sourceId, r.coderId, keep, r.createdAt)
          moved += take.length
        }
        return moved
      }),
  }
}
