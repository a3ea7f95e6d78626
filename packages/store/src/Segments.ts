/** Quotations: spans of a source's text (code points, end-exclusive) that codings attach to. Segments may overlap. */
import type { Segment } from "@valuelens/core"
import { Effect } from "effect"
import { chunks, type Db, inChunks, run } from "./Query.js"
import type { StoreError } from "./StoreError.js"

/** A segment's place without its text. */
export interface SegmentSpan {
  readonly id: string
  readonly sourceId: string
  readonly start: number
  readonly end: number
}

/**
 * The stored segments. A pending suggestion has no segment until it is decided (`pending.materialize`);
 * `pending.onSegments` names the segments the pending suggestions would take.
 */
export interface SegmentsRepository {
  readonly insert: (ss: ReadonlyArray<Segment>) => Effect.Effect<void, StoreError>
  readonly get: (id: string) => Effect.Effect<Segment | undefined, StoreError>
  readonly forSource: (sourceId: string) => Effect.Effect<Segment[], StoreError>
  readonly all: () => Effect.Effect<Segment[], StoreError>
  /** Every segment's place without its text (of these sources only, when given). */
  readonly spans: (sourceIds?: ReadonlyArray<string>) => Effect.Effect<SegmentSpan[], StoreError>
  readonly find: (
    sourceId: string,
    start: number,
    end: number,
  ) => Effect.Effect<Segment | undefined, StoreError>
  readonly update: (s: Segment) => Effect.Effect<void, StoreError>
  readonly remove: (ids: ReadonlyArray<string>) => Effect.Effect<void, StoreError>
  /** Removes those of these segments that no coding uses any more. */
  readonly removeUnused: (ids: ReadonlyArray<string>) => Effect.Effect<void, StoreError>
}

export const make = (db: Db): SegmentsRepository => ({
  insert: (ss) =>
    inChunks(ss, (rows) => run("adding segments", () => db.insertInto("segment").values(rows).execute())),
  get: (id) =>
    run("reading a segment", () =>
      db.selectFrom("segment").selectAll().where("id", "=", id).executeTakeFirst(),
    ),
  forSource: (sourceId) =>
    run("reading segments", () =>
      db
        .selectFrom("segment")
        .selectAll()
        .where("sourceId", "=", sourceId)
        .orderBy("start")
        .orderBy("end")
        .execute(),
    ),
  all: () => run("reading segments", () => db.selectFrom("segment").selectAll().execute()),
  spans: (sourceIds) =>
    sourceIds?.length
      ? Effect.map(
          Effect.forEach(
            // many sources are read in chunks, below the limit on bound parameters
            chunks([...new Set(sourceIds)]),
            (part) =>
              run("reading segments", () =>
                db
                  .selectFrom("segment")
                  .select(["id", "sourceId", "start", "end"])
                  .where("sourceId", "in", part)
                  .execute(),
              ),
          ),
          (parts) => parts.flat(),
        )
      : run("reading segments", () =>
          db.selectFrom("segment").select(["id", "sourceId", "start", "end"]).execute(),
        ),
  find: (sourceId, start, end) =>
    run("finding a segment", () =>
      db
        .selectFrom("segment")
        .selectAll()
        .where("sourceId", "=", sourceId)
        .where("start", "=", start)
        .where("end", "=", end)
        .executeTakeFirst(),
    ),
  update: (s) =>
    run("updating a segment", () => db.updateTable("segment").set(s).where("id", "=", s.id).execute()).pipe(
      Effect.asVoid,
    ),
  remove: (ids) =>
    inChunks(ids, (part) =>
      run("removing segments", () => db.deleteFrom("segment").where("id", "in", part).execute()),
    ),
  removeUnused: (ids) =>
    inChunks(ids, (part) =>
      run("removing segments", () =>
        db
          .deleteFrom("segment")
          .where("id", "in", part)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom("coding").select("coding.id").whereRef("coding.segmentId", "=", "segment.id"),
              ),
            ),
          )
          .execute(),
      ),
    ),
})
