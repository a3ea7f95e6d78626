/** The interviews, documents and statistics of a project, in import order, with their normalised text. */
import type { Source, SourceKind } from "@valuelens/core"
import { Effect } from "effect"
import * as Backend from "./Backend.js"
import { type Db, inChunks, nul, opt, run } from "./Query.js"
import type { Database } from "./Schema.js"
import type { StoreError } from "./StoreError.js"

/** A source without its text, for listings. */
export type SourceSummary = Omit<Source, "text"> & { readonly length: number }

export interface SourcesRepository {
  /** Every source without its text (cheap); `get` for the text. */
  readonly list: (kind?: SourceKind) => Effect.Effect<SourceSummary[], StoreError>
  /** Every source with its text, in import order. */
  readonly listWithText: (kind?: SourceKind) => Effect.Effect<Source[], StoreError>
  readonly get: (id: string) => Effect.Effect<Source | undefined, StoreError>
  /**
   * Ids of the sources that may hold a phrase (as `Search.indexQuery` writes it: its words in double quotes), in
   * import order: the candidates a text search then reads. Found through the backend's text index.
   */
  readonly matching: (query: string) => Effect.Effect<string[], StoreError>
  readonly findByHash: (hash: string) => Effect.Effect<Source | undefined, StoreError>
  /** The latest source imported from a file of this name. */
  readonly findByFileName: (fileName: string) => Effect.Effect<Source | undefined, StoreError>
  /** The position the next imported source takes. */
  readonly nextPosition: () => Effect.Effect<number, StoreError>
  readonly insert: (ss: ReadonlyArray<Source>) => Effect.Effect<void, StoreError>
  readonly update: (s: Source) => Effect.Effect<void, StoreError>
  readonly remove: (id: string) => Effect.Effect<void, StoreError>
}

const toSource = (r: Database["source"]): Source => ({
  id: r.id,
  kind: r.kind as SourceKind,
  title: r.title,
  text: r.text,
  hash: r.hash,
  fileName: opt(r.fileName),
  language: opt(r.language),
  country: opt(r.country),
  year: opt(r.year),
  date: opt(r.date),
  participantId: opt(r.participantId),
  documentType: opt(r.documentType) as Source["documentType"],
  metadata: JSON.parse(r.metadata),
  position: r.position,
  importedAt: r.importedAt,
})
const fromSource = (s: Source): Database["source"] => ({
  id: s.id,
  kind: s.kind,
  title: s.title,
  text: s.text,
  hash: s.hash,
  fileName: nul(s.fileName),
  language: nul(s.language),
  country: nul(s.country),
  year: nul(s.year),
  date: nul(s.date),
  participantId: nul(s.participantId),
  documentType: nul(s.documentType),
  metadata: JSON.stringify(s.metadata ?? {}),
  position: s.position,
  importedAt: s.importedAt,
})

const summaryColumns = [
  "id",
  "kind",
  "title",
  "hash",
  "fileName",
  "language",
  "country",
  "year",
  "date",
  "participantId",
  "documentType",
  "metadata",
  "position",
  "importedAt",
] as const

export const make = (db: Db): SourcesRepository => ({
  list: (kind) =>
    run("listing sources", () => {
      let q = db
        .selectFrom("source")
        .select([...summaryColumns])
        .select((eb) => eb.fn<number>("length", ["text"]).as("length"))
      if (kind) q = q.where("kind", "=", kind)
      return q.orderBy("position").execute()
    }).pipe(
      Effect.map((rs) =>
        rs.map((r): SourceSummary => {
          const { text: _t, ...rest } = toSource({ ...r, text: "" })
          return { ...rest, length: Number(r.length) }
        }),
      ),
    ),
  listWithText: (kind) =>
    run("reading sources", () => {
      let q = db.selectFrom("source").selectAll()
      if (kind) q = q.where("kind", "=", kind)
      return q.orderBy("position").execute()
    }).pipe(Effect.map((rs) => rs.map(toSource))),
  get: (id) =>
    run("reading a source", () =>
      db.selectFrom("source").selectAll().where("id", "=", id).executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toSource(r) : undefined))),
  matching: (query) => run("searching the sources", () => Backend.of(db).matching(db, query)),
  findByHash: (hash) =>
    run("finding a source", () =>
      db.selectFrom("source").selectAll().where("hash", "=", hash).executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toSource(r) : undefined))),
  findByFileName: (fileName) =>
    run("finding a source", () =>
      db
        .selectFrom("source")
        .selectAll()
        .where("fileName", "=", fileName)
        .orderBy("position", "desc")
        .executeTakeFirst(),
    ).pipe(Effect.map((r) => (r ? toSource(r) : undefined))),
  nextPosition: () =>
    run("numbering sources", () =>
      db
        .selectFrom("source")
        .select((eb) => eb.fn.max("position").as("m"))
        .executeTakeFirst(),
    ).pipe(Effect.map((r) => (r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 1))),
  insert: (ss) =>
    inChunks(
      ss.map(fromSource),
      (rows) => run("adding sources", () => db.insertInto("source").values(rows).execute()),
      200,
    ),
  update: (s) =>
    run("updating a source", () =>
      db.updateTable("source").set(fromSource(s)).where("id", "=", s.id).execute(),
    ).pipe(Effect.asVoid),
  remove: (id) =>
    run("removing a source", () => db.deleteFrom("source").where("id", "=", id).execute()).pipe(
      Effect.asVoid,
    ),
})
