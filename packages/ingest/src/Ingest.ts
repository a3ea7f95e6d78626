/**
 * Importing files into a project, all or nothing. `prepare` reads and validates every file without touching
 * the project; `write` sets the batch against the project (duplicates, new versions, participants) and writes
 * it in one transaction; `importPaths` does both. Any bad file stops the import before anything is written.
 */
import { readFile, stat } from "node:fs/promises"
import { dirname, join } from "node:path"
import { History, Revision } from "@valuelens/coding"
import {
  BadInput,
  type DocumentType,
  Ids,
  Limits,
  type Observation,
  type Participant,
  Records,
  type Source,
  SourceIdentity,
  type SourceKind,
  Text,
} from "@valuelens/core"
import type { Store, StoreError } from "@valuelens/store"
import { Effect, Exit } from "effect"
import * as Csv from "./Csv.js"
import * as Document from "./document/Document.js"
import { extractor as docx } from "./docx/DocxExtractor.js"
import type { Extracted, Extractor, PageSpan } from "./Extractor.js"
import * as Files from "./Files.js"
import * as FrontMatter from "./FrontMatter.js"
import * as Participants from "./Participants.js"
import { extractor as pdf } from "./pdf/PdfExtractor.js"
import * as Roster from "./roster/Roster.js"
import * as Statistics from "./statistics/Statistics.js"
import { extractor as text } from "./text/TextExtractor.js"
import * as Transcript from "./transcript/Transcript.js"
import * as Turns from "./transcript/Turns.js"

/** The formats, one extractor each; a new format is one more entry. */
export const extractors: ReadonlyArray<Extractor> = [text, docx, pdf]

export const CSV = ".csv"

/** Every extension `importPaths` reads. */
export const extensions: ReadonlySet<string> = new Set([...extractors.flatMap((e) => e.extensions), CSV])

export interface Options {
  /** Import every file as this kind instead of inferring it from the extension and front matter. */
  readonly kind?: SourceKind | undefined
  /** Roster CSV files: participants for transcripts without front matter, and their attributes. */
  readonly rosters?: ReadonlyArray<string> | undefined
  /** A changed file with the name of one already imported becomes its new version (codings re-anchored). */
  readonly replace?: boolean | undefined
  /** Speaker labels that mark the interviewer (default Interviewer, Q, Moderator, I). */
  readonly interviewerLabels?: ReadonlyArray<string> | undefined
  /** The size budget (default `Limits.defaults`). */
  readonly limits?: Limits.Limits | undefined
  /** Called as files are read: files done, files in all. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined
}

interface Common {
  readonly file: Files.FoundFile
  /** SHA-256 of the normalised content (front matter and sidecar included), the duplicate test. */
  readonly hash: string
}

export interface PreparedInterview extends Common {
  readonly kind: "interview"
  readonly interview: Transcript.Interview
  readonly participantId: string
}

export interface PreparedDocument extends Common {
  readonly kind: "document"
  readonly text: string
  readonly pages?: ReadonlyArray<PageSpan> | undefined
  readonly meta: Document.DocumentMeta
}

export interface PreparedStatistics extends Common {
  readonly kind: "statistics"
  readonly text: string
  readonly rows: ReadonlyArray<Statistics.ObservationRow>
}

export type Prepared = PreparedInterview | PreparedDocument | PreparedStatistics

/** Everything an import will write, read and validated, before the project is consulted. */
export interface Batch {
  readonly sources: ReadonlyArray<Prepared>
  readonly rosters: ReadonlyArray<{
    readonly file: string
    readonly entries: ReadonlyArray<Roster.RosterEntry>
  }>
  readonly declarations: ReadonlyArray<Participants.Declaration>
  readonly ignored: ReadonlyArray<string>
  readonly files: number
}

export interface Replaced {
  readonly file: string
  readonly source: string
  readonly segmentsKept: number
  readonly segmentsMoved: number
  readonly codingsKept: number
  /** Passages whose words the new version no longer holds: their codings are detached, not deleted. */
  readonly detached: ReadonlyArray<Revision.DetachedPassage>
}

export interface Summary {
  /** Files read (rosters included). */
  readonly files: number
  /** Sources created or replaced, per kind. */
  readonly counts: { readonly interview: number; readonly document: number; readonly statistics: number }
  readonly observations: number
  readonly participantsCreated: ReadonlyArray<string>
  readonly participantsUpdated: ReadonlyArray<string>
  /** Files whose content is already in the project (or earlier in the same import). */
  readonly skippedDuplicates: ReadonlyArray<{ readonly file: string; readonly sameAs: string }>
  readonly replaced: ReadonlyArray<Replaced>
  /** Files inside folders with extensions no reader handles. */
  readonly ignored: ReadonlyArray<string>
  readonly sources: ReadonlyArray<{
    readonly id: string
    readonly file: string
    readonly kind: SourceKind
    readonly title: string
    readonly participant?: string | undefined
  }>
}

// ── reading ─────────────────────────────────────────────────────────────────────────────────────

/** A file's bytes, refused by its size on disk before it is read when that is over the limit. */
const readBytes = (path: string, display: string, limits: Limits.Limits) =>
  Effect.tryPromise({
    try: async () => {
      const size = (await stat(path)).size
      if (size > limits.fileBytes)
        return Limits.exceeded(display, "fileBytes", limits, `a file of ${size} bytes`)
      const b = await readFile(path)
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
    },
    catch: (cause) =>
      new BadInput({
        reason: "unreadable-file",
        file: display,
        message: `${display}: cannot read (${String(cause)})`,
      }),
  }).pipe(Effect.flatMap((r) => (r instanceof BadInput ? Effect.fail(r) : Effect.succeed(r))))

const extractorFor = (extension: string) => extractors.find((e) => e.extensions.includes(extension))

const stem = (name: string) => name.replace(/\.[^.]+$/, "")

/** A file's content, extracted but not yet read as a kind. */
type Raw =
  | { readonly type: "csv"; readonly file: Files.FoundFile; readonly text: string; readonly header: string[] }
  | {
      readonly type: "text"
      readonly file: Files.FoundFile
      readonly extracted: Extracted
      readonly fm: FrontMatter.FrontMatter
    }

const firstLine = (text: string) =>
  text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"))

const extract = (f: Files.FoundFile, limits: Limits.Limits): Effect.Effect<Raw, BadInput> =>
  Effect.gen(function* () {
    const bytes = yield* readBytes(f.path, f.display, limits)
    if (f.extension === CSV) {
      const rows = Csv.checkRows(bytes, f.display, limits)
      if (Exit.isFailure(rows)) return yield* Effect.failCause(rows.cause)
      const text = yield* Text.decode(bytes, f.display)
      const header = firstLine(text)
        .split(",")
        .map((h) => h.replace(/^"|"$/g, "").trim().toLowerCase())
      return { type: "csv", file: f, text, header } as const
    }
    const extractor = extractorFor(f.extension)!
    const extracted = yield* extractor.extract(bytes, f.display, limits)
    const fm = extracted.frontMatter
      ? yield* FrontMatter.split(extracted.text, f.display, extracted.lineUnit)
      : {
          present: false,
          data: Records.empty(),
          lines: Records.empty<number>(),
          body: extracted.text,
          bodyLine: 1,
        }
    return { type: "text", file: f, extracted, fm } as const
  })

const kindError = (file: string, kind: string, why: string) =>
  new BadInput({
    reason: "wrong-kind",
    file,
    field: "kind",
    message: `${file}: cannot import as ${kind}: ${why}`,
  })

/**
 * The kind of a text file: `--kind`, else front matter `kind:`, else an interview when the front matter names a
 * participant or an interviewer speaks, else a document. PDFs are documents.
 */
const kindOf = (
  raw: Extract<Raw, { type: "text" }>,
  forced: SourceKind | undefined,
  interviewerLabels: ReadonlyArray<string>,
  knownLabels: ReadonlyArray<string>,
): Exit.Exit<"interview" | "document", BadInput> => {
  const file = raw.file.display
  if (forced === "statistics")
    return Exit.fail(kindError(file, "statistics", "statistics come from .csv files"))
  if (raw.extracted.pages !== undefined) {
    if (forced === "interview")
      return Exit.fail(kindError(file, "an interview", "a PDF is read as a document"))
    return Exit.succeed("document")
  }
  if (forced) return Exit.succeed(forced)
  const declared = FrontMatter.scalarText(Records.get(raw.fm.data, "kind"))
  if (declared !== undefined) {
    if (declared === "interview" || declared === "document") return Exit.succeed(declared)
    const line = Records.get(raw.fm.lines, "kind")
    return Exit.fail(
      new BadInput({
        reason: "invalid-front-matter",
        file,
        line,
        field: "kind",
        message: `${file}:${line}: kind: expected interview or document (got "${declared}")`,
      }),
    )
  }
  if (Records.get(raw.fm.data, "participant") !== undefined) return Exit.succeed("interview")
  const turns = Turns.parse(raw.fm.body, { interviewerLabels, knownLabels })
  return Exit.succeed(turns.some((t) => t.interviewer) ? "interview" : "document")
}

const readSidecar = (f: Files.FoundFile, limits: Limits.Limits) =>
  Effect.gen(function* () {
    for (const name of [`${stem(f.name)}.meta.json`, `${f.name}.meta.json`]) {
      const path = join(dirname(f.path), name)
      const display = join(dirname(f.display), name)
      const exists = yield* Effect.promise(() =>
        stat(path).then(
          (s) => s.isFile(),
          () => false,
        ),
      )
      if (!exists) continue
      const bytes = yield* readBytes(path, display, limits)
      const text = yield* Text.decode(bytes, display)
      const data = yield* Document.sidecar(text, display)
      return { display, text, data }
    }
    return undefined
  })

/** Folds every problem into one error: the first one's place, and every message. */
const combine = (problems: ReadonlyArray<BadInput>): BadInput => {
  const first = problems[0]!
  if (problems.length === 1) return first
  return new BadInput({
    reason: first.reason,
    file: first.file,
    line: first.line,
    byte: first.byte,
    field: first.field,
    column: first.column,
    message: [
      first.message,
      `${problems.length - 1} more problem(s); nothing was imported:`,
      ...problems.slice(1).map((p) => `  ${p.message}`),
    ].join("\n"),
  })
}

/**
 * Runs `f` over the items, four at a time, and keeps every bad-input failure in `problems` in the items' order
 * (not the order the reads happened to finish), so the same files always give the same message.
 */
const collectErrors = <A, R>(
  items: ReadonlyArray<A>,
  f: (a: A, i: number) => Effect.Effect<R, BadInput>,
  problems: BadInput[],
) =>
  Effect.forEach(items, (a, i) => Effect.exit(f(a, i)), { concurrency: 4 }).pipe(
    Effect.map((exits) =>
      exits.map((e) => {
        if (Exit.isSuccess(e)) return e.value
        const failure = e.cause.reasons.find((r) => r._tag === "Fail")
        if (failure && failure._tag === "Fail") problems.push(failure.error)
        else throw e.cause
        return undefined
      }),
    ),
  )

/** Reads and validates every file named (folders recursively) without touching any project. */
export const prepare = (
  paths: ReadonlyArray<string>,
  options: Options = {},
): Effect.Effect<Batch, BadInput> =>
  Effect.gen(function* () {
    const interviewerLabels = options.interviewerLabels ?? Turns.DEFAULT_INTERVIEWER_LABELS
    const limits = options.limits ?? Limits.defaults
    const found = yield* Files.collect(paths, extensions)
    const rosterPaths = options.rosters ?? []
    const rosterFiles = rosterPaths.length ? (yield* Files.collect(rosterPaths, new Set([CSV]))).files : []
    const total = found.files.length + rosterFiles.length
    const problems: BadInput[] = []
    let done = 0
    const tick = () => {
      done++
      options.onProgress?.(done, total)
    }

    const rosterRaws = yield* collectErrors(
      rosterFiles,
      (f) => extract(f, limits).pipe(Effect.tap(() => Effect.sync(tick))),
      problems,
    )
    const raws = yield* collectErrors(
      found.files,
      (f) => extract(f, limits).pipe(Effect.tap(() => Effect.sync(tick))),
      problems,
    )

    // rosters first: transcripts without front matter need them
    const rosters: Array<{ file: string; entries: ReadonlyArray<Roster.RosterEntry> }> = []
    const csvs: Array<Extract<Raw, { type: "csv" }>> = []
    for (const r of [...rosterRaws, ...raws]) {
      if (r?.type !== "csv") continue
      const asRoster = rosterRaws.includes(r) || (!options.kind && Roster.isRosterHeader(r.header))
      if (!asRoster) {
        csvs.push(r)
        continue
      }
      const read = Roster.read(r.text, r.file.display, limits)
      if (Exit.isFailure(read)) problems.push(...failures(read))
      else rosters.push({ file: r.file.display, entries: read.value })
    }
    const entries = rosters.flatMap((r) => r.entries)
    const knownLabels = entries.map((e) => e.id)
    const declarations: Participants.Declaration[] = entries.map((e) => ({
      id: e.id,
      fields: e.fields,
      file: e.source,
      line: e.line,
    }))

    const sources: Prepared[] = []
    for (const r of csvs) {
      const file = r.file.display
      if (options.kind && options.kind !== "statistics") {
        problems.push(kindError(file, options.kind, "a .csv file holds statistics or a roster"))
        continue
      }
      const read = Statistics.read(r.text, file, limits)
      if (Exit.isFailure(read)) problems.push(...failures(read))
      else
        sources.push({
          kind: "statistics",
          file: r.file,
          hash: SourceIdentity.hash(r.text),
          text: r.text,
          rows: read.value,
        })
    }

    for (const r of raws) {
      if (r?.type !== "text") continue
      const file = r.file.display
      const kind = kindOf(r, options.kind, interviewerLabels, knownLabels)
      if (Exit.isFailure(kind)) {
        problems.push(...failures(kind))
        continue
      }
      if (kind.value === "interview") {
        const read = Transcript.read(r.fm, {
          file,
          unit: r.extracted.lineUnit,
          interviewerLabels,
          knownLabels,
          limits,
        })
        if (Exit.isFailure(read)) {
          problems.push(...failures(read))
          continue
        }
        const interview = read.value
        const who = Participants.resolveInterview(interview, file, r.file.name, entries, interviewerLabels)
        if (Exit.isFailure(who)) {
          problems.push(...failures(who))
          continue
        }
        declarations.push({
          id: who.value.id,
          fields: interview.fields,
          file,
          line: interview.participant?.line,
          fieldLines: interview.fieldLines,
        })
        sources.push({
          kind: "interview",
          file: r.file,
          hash: SourceIdentity.hash(interview.text),
          interview,
          participantId: who.value.id,
        })
        continue
      }
      const sidecar = yield* Effect.exit(readSidecar(r.file, limits))
      if (Exit.isFailure(sidecar)) {
        problems.push(...failures(sidecar))
        continue
      }
      const side = sidecar.value
      const meta = Document.meta(
        Records.fromEntries([...Object.entries(r.fm.data), ...Object.entries(side?.data ?? {})]),
        {
          file: side ? `${file} (with ${side.display})` : file,
          unit: r.extracted.lineUnit,
          line: (f) =>
            f !== undefined && Records.get(side?.data, f) === undefined
              ? Records.get(r.fm.lines, f)
              : undefined,
        },
      )
      if (Exit.isFailure(meta)) {
        problems.push(...failures(meta))
        continue
      }
      sources.push({
        kind: "document",
        file: r.file,
        hash: SourceIdentity.hash(r.fm.body),
        text: r.fm.body,
        pages: r.extracted.pages,
        meta: meta.value,
      })
    }

    const merged = Participants.merge(declarations)
    if (Exit.isFailure(merged)) problems.push(...failures(merged))
    if (problems.length > 0) return yield* combine(problems)
    // import order is the order files were found (saturation counts new codes in that order)
    const order = new Map(found.files.map((f, i) => [f.path, i]))
    sources.sort((a, b) => order.get(a.file.path)! - order.get(b.file.path)!)
    return { sources, rosters, declarations, ignored: found.ignored, files: total }
  })

const failures = (exit: Exit.Failure<unknown, BadInput>): BadInput[] =>
  exit.cause.reasons.flatMap((r) => (r._tag === "Fail" ? [r.error] : []))

// ── writing ─────────────────────────────────────────────────────────────────────────────────────

const sourceOf = (p: Prepared, id: string, position: number, importedAt: string): Source => {
  const base = { id, hash: p.hash, fileName: p.file.name, position, importedAt }
  switch (p.kind) {
    case "interview": {
      const iv = p.interview
      return {
        ...base,
        kind: "interview",
        title: iv.title ?? stem(p.file.name),
        text: iv.text,
        language: iv.language,
        country: iv.country,
        year: iv.year ?? yearOf(iv.date),
        date: iv.date,
        participantId: p.participantId,
        documentType: undefined,
        metadata: iv.metadata,
      }
    }
    case "document":
      return {
        ...base,
        kind: "document",
        title: p.meta.title ?? stem(p.file.name),
        text: p.text,
        language: p.meta.language,
        country: p.meta.country,
        year: p.meta.year ?? yearOf(p.meta.date),
        date: p.meta.date,
        participantId: undefined,
        documentType: p.meta.type as DocumentType | undefined,
        metadata: p.meta.metadata,
      }
    case "statistics":
      return {
        ...base,
        kind: "statistics",
        title: stem(p.file.name),
        text: p.text,
        language: undefined,
        country: undefined,
        year: undefined,
        date: undefined,
        participantId: undefined,
        documentType: "statistics",
        metadata: { observations: p.rows.length },
      }
  }
}

const yearOf = (date: string | undefined) => {
  const m = date === undefined ? null : /^(\d{4})/.exec(date)
  return m ? Number(m[1]) : undefined
}

const childRows = (p: Prepared, sourceId: string) => ({
  turns:
    p.kind === "interview"
      ? p.interview.turns.map((t, index) => ({
          sourceId,
          index,
          speaker: t.speaker,
          start: t.start,
          end: t.end,
          interviewer: t.interviewer,
        }))
      : [],
  pages: p.kind === "document" && p.pages ? p.pages.map((pg) => ({ sourceId, ...pg })) : [],
})

/**
 * Sets a prepared batch against the project and writes it in one transaction: content already there is
 * skipped, a changed file of a known name is refused (or, with `replace`, becomes the new version), and every
 * participant statement must agree with the project.
 */
export const write = (
  store: Store,
  batch: Batch,
  options: Pick<Options, "replace"> = {},
): Effect.Effect<Summary, BadInput | StoreError> =>
  store.transaction((tx) =>
    Effect.gen(function* () {
      const replace = options.replace === true
      const existing = new Map((yield* tx.participants.list()).map((p) => [p.id, p] as const))
      const merged = Participants.merge(batch.declarations)
      if (Exit.isFailure(merged)) return yield* combine(failures(merged))
      const people = Participants.reconcile(merged.value, existing, replace)
      if (Exit.isFailure(people)) return yield* combine(failures(people))

      const skipped: Array<{ file: string; sameAs: string }> = []
      const fresh: Prepared[] = []
      const versions: Array<{ prepared: Prepared; old: Source }> = []
      const byHash = new Map<string, Prepared>()
      const byName = new Map<string, Prepared>()
      const problems: BadInput[] = []
      for (const p of batch.sources) {
        const display = p.file.display
        const twin = byHash.get(p.hash)
        if (twin) {
          skipped.push({ file: display, sameAs: twin.file.display })
          continue
        }
        const known = yield* tx.sources.findByHash(p.hash)
        if (known) {
          skipped.push({ file: display, sameAs: known.fileName ?? known.title })
          continue
        }
        const namesake = byName.get(p.file.name)
        if (namesake) {
          problems.push(
            new BadInput({
              reason: "duplicate-file-name",
              file: display,
              message: `${display}: another file in this import has the same name (${namesake.file.display}) but different content; sources are matched by file name, so rename one`,
            }),
          )
          continue
        }
        byHash.set(p.hash, p)
        byName.set(p.file.name, p)
        const old = yield* tx.sources.findByFileName(p.file.name)
        if (!old) fresh.push(p)
        else if (replace) versions.push({ prepared: p, old })
        else
          problems.push(
            new BadInput({
              reason: "changed-file",
              file: display,
              message: `${display}: a different version of ${p.file.name} is already in the project (imported ${old.importedAt}); import with --replace to make this its new version`,
            }),
          )
      }
      if (problems.length > 0) return yield* combine(problems)

      // participants first: sources refer to them
      yield* tx.participants.insert(people.value.created)
      for (const p of people.value.updated) yield* tx.participants.update(p)

      const importedAt = new Date().toISOString()
      let position = yield* tx.sources.nextPosition()
      const created = fresh.map((p) => sourceOf(p, Ids.make("src"), position++, importedAt))
      yield* tx.sources.insert(created)
      const children = fresh.map((p, i) => childRows(p, created[i]!.id))
      yield* tx.turns.insert(children.flatMap((c) => c.turns))
      yield* tx.pages.insert(children.flatMap((c) => c.pages))

      const replaced: Replaced[] = []
      const changes: History.Change[] = []
      for (const { prepared, old } of versions) {
        const version = yield* newVersion(tx, prepared, old, importedAt)
        replaced.push(version.replaced)
        changes.push(...version.changes)
      }
      // the new versions are one step in the undo history: `code undo` brings the old ones back
      if (changes.length > 0)
        yield* History.commit(
          tx,
          `import --replace ${versions.map((v) => v.prepared.file.name).join(", ")}`,
          changes,
          importedAt,
        )

      const observations: Observation[] = []
      for (const p of fresh)
        if (p.kind === "statistics") observations.push(...p.rows.map((r) => r.observation))
      yield* tx.observations.upsert(observations)
      for (const { prepared: p } of versions)
        if (p.kind === "statistics") observations.push(...p.rows.map((r) => r.observation))

      const counts = { interview: 0, document: 0, statistics: 0 }
      const sources: Summary["sources"][number][] = []
      const listed = [
        ...fresh.map((p, i) => ({ p, id: created[i]!.id })),
        ...versions.map((v) => ({ p: v.prepared, id: v.old.id })),
      ]
      for (const { p, id } of listed) {
        counts[p.kind]++
        sources.push({
          id,
          file: p.file.display,
          kind: p.kind,
          title: sourceOf(p, id, 0, importedAt).title,
          ...(p.kind === "interview" ? { participant: p.participantId } : {}),
        })
      }
      return {
        files: batch.files,
        counts,
        observations: observations.length,
        participantsCreated: people.value.created.map((p: Participant) => p.id).sort(),
        participantsUpdated: people.value.updated.map((p: Participant) => p.id).sort(),
        skippedDuplicates: skipped,
        replaced,
        ignored: batch.ignored,
        sources,
      } satisfies Summary
    }),
  )

/**
 * The changes that make a changed file the new version of the source of the same name: same id and position,
 * new text, turns and pages; coded passages re-anchored by their words, and the codings on passages whose words
 * are gone detached; for statistics, the old version's observations replaced by the new one's.
 */
const newVersion = (tx: Store, p: Prepared, old: Source, importedAt: string) =>
  Effect.gen(function* () {
    const next = sourceOf(p, old.id, old.position, importedAt)
    // pending suggestions become rows first, so they are re-anchored (or detached) like every coding
    yield* tx.pending.materialize({ sourceIds: [old.id] }, importedAt)
    const before = (yield* Revision.current(tx, old.id))!
    const revised = yield* Revision.changes(tx, before, { source: next, ...childRows(p, old.id) }, importedAt)
    const observations: History.Change[] = []
    if (old.kind === "statistics" && p.kind === "statistics") {
      const was = Statistics.read(old.text, p.file.display)
      observations.push({
        t: "observations",
        before: Exit.isSuccess(was) ? was.value.map((r) => r.observation) : [],
        after: p.rows.map((r) => r.observation),
      })
    }
    return {
      changes: [...revised.changes, ...observations],
      replaced: {
        file: p.file.display,
        source: old.id,
        segmentsKept: revised.segmentsKept,
        segmentsMoved: revised.segmentsMoved,
        codingsKept: revised.codingsKept,
        detached: revised.detached,
      } satisfies Replaced,
    }
  })

/** Reads, validates and writes: the whole import, one transaction, nothing written if any file is bad. */
export const importPaths = (
  store: Store,
  paths: ReadonlyArray<string>,
  options: Options = {},
): Effect.Effect<Summary, BadInput | StoreError> =>
  Effect.flatMap(prepare(paths, options), (batch) => write(store, batch, options))
