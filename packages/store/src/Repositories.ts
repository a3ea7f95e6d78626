/**
 * Repository functions for every entity, over any Kysely dialect. Rows map to the domain types of
 * `@valuelens/core`; JSON columns are text so SQLite and PostgreSQL store them alike.
 */
import type {
  Code,
  Coder,
  Coding,
  CodingStatus,
  Explanation,
  Memo,
  MemoTarget,
  Observation,
  Page,
  Participant,
  Segment,
  Source,
  SourceKind,
  Turn,
} from "@valuelens/core"
import { Ids, Text } from "@valuelens/core"
import type BetterSqlite3 from "better-sqlite3"
import { Effect } from "effect"
import { type Kysely, sql, type Transaction } from "kysely"
import * as Pending from "./Pending.js"
import type { Database } from "./Schema.js"
import { StoreError } from "./StoreError.js"

type Db = Kysely<Database> | Transaction<Database>

// SQLite allows 32,766 bound parameters per statement; the widest row here has 15 columns.
const CHUNK = 1000

const run = <A>(what: string, f: () => Promise<A>): Effect.Effect<A, StoreError> =>
  Effect.tryPromise({
    try: f,
    catch: (cause) => StoreError.fromCause(cause, what),
  })

const chunks = <A>(rows: ReadonlyArray<A>, size = CHUNK): A[][] => {
  const out: A[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

const opt = <A>(v: A | null): A | undefined => (v === null ? undefined : v)
const nul = <A>(v: A | undefined): A | null => (v === undefined ? null : v)

// ── participants ───────────────────────────────────────────────────────────────────────────────
const toParticipant = (r: Database["participant"]): Participant => ({
  id: r.id,
  group: r.group as Participant["group"],
  organisation: opt(r.organisation),
  location: opt(r.location),
  country: opt(r.country),
  attributes: JSON.parse(r.attributes),
})
const fromParticipant = (p: Participant): Database["participant"] => ({
  id: p.id,
  group: p.group,
  organisation: nul(p.organisation),
  location: nul(p.location),
  country: nul(p.country),
  attributes: JSON.stringify(p.attributes ?? {}),
})

// ── sources ────────────────────────────────────────────────────────────────────────────────────
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

/** A source without its text, for listings. */
export type SourceSummary = Omit<Source, "text"> & { readonly length: number }

// written out rather than spread: projects hold turns by the hundred thousand
const toTurn = (r: Database["turn"]): Turn => ({
  sourceId: r.sourceId,
  index: r.index,
  speaker: r.speaker,
  start: r.start,
  end: r.end,
  interviewer: r.interviewer === 1,
})
const toCode = (r: Database["code"]): Code => ({
  id: r.id,
  name: r.name,
  description: opt(r.description),
  colour: opt(r.colour),
  parentId: opt(r.parentId),
  kind: r.kind as Code["kind"],
  plugin: opt(r.plugin),
})
const fromCode = (c: Code): Database["code"] => ({
  id: c.id,
  name: c.name,
  description: nul(c.description),
  colour: nul(c.colour),
  parentId: nul(c.parentId),
  kind: c.kind,
  plugin: nul(c.plugin),
})
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
const toMemo = (r: Database["memo"]): Memo => ({
  id: r.id,
  target: r.target as MemoTarget,
  targetId: opt(r.targetId),
  title: opt(r.title),
  text: r.text,
  author: r.author,
  createdAt: r.createdAt,
})
const toObservation = (r: Database["observation"]): Observation => ({
  country: r.country,
  year: r.year,
  indicator: r.indicator,
  value: r.valueKind === "number" ? Number(r.value) : r.value,
  unit: opt(r.unit),
  source: r.source,
  confidence: opt(r.confidence),
  note: opt(r.note),
})

export type RunKind = "agreement" | "saturation" | "triangulation"

/** A recorded analysis: its result as it was when saved, under a name, with the time and the parameters. */
export interface RecordedRun {
  readonly kind: RunKind
  readonly name: string
  /** ISO time it was made. */
  readonly at: string
  readonly parameters: unknown
  readonly result: unknown
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

type PositionedRow = CodingRow & { readonly position: number }

/** Whether a filter lets codings with status `suggested` through, and so the pending suggestions. */
const admitsSuggested = (f: CodingFilter) => !f.status?.length || f.status.includes("suggested")

export interface CodingFilter {
  readonly status?: ReadonlyArray<CodingStatus>
  readonly coderIds?: ReadonlyArray<string>
  readonly codeIds?: ReadonlyArray<string>
  readonly sourceIds?: ReadonlyArray<string>
}

/** Which pending suggestions: of these sources, codes and coders (all when a list is absent or empty). */
export interface PendingFilter {
  readonly sourceIds?: ReadonlyArray<string>
  readonly codeIds?: ReadonlyArray<string>
  readonly coderIds?: ReadonlyArray<string>
}

/** A coding with the span of its segment, for matching suggestions against what is stored. */
export interface CodingSpan extends Coding {
  readonly sourceId: string
  readonly start: number
  readonly end: number
}

// Bulk writes on SQLite: prepared multi-row inserts, reused for the life of the connection. 64 rows of at most
// 10 columns stay far below SQLite's limit on bound parameters.
const ROWS = 64
const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()
const statement = (sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement => {
  let cache = prepared.get(sqlite)
  if (!cache) {
    cache = new Map()
    prepared.set(sqlite, cache)
  }
  let st = cache.get(sql)
  if (!st) {
    st = sqlite.prepare(sql)
    cache.set(sql, st)
  }
  return st
}
const insertSql = (table: string, columns: ReadonlyArray<string>, rows: number) =>
  `insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) values ${Array.from(
    { length: rows },
    () => `(${columns.map(() => "?").join(", ")})`,
  ).join(", ")}`

/** Inserts `items` through `put`, which writes one item's values into `args` at `at`. */
const insertMany = <A>(
  sqlite: BetterSqlite3.Database,
  table: string,
  columns: ReadonlyArray<string>,
  items: ReadonlyArray<A>,
  put: (args: unknown[], at: number, item: A) => void,
): void => {
  const width = columns.length
  let i = 0
  if (items.length >= ROWS) {
    const many = statement(sqlite, insertSql(table, columns, ROWS))
    const args: unknown[] = new Array(width * ROWS)
    for (; i + ROWS <= items.length; i += ROWS) {
      for (let r = 0; r < ROWS; r++) put(args, r * width, items[i + r]!)
      many.run(args)
    }
  }
  const one = statement(sqlite, insertSql(table, columns, 1))
  const args: unknown[] = new Array(width)
  for (; i < items.length; i++) {
    put(args, 0, items[i]!)
    one.run(args)
  }
}

const SEGMENT_COLUMNS = ["id", "sourceId", "start", "end", "text"] as const
const CODING_COLUMNS = [
  "id",
  "segmentId",
  "codeId",
  "coderId",
  "status",
  "origin",
  "score",
  "explanation",
  "createdAt",
  "updatedAt",
] as const
const PENDING_COLUMNS = ["sourceId", "coderId", "count", "codes", "strings", "data", "createdAt"] as const
const putSegment = (args: unknown[], at: number, s: Segment) => {
  args[at] = s.id
  args[at + 1] = s.sourceId
  args[at + 2] = s.start
  args[at + 3] = s.end
  args[at + 4] = s.text
}
const putCoding = (args: unknown[], at: number, c: Coding) => {
  args[at] = c.id
  args[at + 1] = c.segmentId
  args[at + 2] = c.codeId
  args[at + 3] = c.coderId
  args[at + 4] = c.status
  args[at + 5] = c.origin
  args[at + 6] = c.score ?? null
  args[at + 7] = c.explanation === undefined ? null : encodeExplanation(c.explanation, c.origin)
  args[at + 8] = c.createdAt
  args[at + 9] = c.updatedAt
}

/**
 * `db` is the Kysely instance (or transaction) every repository uses; `sqlite`, when the store is SQLite, gives
 * the same connection to better-sqlite3 for the bulk writes, which then join Kysely's open transaction.
 */
export const make = (db: Db, sqlite: () => BetterSqlite3.Database | undefined = () => undefined) => {
  const native = <A>(what: string, f: (sqlite: BetterSqlite3.Database) => A): Effect.Effect<A, StoreError> =>
    Effect.try({
      try: () => {
        const handle = sqlite()!
        // inside Kysely's transaction this is a savepoint; on its own, a transaction
        return handle.transaction(() => f(handle))()
      },
      catch: (cause) =>
        new StoreError({
          message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}`,
          cause,
        }),
    })

  const participants = {
    list: () =>
      run("listing participants", () =>
        db.selectFrom("participant").selectAll().orderBy("id").execute(),
      ).pipe(Effect.map((rs) => rs.map(toParticipant))),
    get: (id: string) =>
      run("reading a participant", () =>
        db.selectFrom("participant").selectAll().where("id", "=", id).executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? toParticipant(r) : undefined))),
    insert: (ps: ReadonlyArray<Participant>) =>
      Effect.forEach(
        chunks(ps.map(fromParticipant)),
        (rows) => run("adding participants", () => db.insertInto("participant").values(rows).execute()),
        { discard: true },
      ),
    update: (p: Participant) =>
      run("updating a participant", () =>
        db.updateTable("participant").set(fromParticipant(p)).where("id", "=", p.id).execute(),
      ).pipe(Effect.asVoid),
  }

  const sourceColumns = [
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
  const sources = {
    /** Every source without its text (cheap); `get` for the text. */
    list: (kind?: SourceKind) =>
      run("listing sources", () => {
        let q = db
          .selectFrom("source")
          .select([...sourceColumns])
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
    /** Every source with its text, in import order. */
    listWithText: (kind?: SourceKind) =>
      run("reading sources", () => {
        let q = db.selectFrom("source").selectAll()
        if (kind) q = q.where("kind", "=", kind)
        return q.orderBy("position").execute()
      }).pipe(Effect.map((rs) => rs.map(toSource))),
    get: (id: string) =>
      run("reading a source", () =>
        db.selectFrom("source").selectAll().where("id", "=", id).executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? toSource(r) : undefined))),
    /**
     * Ids of the sources whose text matches an FTS5 query (`"officers take"`, `bribe*`), in import order: the
     * candidates a text search then reads.
     */
    matching: (query: string) =>
      run("searching the sources", () =>
        sql<{ id: string }>`select s.id as id from source_text join source s on s.rowid = source_text.rowid
          where source_text match ${query} order by s.position`.execute(db),
      ).pipe(Effect.map((r) => r.rows.map((x) => x.id))),
    findByHash: (hash: string) =>
      run("finding a source", () =>
        db.selectFrom("source").selectAll().where("hash", "=", hash).executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? toSource(r) : undefined))),
    findByFileName: (fileName: string) =>
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
    insert: (ss: ReadonlyArray<Source>) =>
      Effect.forEach(
        chunks(ss.map(fromSource), 200),
        (rows) => run("adding sources", () => db.insertInto("source").values(rows).execute()),
        { discard: true },
      ),
    update: (s: Source) =>
      run("updating a source", () =>
        db.updateTable("source").set(fromSource(s)).where("id", "=", s.id).execute(),
      ).pipe(Effect.asVoid),
    remove: (id: string) =>
      run("removing a source", () => db.deleteFrom("source").where("id", "=", id).execute()).pipe(
        Effect.asVoid,
      ),
  }

  const turns = {
    insert: (ts: ReadonlyArray<Turn>) =>
      Effect.forEach(
        chunks(ts.map((t) => ({ ...t, interviewer: t.interviewer ? 1 : 0 }))),
        (rows) => run("adding turns", () => db.insertInto("turn").values(rows).execute()),
        {
          discard: true,
        },
      ),
    forSource: (sourceId: string) =>
      run("reading turns", () =>
        db.selectFrom("turn").selectAll().where("sourceId", "=", sourceId).orderBy("index").execute(),
      ).pipe(Effect.map((rs) => rs.map(toTurn))),
    all: () =>
      run("reading turns", () =>
        db.selectFrom("turn").selectAll().orderBy("sourceId").orderBy("index").execute(),
      ).pipe(Effect.map((rs) => rs.map(toTurn))),
    removeForSource: (sourceId: string) =>
      run("removing turns", () => db.deleteFrom("turn").where("sourceId", "=", sourceId).execute()).pipe(
        Effect.asVoid,
      ),
  }

  const pages = {
    insert: (ps: ReadonlyArray<Page>) =>
      Effect.forEach(
        chunks(ps),
        (rows) => run("adding pages", () => db.insertInto("page").values(rows).execute()),
        { discard: true },
      ),
    forSource: (sourceId: string) =>
      run("reading pages", () =>
        db.selectFrom("page").selectAll().where("sourceId", "=", sourceId).orderBy("number").execute(),
      ),
    all: () =>
      run("reading pages", () =>
        db.selectFrom("page").selectAll().orderBy("sourceId").orderBy("number").execute(),
      ),
    removeForSource: (sourceId: string) =>
      run("removing pages", () => db.deleteFrom("page").where("sourceId", "=", sourceId).execute()).pipe(
        Effect.asVoid,
      ),
  }

  const segments = {
    insert: (ss: ReadonlyArray<Segment>) =>
      Effect.forEach(
        chunks(ss),
        (rows) => run("adding segments", () => db.insertInto("segment").values(rows).execute()),
        { discard: true },
      ),
    get: (id: string) =>
      run("reading a segment", () =>
        db.selectFrom("segment").selectAll().where("id", "=", id).executeTakeFirst(),
      ),
    forSource: (sourceId: string) =>
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
    /** Every segment's place without its text (of these sources only, when given). */
    spans: (sourceIds?: ReadonlyArray<string>) =>
      run("reading segments", () => {
        let q = db.selectFrom("segment").select(["id", "sourceId", "start", "end"])
        if (sourceIds?.length) q = q.where("sourceId", "in", sourceIds)
        return q.execute()
      }),
    find: (sourceId: string, start: number, end: number) =>
      run("finding a segment", () =>
        db
          .selectFrom("segment")
          .selectAll()
          .where("sourceId", "=", sourceId)
          .where("start", "=", start)
          .where("end", "=", end)
          .executeTakeFirst(),
      ),
    update: (s: Segment) =>
      run("updating a segment", () => db.updateTable("segment").set(s).where("id", "=", s.id).execute()).pipe(
        Effect.asVoid,
      ),
    remove: (ids: ReadonlyArray<string>) =>
      Effect.forEach(
        chunks(ids),
        (part) => run("removing segments", () => db.deleteFrom("segment").where("id", "in", part).execute()),
        { discard: true },
      ),
    /** Removes those of these segments that no coding uses any more. */
    removeUnused: (ids: ReadonlyArray<string>) =>
      Effect.forEach(
        chunks(ids),
        (part) =>
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
        { discard: true },
      ),
  }

  const codes = {
    list: () =>
      run("listing codes", () => db.selectFrom("code").selectAll().orderBy("id").execute()).pipe(
        Effect.map((rs) => rs.map(toCode)),
      ),
    get: (id: string) =>
      run("reading a code", () =>
        db.selectFrom("code").selectAll().where("id", "=", id).executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? toCode(r) : undefined))),
    insert: (cs: ReadonlyArray<Code>) =>
      Effect.forEach(
        chunks(cs.map(fromCode)),
        (rows) => run("adding codes", () => db.insertInto("code").values(rows).execute()),
        { discard: true },
      ),
    update: (c: Code) =>
      run("updating a code", () =>
        db.updateTable("code").set(fromCode(c)).where("id", "=", c.id).execute(),
      ).pipe(Effect.asVoid),
    remove: (id: string) =>
      run("removing a code", () => db.deleteFrom("code").where("id", "=", id).execute()).pipe(Effect.asVoid),
  }

  const coders = {
    list: () =>
      run("listing coders", () => db.selectFrom("coder").selectAll().orderBy("id").execute()).pipe(
        Effect.map((rs) => rs.map((r): Coder => ({ id: r.id, name: r.name, engine: r.engine === 1 }))),
      ),
    /** Adds the coder unless one with this id exists. */
    ensure: (c: Coder) =>
      run("adding a coder", () =>
        db
          .insertInto("coder")
          .values({ id: c.id, name: c.name, engine: c.engine ? 1 : 0 })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute(),
      ).pipe(Effect.asVoid),
  }

  /** A source's pending suggestions as codings (status `suggested`), with their spans. */
  type PendingRow = Pick<
    Database["pending_suggestions"],
    "sourceId" | "coderId" | "strings" | "data" | "createdAt"
  >
  /** A pending suggestion as a coding with its span. */
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
  /** A source's pending suggestions as codings with their spans. */
  const pendingCodings = (r: PendingRow): CodingSpan[] =>
    Pending.unpack(r).map((p) =>
      asCoding(r, p, Pending.codingIdOf(r.sourceId, p.start, p.end, p.codeId, r.coderId)),
    )

  const pendingRows = (f: PendingFilter) => {
    const read = (sourceIds: ReadonlyArray<string> | undefined) =>
      run("reading pending suggestions", () => {
        let q = db.selectFrom("pending_suggestions").selectAll()
        if (sourceIds?.length) q = q.where("sourceId", "in", sourceIds)
        if (f.coderIds?.length) q = q.where("coderId", "in", f.coderIds)
        return q.orderBy("sourceId").execute()
      })
    // many sources are read in chunks, below SQLite's limit on bound parameters
    return f.sourceIds?.length
      ? Effect.map(Effect.forEach(chunks([...new Set(f.sourceIds)]), read), (parts) => parts.flat())
      : read(undefined)
  }

  /**
   * Replaces `coderId`'s pending suggestions of each source in `packs` with its pack (an empty pack removes them). On
   * SQLite the rows go through the store's better-sqlite3 connection, like the other bulk writes.
   */
  const writePending = (coderId: string, packs: ReadonlyMap<string, Pending.Packed>, at: string) =>
    Effect.gen(function* () {
      yield* Effect.forEach(
        chunks([...packs.keys()]),
        (part) =>
          run("removing pending suggestions", () =>
            db
              .deleteFrom("pending_suggestions")
              .where("sourceId", "in", part)
              .where("coderId", "=", coderId)
              .execute(),
          ),
        { discard: true },
      )
      const rows = [...packs]
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
      yield* sqlite()
        ? native("adding pending suggestions", (handle) =>
            insertMany(handle, "pending_suggestions", PENDING_COLUMNS, rows, (args, i, r) => {
              PENDING_COLUMNS.forEach((c, k) => {
                args[i + k] = r[c]
              })
            }),
          )
        : Effect.forEach(
            chunks(rows, 100),
            (part) =>
              run("adding pending suggestions", () =>
                db.insertInto("pending_suggestions").values(part).execute(),
              ),
            { discard: true },
          )
    })
  const replacePending = (
    sourceId: string,
    coderId: string,
    suggestions: ReadonlyArray<Pending.PendingSuggestion>,
    at: string,
  ) => writePending(coderId, new Map([[sourceId, Pending.pack(suggestions)]]), at)

  /**
   * Pending suggestions of one source as codings on segments: the stored segment where one has the same span,
   * otherwise a new segment (returned in `segments`, not yet written) under the suggestion's segment id.
   */
  const onSegments = (sourceId: string, waiting: ReadonlyArray<CodingSpan>) =>
    Effect.gen(function* () {
      const source = yield* sources.get(sourceId)
      const map = new Text.OffsetMap(source?.text ?? "")
      const stored = yield* segments.spans([sourceId])
      const existing = new Map(stored.map((s) => [`${s.start}:${s.end}`, s.id] as const))
      const taken = new Set(stored.map((s) => s.id))
      const fresh: Segment[] = []
      const out: Coding[] = []
      for (const { sourceId: _s, start, end, ...c } of waiting) {
        let segmentId = existing.get(`${start}:${end}`)
        if (segmentId === undefined) {
          // the suggestion's own segment id, unless a segment that has moved since (re-anchored, edited) holds it
          segmentId = taken.has(c.segmentId) ? Ids.make("seg") : c.segmentId
          existing.set(`${start}:${end}`, segmentId)
          fresh.push({ id: segmentId, sourceId, start, end, text: map.slice(start, end) })
        }
        out.push({ ...c, segmentId })
      }
      return { segments: fresh, codings: out }
    })

  const pending = {
    /** Replaces a source's pending suggestions (none: removes them). */
    replace: replacePending,
    /** The same for many sources at once, with their suggestions packed already (`Pending.pack`). */
    write: writePending,
    /** Each source's pending suggestions as packed, unpacked (of these sources and coders). */
    bySource: (f: Omit<PendingFilter, "codeIds"> = {}) =>
      Effect.map(pendingRows(f), (rs) => new Map(rs.map((r) => [r.sourceId, Pending.unpack(r)] as const))),
    /** Pending suggestions as codings with their spans, by source id (of these sources, codes, coders). */
    list: (f: PendingFilter = {}) =>
      Effect.map(pendingRows(f), (rs) => {
        const codes = f.codeIds?.length ? new Set(f.codeIds) : undefined
        const out: CodingSpan[] = []
        for (const r of rs) for (const c of pendingCodings(r)) if (!codes || codes.has(c.codeId)) out.push(c)
        return out
      }),
    /**
     * Every pending suggestion as a coding on a segment, with the segments that would have to be created for
     * them (for exports that list segments and codings side by side).
     */
    onSegments: (f: PendingFilter = {}) =>
      Effect.gen(function* () {
        const codes = f.codeIds?.length ? new Set(f.codeIds) : undefined
        const segmentsOut: Segment[] = []
        const codingsOut: Coding[] = []
        for (const r of yield* pendingRows(f)) {
          const waiting = pendingCodings(r).filter((c) => !codes || codes.has(c.codeId))
          const resolved = yield* onSegments(r.sourceId, waiting)
          segmentsOut.push(...resolved.segments)
          codingsOut.push(...resolved.codings)
        }
        return { segments: segmentsOut, codings: codingsOut }
      }),
    /** How many suggestions are pending (of these codes and coders), without unpacking them. */
    count: (f: Pick<PendingFilter, "codeIds" | "coderIds"> = {}) =>
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
    /**
     * Turns pending suggestions into ordinary segment and coding rows with status `suggested`, under the same
     * ids, so that a decision, an edit or a merge can work on them like on any coding. Takes the suggestions
     * named by id (other ids are ignored) or every one of the given sources or codes. Returns how many moved.
     */
    materialize: (which: { readonly ids?: ReadonlyArray<string> } & PendingFilter, at: string) =>
      Effect.gen(function* () {
        const byId = which.ids ? new Set(which.ids) : undefined
        const idSources = which.ids?.flatMap((id) => {
          const p = Pending.parseCodingId(id)
          return p ? [p.sourceId] : []
        })
        if (byId && idSources?.length === 0) return 0
        const codes = which.codeIds?.length ? new Set(which.codeIds) : undefined
        const rows = yield* pendingRows({
          sourceIds: idSources ?? which.sourceIds,
          coderIds: which.coderIds,
        })
        let moved = 0
        for (const r of rows) {
          const take: CodingSpan[] = []
          const keep: Pending.PendingSuggestion[] = []
          for (const p of Pending.unpack(r)) {
            const id = Pending.codingIdOf(r.sourceId, p.start, p.end, p.codeId, r.coderId)
            if (byId ? byId.has(id) : !codes || codes.has(p.codeId)) take.push(asCoding(r, p, id))
            else keep.push(p)
          }
          if (take.length === 0) continue
          const resolved = yield* onSegments(r.sourceId, take)
          yield* insertBatch({
            segments: resolved.segments,
            codings: resolved.codings.map((c) => ({ ...c, updatedAt: at })),
          })
          yield* replacePending(r.sourceId, r.coderId, keep, r.createdAt)
          moved += take.length
        }
        return moved
      }),
  }

  /** New segments and the codings on them, in bulk (see `codings.insertSuggestions`). */
  const insertBatch = (batch: {
    readonly segments: ReadonlyArray<Segment>
    readonly codings: ReadonlyArray<Coding>
  }) =>
    sqlite()
      ? native("adding codings", (handle) => {
          insertMany(handle, "segment", SEGMENT_COLUMNS, batch.segments, putSegment)
          insertMany(handle, "coding", CODING_COLUMNS, batch.codings, putCoding)
        })
      : Effect.andThen(segments.insert(batch.segments), insertCodings(batch.codings))

  const insertCodings = (cs: ReadonlyArray<Coding>) =>
    Effect.forEach(
      chunks(cs.map(fromCoding)),
      (rows) => run("adding codings", () => db.insertInto("coding").values(rows).execute()),
      { discard: true },
    )
  const updateCoding = (c: Coding) =>
    run("updating a coding", () =>
      db.updateTable("coding").set(fromCoding(c)).where("id", "=", c.id).execute(),
    ).pipe(Effect.asVoid)
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

  interface SourceInfo {
    readonly id: string
    readonly title: string
    readonly kind: string
    readonly documentType: string | null
    readonly participantId: string | null
    readonly position: number
    readonly text: string
    readonly group: string | null
  }
  /** Pending suggestions joined like `storedRows`: source, participant and code, and their text. */
  const joinPending = (waiting: ReadonlyArray<CodingSpan>) =>
    Effect.gen(function* () {
      const ids = [...new Set(waiting.map((w) => w.sourceId))]
      const info = new Map<string, SourceInfo>()
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
      const codeInfo = new Map((yield* codes.list()).map((c) => [c.id, c] as const))
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

  const codings = {
    insert: insertCodings,
    /**
     * Adds new segments and the codings on them (and on existing segments) as one batch: the write path of
     * auto-coding, hundreds of thousands of rows at a time. On SQLite, prepared multi-row statements on the
     * store's connection; elsewhere, the chunked inserts of `segments.insert` and `codings.insert`.
     */
    insertSuggestions: (batch: {
      readonly segments: ReadonlyArray<Segment>
      readonly codings: ReadonlyArray<Coding>
    }) => insertBatch(batch),
    /** Rewrites the status, origin, score, explanation and update time of many codings. */
    updateMany: (cs: ReadonlyArray<Coding>) =>
      sqlite()
        ? native("updating codings", (handle) => {
            const st = statement(
              handle,
              'update "coding" set "status" = ?, "origin" = ?, "score" = ?, "explanation" = ?, "updatedAt" = ? where "id" = ?',
            )
            for (const c of cs)
              st.run(
                c.status,
                c.origin,
                c.score ?? null,
                c.explanation === undefined ? null : encodeExplanation(c.explanation, c.origin),
                c.updatedAt,
                c.id,
              )
          })
        : Effect.forEach(cs, updateCoding, { discard: true }),
    /** One coder's codings with their segments' places (of these sources only, when given). */
    withSpans: (coderId: string, sourceIds?: ReadonlyArray<string>) =>
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
    get: (id: string) =>
      run("reading a coding", () =>
        db.selectFrom("coding").selectAll().where("id", "=", id).executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? toCoding(r) : undefined))),
    list: (f: CodingFilter = {}) =>
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
      }).pipe(Effect.map((rs) => rs.map(toCoding))),
    /**
     * Codings joined with segment, source, participant and code, in source order: the stored ones and, where the
     * filter admits status `suggested`, the pending suggestions.
     */
    rows: (f: CodingFilter = {}) =>
      Effect.gen(function* () {
        const stored = yield* storedRows(f)
        if (!admitsSuggested(f)) return stored
        const waiting = yield* pending.list(f)
        if (waiting.length === 0) return stored
        const joined = yield* joinPending(waiting)
        return [...stored, ...joined].sort(
          (a, b) =>
            a.position - b.position ||
            a.start - b.start ||
            a.end - b.end ||
            (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0) ||
            (a.coderId < b.coderId ? -1 : a.coderId > b.coderId ? 1 : 0),
        )
      }).pipe(Effect.map((rs) => rs.map(({ position: _p, ...r }): CodingRow => r))),
    update: updateCoding,
    setStatus: (ids: ReadonlyArray<string>, status: CodingStatus, at: string) =>
      Effect.forEach(
        chunks(ids),
        (part) =>
          run("updating codings", () =>
            db.updateTable("coding").set({ status, updatedAt: at }).where("id", "in", part).execute(),
          ),
        {
          discard: true,
        },
      ),
    remove: (ids: ReadonlyArray<string>) =>
      Effect.forEach(
        chunks(ids),
        (part) => run("removing codings", () => db.deleteFrom("coding").where("id", "in", part).execute()),
        { discard: true },
      ),
    /** How many codings match, pending suggestions included where the filter admits status `suggested`. */
    count: (f: CodingFilter = {}) =>
      Effect.gen(function* () {
        const stored = yield* run("counting codings", () => {
          let q = db.selectFrom("coding").select((eb) => eb.fn.countAll<number>().as("n"))
          if (f.status?.length) q = q.where("status", "in", f.status)
          if (f.coderIds?.length) q = q.where("coderId", "in", f.coderIds)
          if (f.codeIds?.length) q = q.where("codeId", "in", f.codeIds)
          return q.executeTakeFirstOrThrow()
        })
        const waiting = admitsSuggested(f) ? yield* pending.count(f) : 0
        return Number(stored.n) + waiting
      }),
  }

  const memos = {
    insert: (m: Memo) =>
      run("adding a memo", () =>
        db
          .insertInto("memo")
          .values({ ...m, targetId: nul(m.targetId), title: nul(m.title) })
          .execute(),
      ).pipe(Effect.asVoid),
    list: (target?: MemoTarget, targetId?: string) =>
      run("listing memos", () => {
        let q = db.selectFrom("memo").selectAll()
        if (target) q = q.where("target", "=", target)
        if (targetId) q = q.where("targetId", "=", targetId)
        return q.orderBy("createdAt").orderBy("id").execute()
      }).pipe(Effect.map((rs) => rs.map(toMemo))),
    remove: (id: string) =>
      run("removing a memo", () => db.deleteFrom("memo").where("id", "=", id).execute()).pipe(Effect.asVoid),
  }

  const observationId = (o: Pick<Observation, "country" | "year" | "indicator" | "source">) =>
    Ids.stable("obs", o.country, o.year, o.indicator, o.source)
  const observations = {
    /** Adds observations; one with the same country, year, indicator and source replaces the old value. */
    upsert: (os: ReadonlyArray<Observation>) =>
      Effect.forEach(
        chunks(
          os.map((o) => ({
            id: observationId(o),
            country: o.country,
            year: o.year,
            indicator: o.indicator,
            value: String(o.value),
            valueKind: typeof o.value === "number" ? "number" : "string",
            unit: nul(o.unit),
            source: o.source,
            confidence: nul(o.confidence),
            note: nul(o.note),
          })),
        ),
        (rows) =>
          run("adding observations", () =>
            db
              .insertInto("observation")
              .values(rows)
              .onConflict((oc) =>
                oc.column("id").doUpdateSet((eb) => ({
                  value: eb.ref("excluded.value"),
                  valueKind: eb.ref("excluded.valueKind"),
                  unit: eb.ref("excluded.unit"),
                  confidence: eb.ref("excluded.confidence"),
                  note: eb.ref("excluded.note"),
                })),
              )
              .execute(),
          ),
        { discard: true },
      ),
    /** Removes the observations with these keys (country, year, indicator, source). */
    remove: (os: ReadonlyArray<Pick<Observation, "country" | "year" | "indicator" | "source">>) =>
      Effect.forEach(
        chunks(os.map(observationId)),
        (ids) =>
          run("removing observations", () => db.deleteFrom("observation").where("id", "in", ids).execute()),
        { discard: true },
      ),
    list: (f: { countries?: ReadonlyArray<string>; indicators?: ReadonlyArray<string> } = {}) =>
      run("listing observations", () => {
        let q = db.selectFrom("observation").selectAll()
        if (f.countries?.length) q = q.where("country", "in", f.countries)
        if (f.indicators?.length) q = q.where("indicator", "in", f.indicators)
        return q.orderBy("country").orderBy("indicator").orderBy("year").execute()
      }).pipe(Effect.map((rs) => rs.map(toObservation))),
  }

  const operations = {
    /** Records an undoable operation; `undo` and `redo` are JSON the coding engine knows how to replay. */
    record: (label: string, undo: unknown, redo: unknown, at: string) =>
      Effect.gen(function* () {
        const last = yield* run("numbering operations", () =>
          db
            .selectFrom("operation")
            .select((eb) => eb.fn.max("id").as("m"))
            .executeTakeFirst(),
        )
        const id = last?.m === null || last?.m === undefined ? 1 : Number(last.m) + 1
        // a new operation ends the redo history
        yield* run("recording an operation", () =>
          db.deleteFrom("operation").where("undone", "=", 1).execute(),
        )
        yield* run("recording an operation", () =>
          db
            .insertInto("operation")
            .values({ id, at, label, undo: JSON.stringify(undo), redo: JSON.stringify(redo), undone: 0 })
            .execute(),
        )
        return id
      }),
    lastDone: () =>
      run("reading operations", () =>
        db
          .selectFrom("operation")
          .selectAll()
          .where("undone", "=", 0)
          .orderBy("id", "desc")
          .executeTakeFirst(),
      ).pipe(
        Effect.map((r) =>
          r
            ? {
                id: r.id,
                label: r.label,
                at: r.at,
                undo: JSON.parse(r.undo) as unknown,
                redo: JSON.parse(r.redo) as unknown,
              }
            : undefined,
        ),
      ),
    firstUndone: () =>
      run("reading operations", () =>
        db.selectFrom("operation").selectAll().where("undone", "=", 1).orderBy("id").executeTakeFirst(),
      ).pipe(
        Effect.map((r) =>
          r
            ? {
                id: r.id,
                label: r.label,
                at: r.at,
                undo: JSON.parse(r.undo) as unknown,
                redo: JSON.parse(r.redo) as unknown,
              }
            : undefined,
        ),
      ),
    mark: (id: number, undone: boolean) =>
      run("marking an operation", () =>
        db
          .updateTable("operation")
          .set({ undone: undone ? 1 : 0 })
          .where("id", "=", id)
          .execute(),
      ).pipe(Effect.asVoid),
  }

  const settings = {
    get: (key: string) =>
      run("reading a setting", () =>
        db.selectFrom("setting").select("value").where("key", "=", key).executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? (JSON.parse(r.value) as unknown) : undefined))),
    set: (key: string, value: unknown) =>
      run("writing a setting", () =>
        db
          .insertInto("setting")
          .values({ key, value: JSON.stringify(value) })
          .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(value) }))
          .execute(),
      ).pipe(Effect.asVoid),
  }

  const fromRunRow = (r: {
    kind: RunKind
    name: string
    at: string
    parameters: string
    result: string
  }): RecordedRun => ({ ...r, parameters: JSON.parse(r.parameters), result: JSON.parse(r.result) })
  const runs = {
    /** Saves a run under its kind and name, replacing an earlier run of that name. */
    save: (r: RecordedRun) =>
      run("saving an analysis run", () => {
        const row = { ...r, parameters: JSON.stringify(r.parameters), result: JSON.stringify(r.result) }
        return db
          .insertInto("analysis_run")
          .values(row)
          .onConflict((oc) =>
            oc
              .columns(["kind", "name"])
              .doUpdateSet({ at: row.at, parameters: row.parameters, result: row.result }),
          )
          .execute()
      }).pipe(Effect.asVoid),
    get: (kind: RunKind, name: string) =>
      run("reading an analysis run", () =>
        db
          .selectFrom("analysis_run")
          .selectAll()
          .where("kind", "=", kind)
          .where("name", "=", name)
          .executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? fromRunRow(r) : undefined))),
    /** The most recently saved run of a kind. */
    latest: (kind: RunKind) =>
      run("reading an analysis run", () =>
        db
          .selectFrom("analysis_run")
          .selectAll()
          .where("kind", "=", kind)
          .orderBy("at", "desc")
          .limit(1)
          .executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? fromRunRow(r) : undefined))),
    list: () =>
      run("reading analysis runs", () =>
        db.selectFrom("analysis_run").selectAll().orderBy("kind").orderBy("at").execute(),
      ).pipe(Effect.map((rs) => rs.map(fromRunRow))),
  }

  const counts = () =>
    Effect.gen(function* () {
      const count = (table: keyof Database) =>
        run(`counting ${table}`, () =>
          db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow(),
        ).pipe(Effect.map((r) => Number(r.n)))
      return {
        participants: yield* count("participant"),
        sources: yield* count("source"),
        segments: yield* count("segment"),
        codes: yield* count("code"),
        codings: (yield* count("coding")) + (yield* pending.count()),
        /** Of the codings, those awaiting a decision. */
        suggested: yield* codings.count({ status: ["suggested"] }),
        coders: yield* count("coder"),
        memos: yield* count("memo"),
        observations: yield* count("observation"),
      }
    })

  return {
    participants,
    sources,
    turns,
    pages,
    segments,
    codes,
    coders,
    codings,
    pending,
    memos,
    observations,
    operations,
    settings,
    runs,
    counts,
  }
}

export type Repositories = ReturnType<typeof make>
