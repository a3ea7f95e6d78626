/**
 * Import: a REFI-QDA project (`.qdpx` archive or bare `.qde`) or codebook (`.qdc`) into a ValueLens project.
 *
 * Three steps: `read` opens the file and everything it refers to (all checks for hostile input happen here,
 * before anything is written); `plan` decides, purely, what to add given what the project already holds; and
 * `importFile` runs both and writes the plan in one transaction, so a failure leaves the project unchanged.
 */
import { lstat, readdir, readFile } from "node:fs/promises"
import { basename, dirname, extname } from "node:path"
import type {
  Code,
  Coder,
  Coding,
  Memo,
  MemoTarget,
  Participant,
  ParticipantGroup,
  Segment,
  Source,
  SourceKind,
} from "@valuelens/core"
import {
  BadInput,
  DocumentType,
  Ids,
  Limits,
  participantGroups,
  Records,
  SourceIdentity,
  SourceKind as SourceKinds,
} from "@valuelens/core"
import * as Zip from "@valuelens/ingest/zip"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import mammoth from "mammoth"
import * as CodebookCsv from "./CodebookCsv.js"
import { codeKindSets, guidOf, NOT_CODABLE_SETTING, type ProjectData, sourceKindSets } from "./Export.js"
import * as Identity from "./Identity.js"
import * as Offsets from "./Offsets.js"
import * as Qde from "./Qde.js"
import * as SourcePaths from "./SourcePaths.js"
import * as SourceText from "./SourceText.js"
import * as Xml from "./Xml.js"

export type Format = "qdpx" | "qde" | "qdc" | "csv"

export interface Options {
  /** Time stamp for imported sources and for codings without one (default: now). */
  readonly now?: string
  /** The size budget (default `Limits.defaults`). */
  readonly limits?: Limits.Limits
  /** Read `absolute://` sources (anywhere on this machine); without it a project naming one is refused. */
  readonly allowAbsolute?: boolean
}

/** A REFI file opened and checked, with the text of every source and note it could find. */
export interface Package {
  readonly file: string
  readonly format: Format
  readonly project?: Qde.Project
  readonly codebook?: Qde.Codebook
  /** Original text (before normalisation) of each text source found, by source GUID. */
  readonly texts: ReadonlyMap<string, string>
  /** Text of notes kept in files, by note GUID. */
  readonly noteTexts: ReadonlyMap<string, string>
  /** The rich text file (`.docx`) of each text source that has one, by source GUID, kept for export. */
  readonly richTexts: ReadonlyMap<string, { readonly name: string; readonly bytes: Uint8Array }>
  /** The PDF file of each PDF source read through its text, by source GUID, kept for export. */
  readonly pdfs: ReadonlyMap<string, { readonly name: string; readonly bytes: Uint8Array }>
  /** `internal://` files the project refers to that the archive does not hold, plus unreadable external text. */
  readonly missing: ReadonlyArray<string>
  readonly warnings: ReadonlyArray<string>
}

// ── reading ──────────────────────────────────────────────────────────────────────────────────────

interface Files {
  readonly has: (name: string) => boolean
  readonly read: (name: string) => Effect.Effect<Uint8Array | undefined, BadInput>
}

const emptyFiles: Files = { has: () => false, read: () => Effect.succeed(undefined) }

/** Files in a folder next to a bare `.qde` (`sources/` or `Sources/`), never following a link out of it. */
const folderFiles = (qdeFile: string, limits: Limits.Limits): Effect.Effect<Files, BadInput> =>
  Effect.gen(function* () {
    const root = yield* SourcePaths.sourcesFolder(dirname(qdeFile), qdeFile)
    if (root === undefined) return emptyFiles
    const names = new Map<string, string>()
    for (const n of yield* Effect.promise(() => readdir(root).catch(() => [] as string[]))) {
      names.set(n, n)
      if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), n)
    }
    const actual = (name: string) => names.get(name) ?? names.get(name.toLowerCase())
    return {
      has: (name) => actual(name) !== undefined,
      read: (name) => {
        const n = actual(name)
        return n === undefined
          ? Effect.succeed(undefined)
          : SourcePaths.readFileInside(root, n, qdeFile, limits)
      },
    }
  })

/** The `.qde` entry of an archive and the files in its sources folder (any case: MAXQDA writes `sources`). */
const archiveFiles = (archive: Zip.Archive): { qde: Zip.Entry; files: Files } | BadInput => {
  const qdes = archive.entries.filter((e) => e.name.toLowerCase().endsWith(".qde"))
  const qde =
    qdes.find((e) => e.name.toLowerCase() === "project.qde") ?? (qdes.length === 1 ? qdes[0] : undefined)
  if (!qde)
    return new BadInput({
      reason: "invalid-refi",
      file: archive.file,
      message:
        qdes.length === 0
          ? `${archive.file}: the archive holds no project.qde; expected a REFI-QDA .qdpx`
          : `${archive.file}: the archive holds ${qdes.length} .qde files and none is project.qde`,
    })
  const prefix = `${qde.name.slice(0, qde.name.length - basename(qde.name).length)}sources/`.toLowerCase()
  const byName = new Map<string, Zip.Entry>()
  for (const e of archive.entries) {
    const lower = e.name.replaceAll("\\", "/").toLowerCase()
    if (!lower.startsWith(prefix)) continue
    const name = e.name.replaceAll("\\", "/").slice(prefix.length)
    if (name.includes("/")) continue
    byName.set(name, e)
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), e)
  }
  const entry = (name: string) => byName.get(name) ?? byName.get(name.toLowerCase())
  return {
    qde,
    files: {
      has: (name) => entry(name) !== undefined,
      read: (name) => {
        const e = entry(name)
        return e === undefined ? Effect.succeed(undefined) : archive.read(e)
      },
    },
  }
}

const decodeText = (bytes: Uint8Array, file: string): Effect.Effect<string, BadInput> => {
  const s = SourceText.decodeUtf8(bytes, file)
  return typeof s === "string" ? Effect.succeed(s) : Effect.fail(s)
}

const docxText = (bytes: Uint8Array, file: string, limits: Limits.Limits): Effect.Effect<string, BadInput> =>
  Effect.gen(function* () {
    // a .docx is a zip too: count what it unpacks to before mammoth inflates it
    yield* Zip.check(bytes, file, limits)
    const result = yield* Effect.tryPromise({
      try: () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }),
      catch: (e) =>
        new BadInput({
          reason: "unreadable-docx",
          file,
          message: `${file}: not a readable .docx (${String(e)})`,
        }),
    })
    return result.value
  })

const referencedPaths = (p: Qde.Project): string[] => [
  ...p.sources.flatMap((s) =>
    s.kind === "text"
      ? [s.plainTextPath, s.richTextPath, s.pdf?.path].filter((x): x is string => !!x)
      : s.paths,
  ),
  ...p.notes.flatMap((n) => (n.plainTextPath ? [n.plainTextPath] : [])),
]

const parseXml = (bytes: Uint8Array, file: string, limits: Limits.Limits) =>
  Effect.gen(function* () {
    const shape = Xml.checkShape(bytes, file, limits)
    if (shape) return yield* shape
    return yield* Xml.parse(yield* decodeText(bytes, file), file)
  })

const readProjectFiles = (
  project: Qde.Project,
  files: Files,
  file: string,
  options: Options,
): Effect.Effect<
  Pick<Package, "texts" | "noteTexts" | "richTexts" | "pdfs" | "missing" | "warnings">,
  BadInput
> =>
  Effect.gen(function* () {
    const limits = options.limits ?? Limits.defaults
    const missing = new Set<string>()
    const warnings: string[] = []
    for (const path of referencedPaths(project)) {
      const ref = SourcePaths.parse(path, file)
      if (ref instanceof BadInput) return yield* ref
      if (ref?.scheme === "internal" && !files.has(ref.name)) missing.add(path)
    }
    // relative:// paths are taken from the folder that holds the project file
    const base = dirname(file)
    const read = (path: string | undefined) =>
      Effect.gen(function* () {
        const ref = path === undefined ? undefined : SourcePaths.parse(path, file)
        if (ref === undefined || ref instanceof BadInput) return undefined
        if (ref.scheme === "absolute" && !options.allowAbsolute)
          return yield* new BadInput({
            reason: "absolute-path",
            file,
            field: "plainTextPath",
            message: `${file}: the project reads "${path}" from outside its own folder; import with --allow-absolute if you trust it`,
          })
        const name = ref.scheme === "internal" ? ref.name : basename(ref.path)
        const bytes =
          ref.scheme === "internal"
            ? yield* files.read(ref.name)
            : ref.scheme === "relative"
              ? yield* SourcePaths.readFileInside(base, ref.path, file, limits)
              : yield* SourcePaths.readFileInside(undefined, SourcePaths.absolutePath(ref.path), file, limits)
        if (bytes === undefined && ref.scheme !== "internal") missing.add(path!)
        return bytes === undefined ? undefined : { name, bytes }
      })
    const texts = new Map<string, string>()
    const richTexts = new Map<string, { name: string; bytes: Uint8Array }>()
    const pdfs = new Map<string, { name: string; bytes: Uint8Array }>()
    for (const s of project.sources) {
      if (s.kind !== "text") continue
      const rich = yield* read(s.richTextPath)
      if (rich) richTexts.set(s.guid, rich)
      // a PDF is kept only from inside the project (its text is the representation's, read below)
      const pdfRef = s.pdf?.path === undefined ? undefined : SourcePaths.parse(s.pdf.path, file)
      if (pdfRef !== undefined && !(pdfRef instanceof BadInput) && pdfRef.scheme === "internal") {
        const bytes = yield* files.read(pdfRef.name)
        if (bytes) pdfs.set(s.guid, { name: pdfRef.name, bytes })
      }
      if (s.plainTextContent !== undefined && !s.plainTextPath) {
        texts.set(s.guid, s.plainTextContent)
        continue
      }
      const plain = yield* read(s.plainTextPath)
      if (plain) {
        texts.set(s.guid, yield* decodeText(plain.bytes, `${file}#${plain.name}`))
        continue
      }
      if (rich?.name.toLowerCase().endsWith(".docx")) {
        texts.set(s.guid, yield* docxText(rich.bytes, `${file}#${rich.name}`, limits))
        if (s.selections.length > 0)
          warnings.push(
            `source "${s.name ?? s.guid}": no plain text file, so its text was taken from ${rich.name}; check its selections`,
          )
        continue
      }
      if (s.plainTextPath && SourcePaths.parse(s.plainTextPath, file) === undefined)
        missing.add(s.plainTextPath)
    }
    const noteTexts = new Map<string, string>()
    for (const n of project.notes) {
      const f = yield* read(n.plainTextPath)
      if (f) noteTexts.set(n.guid, yield* decodeText(f.bytes, `${file}#${f.name}`))
    }
    return { texts, noteTexts, richTexts, pdfs, missing: [...missing], warnings }
  })

/** Opens a REFI file from its bytes. A bare `.qde` may bring a `sources/` folder lying next to it. */
export const readBytes = (
  bytes: Uint8Array,
  file: string,
  options: Options = {},
  sibling: Files = emptyFiles,
): Effect.Effect<Package, BadInput> =>
  Effect.gen(function* () {
    const limits = options.limits ?? Limits.defaults
    const ext = extname(file).toLowerCase()
    if (ext === ".qdc" || ext === ".csv") {
      const codebook =
        ext === ".csv"
          ? yield* CodebookCsv.read(yield* decodeText(bytes, file), file)
          : yield* Qde.readCodebook(yield* parseXml(bytes, file, limits), file)
      return {
        file,
        format: ext === ".csv" ? "csv" : "qdc",
        codebook,
        texts: new Map(),
        noteTexts: new Map(),
        richTexts: new Map(),
        pdfs: new Map(),
        missing: [],
        warnings: [],
      }
    }
    if (ext === ".qde") {
      const project = yield* Qde.readProject(yield* parseXml(bytes, file, limits), file)
      return { file, format: "qde", project, ...(yield* readProjectFiles(project, sibling, file, options)) }
    }
    if (ext !== ".qdpx")
      return yield* new BadInput({
        reason: "unsupported-file",
        file,
        message: `${file}: expected a REFI-QDA .qdpx, .qde or .qdc file, or a codebook .csv`,
      })
    const archive = yield* Zip.open(bytes, file, limits)
    const found = archiveFiles(archive)
    if (found instanceof BadInput) return yield* found
    const qdeName = `${file}#${found.qde.name}`
    const project = yield* Qde.readProject(
      yield* parseXml(yield* archive.read(found.qde), qdeName, limits),
      qdeName,
    )
    return {
      file,
      format: "qdpx",
      project,
      ...(yield* readProjectFiles(project, found.files, file, options)),
    }
  })

/** Opens a REFI file from disk. */
export const read = (path: string, options: Options = {}): Effect.Effect<Package, BadInput> =>
  Effect.gen(function* () {
    const limits = options.limits ?? Limits.defaults
    const size = yield* Effect.tryPromise({
      try: () => lstat(path).then((s) => s.size),
      catch: () => new BadInput({ reason: "missing-file", file: path, message: `${path}: no such file` }),
    })
    if (size > limits.fileBytes)
      return yield* Limits.exceeded(path, "fileBytes", limits, `a file of ${size} bytes`)
    const bytes = yield* Effect.tryPromise({
      try: () => readFile(path),
      catch: (e) =>
        new BadInput({ reason: "unreadable-file", file: path, message: `cannot read ${path}: ${String(e)}` }),
    })
    const sibling = extname(path).toLowerCase() === ".qde" ? yield* folderFiles(path, limits) : emptyFiles
    return yield* readBytes(new Uint8Array(bytes), path, options, sibling)
  })

// ── planning ─────────────────────────────────────────────────────────────────────────────────────

/** What the project already holds, so an import adds only what is new. */
export interface Existing {
  readonly codes: ReadonlyArray<Code>
  readonly notCodable: ReadonlyArray<string>
  readonly coders: ReadonlyArray<Coder>
  readonly participants: ReadonlyArray<Participant>
  /** Sources without their text. */
  readonly sources: ReadonlyArray<Pick<Source, "id" | "hash">>
  readonly nextPosition: number
  readonly segments: ReadonlyArray<Pick<Segment, "id" | "sourceId" | "start" | "end">>
  readonly codings: ReadonlyArray<Pick<Coding, "id" | "segmentId" | "codeId" | "coderId">>
  readonly memos: ReadonlyArray<Pick<Memo, "id" | "target" | "targetId" | "text">>
  /** What earlier imports kept of the peers' identity. */
  readonly identity: Identity.Identity
}

export const emptyProject: Existing = {
  codes: [],
  notCodable: [],
  coders: [],
  participants: [],
  sources: [],
  nextPosition: 0,
  segments: [],
  codings: [],
  memos: [],
  identity: Identity.empty,
}

export interface Counts {
  readonly codes: number
  readonly coders: number
  readonly participants: number
  readonly sources: number
  readonly segments: number
  readonly codings: number
  readonly memos: number
}

export interface Summary {
  readonly file: string
  readonly format: Format
  readonly origin: string | undefined
  /** The tool named in `origin`, as in the codings' origin `import:<tool>`. */
  readonly tool: string
  /** What the file holds. */
  readonly found: {
    readonly codes: number
    readonly users: number
    readonly cases: number
    readonly textSources: number
    readonly mediaSources: number
    readonly selections: number
    readonly codings: number
    readonly notes: number
  }
  /** What this import added to the project. */
  readonly added: Counts
  /** What the project already held and was matched rather than added again. */
  readonly reused: Counts
  readonly skipped: {
    /**
     * Sources ValueLens does not code (picture, audio, video; a PDF without its text representation) and text
     * sources whose text is missing.
     */
    readonly sources: {
      readonly pdf: number
      readonly picture: number
      readonly audio: number
      readonly video: number
      readonly missingText: number
    }
    readonly selections: {
      readonly pdf: number
      readonly picture: number
      readonly audio: number
      readonly video: number
      readonly transcript: number
      readonly missingSource: number
      readonly empty: number
    }
    /** Codings on skipped selections, or naming a code the file does not define. */
    readonly codings: number
    readonly sets: number
    readonly graphs: number
    readonly links: number
    /** Annotation positions (a `PlainTextSelection` inside a `Note`) with no text source to place them on. */
    readonly annotations: number
    /** Case `SourceRef`s to sources that were not imported. */
    readonly sourceRefs: number
    /** Case `SelectionRef`s: ValueLens ties participants to sources, not to selections. */
    readonly selectionRefs: number
    /** Case `CodeRef`s: ValueLens codes text, not participants. */
    readonly caseCodeRefs: number
  }
  /** Every element of the file that was not imported, by element (and why, where one element has two fates). */
  readonly notImported: Readonly<Record<string, number>>
  /** Files the project refers to that were not found (`internal://…` paths). */
  readonly missing: ReadonlyArray<string>
  /** How the file's offsets were read (projects only): the convention, and how it was established. */
  readonly offsets?: {
    readonly convention: string
    readonly proof: Offsets.Decision["proof"]
    readonly checked: number
  }
  readonly warnings: ReadonlyArray<string>
}

/** What an import will write: the same parts an export reads, and what the summary will say. */
export interface Plan extends Omit<ProjectData, "name"> {
  readonly summary: Summary
}

const flatten = (codes: ReadonlyArray<Qde.Code>): Qde.Code[] =>
  codes.flatMap((c) => [c, ...flatten(c.children)])

const collapse = (s: string) => s.replace(/\s+/g, " ").trim()

/** The skipped counts by QDA-XML element, leaving out what is zero: the summary's full list of what stayed out. */
export const notImported = (k: Summary["skipped"]): Record<string, number> =>
  Object.fromEntries(
    (
      [
        ["PDFSource (no text representation)", k.sources.pdf],
        ["PictureSource", k.sources.picture],
        ["AudioSource", k.sources.audio],
        ["VideoSource", k.sources.video],
        ["TextSource (text missing)", k.sources.missingText],
        ["PDFSelection (page area)", k.selections.pdf],
        ["PictureSelection", k.selections.picture],
        ["AudioSelection", k.selections.audio],
        ["VideoSelection", k.selections.video],
        ["TranscriptSelection", k.selections.transcript],
        ["PlainTextSelection (source not imported)", k.selections.missingSource],
        ["PlainTextSelection (empty)", k.selections.empty],
        ["Coding", k.codings],
        ["Set", k.sets],
        ["Graph", k.graphs],
        ["Link", k.links],
        ["Note/PlainTextSelection (no source names the note)", k.annotations],
        ["Case/SourceRef (source not imported)", k.sourceRefs],
        ["Case/SelectionRef", k.selectionRefs],
        ["Case/CodeRef", k.caseCodeRefs],
      ] as const
    ).filter(([, n]) => n > 0),
  )

const invalid = (file: string, message: string, field?: string) =>
  new BadInput({ reason: "invalid-refi", file, message: `${file}: ${message}`, ...(field ? { field } : {}) })

/** Decides what an import adds to a project. Pure: the same package and project give the same plan. */
export const plan = (
  pkg: Package,
  existing: Existing,
  options: Options = {},
): Effect.Effect<Plan, BadInput> =>
  Effect.try({
    try: () => planSync(pkg, existing, options.now ?? new Date().toISOString()),
    catch: (e) =>
      e instanceof BadInput
        ? e
        : new BadInput({ reason: "invalid-refi", message: `${pkg.file}: ${String(e)}` }),
  })

const planSync = (pkg: Package, existing: Existing, now: string): Plan => {
  const project = pkg.project
  const origin = project?.origin ?? pkg.codebook?.origin
  const tool = Qde.toolOf(origin)
  const fromValueLens = tool === "valuelens"
  const warnings = [...pkg.warnings]
  const nonGuid = project?.nonGuidIds ?? pkg.codebook?.nonGuidIds ?? []
  if (nonGuid.length > 0)
    warnings.push(
      `${nonGuid.length} id(s) are not GUIDs (${nonGuid.slice(0, 5).join(", ")}${nonGuid.length > 5 ? ", …" : ""}); each was read as a stable GUID made from it`,
    )
  const added = { codes: 0, coders: 0, participants: 0, sources: 0, segments: 0, codings: 0, memos: 0 }
  const reused = { ...added }

  // ── codes ──
  const topCodes = project?.codes ?? pkg.codebook?.codes ?? []
  const sets = project?.sets ?? pkg.codebook?.sets ?? []
  const kindOf = new Map<string, Code["kind"]>()
  if (fromValueLens)
    for (const [kind, name] of Object.entries(codeKindSets))
      for (const s of sets)
        if (name !== undefined && s.name === name)
          for (const g of s.codes) kindOf.set(g, kind as Code["kind"])
  const kept = existing.identity
  // what this import learns of the peer's identity, added to what earlier imports kept
  const next = {
    codes: {} as Record<string, { guid: string; order: number }>,
    users: {} as Record<string, string>,
    sources: {} as Record<string, Identity.SourceStamp>,
    selections: {} as Record<string, Identity.Stamp>,
    codings: {} as Record<string, string>,
    notes: {} as Record<string, string>,
    sets: [] as Identity.KeptSet[],
  }
  const byGuid = new Map([
    ...existing.codes.map((c) => [Qde.guidKey(guidOf.code(c.id)), c.id] as const),
    ...Identity.byGuid(kept.codes),
  ])
  const existingById = new Map(existing.codes.map((c) => [c.id, c]))
  const pathOf = (c: Code): string[] => {
    const path: string[] = []
    let cur: Code | undefined = c
    const seen = new Set<string>()
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id)
      path.unshift(cur.name)
      cur = cur.parentId === undefined ? undefined : existingById.get(cur.parentId)
    }
    return path
  }
  const byPath = new Map(existing.codes.map((c) => [pathOf(c).join("\u0000"), c.id]))
  const codeId = new Map<string, string>()
  const newCodes: Code[] = []
  const usedIds = new Set(existing.codes.map((c) => c.id))
  const claimed = new Set<string>()
  const notCodable = new Set(existing.notCodable)
  // NVivo (and ValueLens, for QualCoder) write each case as a code too, with the case's GUID: its codings tie
  // the case to texts, so it is not a code here
  const caseGuids = new Set((project?.cases ?? []).map((c) => c.guid))
  const walkCodes = (codes: ReadonlyArray<Qde.Code>, parentId: string | undefined, path: string[]) => {
    for (const [order, c] of codes.entries()) {
      if (caseGuids.has(c.guid)) continue
      if (codeId.has(c.guid)) {
        warnings.push(`code "${c.name}" (${c.guid}) appears twice; the second is merged into the first`)
        continue
      }
      const p = [...path, c.name]
      const key = p.join("\u0000")
      let id = byGuid.get(c.guid) ?? byPath.get(key)
      if (id !== undefined && claimed.has(id)) id = undefined
      if (id !== undefined) {
        claimed.add(id)
        reused.codes++
      } else {
        let fresh = Ids.stable("code", "refi", ...p)
        if (usedIds.has(fresh)) fresh = Ids.stable("code", "refi", c.guid)
        id = fresh
        usedIds.add(id)
        newCodes.push({
          id,
          name: c.name,
          description: c.description?.replace(/\r\n?/g, "\n"),
          colour: c.color,
          parentId,
          kind: kindOf.get(c.guid) ?? "free",
        })
        if (!c.isCodable) notCodable.add(id)
        added.codes++
      }
      codeId.set(c.guid, id)
      next.codes[id] = { guid: c.guid, order }
      walkCodes(c.children, id, p)
    }
  }
  walkCodes(topCodes, undefined, [])
  // a peer's own sets come back on export; the sets a ValueLens file writes for code and source kinds were read
  const kindSets = new Set<string>([
    ...Object.values(codeKindSets).filter((n): n is string => n !== undefined),
    ...Object.values(sourceKindSets),
  ])
  const keepSets = (sourceId: ReadonlyMap<string, string>) => {
    let skippedSets = 0
    for (const set of sets) {
      if (fromValueLens && kindSets.has(set.name)) continue
      const codes = set.codes.flatMap((g) => codeId.get(g) ?? [])
      const members = set.sources.flatMap((g) => sourceId.get(g) ?? [])
      if (codes.length + members.length === 0) skippedSets++
      else
        next.sets.push({
          guid: set.guid,
          name: set.name,
          description: set.description,
          codes,
          sources: members,
        })
    }
    return skippedSets
  }

  const summaryBase = {
    file: pkg.file,
    format: pkg.format,
    origin,
    tool,
  }
  const emptySkipped = {
    sources: { pdf: 0, picture: 0, audio: 0, video: 0, missingText: 0 },
    selections: { pdf: 0, picture: 0, audio: 0, video: 0, transcript: 0, missingSource: 0, empty: 0 },
    codings: 0,
    sets: 0,
    graphs: 0,
    links: 0,
    annotations: 0,
    sourceRefs: 0,
    selectionRefs: 0,
    caseCodeRefs: 0,
  }
  if (!project) {
    const codebookSkipped = { ...emptySkipped, sets: keepSets(new Map()) }
    return {
      codes: newCodes,
      notCodable: [...notCodable],
      coders: [],
      participants: [],
      sources: [],
      segments: [],
      codings: [],
      memos: [],
      identity: { ...next, sets: next.sets },
      files: new Map(),
      summary: {
        ...summaryBase,
        found: {
          codes: flatten(topCodes).length,
          users: 0,
          cases: 0,
          textSources: 0,
          mediaSources: 0,
          selections: 0,
          codings: 0,
          notes: 0,
        },
        added,
        reused,
        skipped: codebookSkipped,
        notImported: notImported(codebookSkipped),
        missing: [],
        warnings,
      },
    }
  }

  // ── coders ──
  const existingCoders = new Set(existing.coders.map((c) => c.id))
  const coders = new Map<string, Coder>()
  const coderOf = new Map<string, string>()
  const taken = new Set<string>()
  const addCoder = (guid: string | undefined, id: string, name: string) => {
    if (guid !== undefined) coderOf.set(guid, id)
    if (coders.has(id)) return
    coders.set(id, { id, name, engine: false })
  }
  for (const u of project.users) {
    let id = (u.id?.trim() || u.name?.trim() || `user-${u.guid.slice(0, 8)}`).slice(0, 200)
    if (taken.has(id)) id = `${id} (${u.guid.slice(0, 8)})`
    taken.add(id)
    addCoder(u.guid, id, u.name?.trim() || id)
    next.users[id] = u.guid
  }
  const coderFor = (...guids: ReadonlyArray<string | undefined>): string => {
    for (const g of guids) {
      if (g === undefined) continue
      const known = coderOf.get(g)
      if (known) return known
      const id = `user-${g.slice(0, 8)}`
      addCoder(g, id, id)
      return id
    }
    const fallback = project.creatingUser ? coderOf.get(project.creatingUser) : undefined
    if (fallback) return fallback
    addCoder(undefined, tool, origin ?? tool)
    return tool
  }

  // ── participants (cases) ──
  const existingParticipants = new Set(existing.participants.map((p) => p.id))
  const variables = new Map(project.variables.map((v) => [v.guid, v]))
  const participants: Participant[] = []
  const participantOfSource = new Map<string, string>()
  for (const c of project.cases) {
    const id = collapse(c.name ?? "") || `Case ${c.guid.slice(0, 8)}`
    const coded = project.sources.flatMap((s) =>
      s.kind === "text" && s.selections.some((sel) => sel.codings.some((k) => k.code === c.guid))
        ? [s.guid]
        : [],
    )
    for (const s of new Set([...c.sourceRefs, ...coded])) {
      const other = participantOfSource.get(s)
      if (other !== undefined && other !== id)
        warnings.push(`source ${s} belongs to cases "${other}" and "${id}"; it is linked to "${other}"`)
      else participantOfSource.set(s, id)
    }
    if (existingParticipants.has(id) || participants.some((p) => p.id === id)) {
      reused.participants++
      continue
    }
    let group: ParticipantGroup = "other"
    let organisation: string | undefined
    let location: string | undefined
    let country: string | undefined
    const attributes = Records.empty<string>()
    for (const v of c.values) {
      const name = variables.get(v.variable)?.name ?? v.variable
      const key = name.trim().toLowerCase()
      const value = v.value
      if (
        key === "group" &&
        (participantGroups as ReadonlyArray<string>).includes(value.trim().toLowerCase())
      )
        group = value.trim().toLowerCase() as ParticipantGroup
      else if (key === "organisation" || key === "organization") organisation = value
      else if (key === "location") location = value
      else if (key === "country" && /^[A-Za-z]{3}$/.test(value.trim())) country = value.trim().toUpperCase()
      else attributes[name] = value
    }
    if (c.description) attributes.description = c.description
    participants.push({ id, group, organisation, location, country, attributes })
    added.participants++
  }

  // a source variable `participant` naming a case links the two where the file has no other link (QualCoder
  // keeps source variables through its own export, but not the links ValueLens writes as SourceRefs and codes)
  const caseIds = new Set(project.cases.map((c) => collapse(c.name ?? "")).filter((n) => n !== ""))
  for (const s of project.sources) {
    if (s.kind !== "text" || participantOfSource.has(s.guid)) continue
    const named = s.values.find((v) => variables.get(v.variable)?.name.trim().toLowerCase() === "participant")
    const id = named === undefined ? undefined : collapse(named.value)
    if (id !== undefined && caseIds.has(id)) participantOfSource.set(s.guid, id)
  }

  // ── sources, segments, codings ──
  const sourceByHash = new Map(existing.sources.map((s) => [s.hash, s.id]))
  const segmentByKey = new Map(
    existing.segments.map((s) => [`${s.sourceId}\u0000${s.start}\u0000${s.end}`, s.id]),
  )
  const codingKeys = new Map<string, string>(
    existing.codings.map((c) => [`${c.segmentId}\u0000${c.codeId}\u0000${c.coderId}`, c.id]),
  )
  const sources: Source[] = []
  const segments: Segment[] = []
  const codings: Coding[] = []
  const sourceId = new Map<string, string>()
  const segmentOf = new Map<string, string>()
  const skipped = structuredClone(emptySkipped)
  let position = existing.nextPosition
  let selectionsFound = 0
  let codingsFound = 0
  const memos: Memo[] = []
  const files = new Map<string, Uint8Array>()
  const textOfSource = new Map<string, SourceText.SourceText>()
  const descriptions: { s: Qde.TextSource; source: string }[] = []
  const segmentIn = (source: string, st: SourceText.SourceText, start: number, end: number): string => {
    const key = `${source}\u0000${start}\u0000${end}`
    const known = segmentByKey.get(key)
    if (known !== undefined) {
      if (!segments.some((x) => x.id === known)) reused.segments++
      return known
    }
    const seg = Ids.stable("seg", source, start, end)
    segmentByKey.set(key, seg)
    segments.push({ id: seg, sourceId: source, start, end, text: st.slice(start, end) })
    added.segments++
    return seg
  }

  /** Adds a coding unless the project has it; its id either way, undefined when its code is unknown. */
  const addCoding = (
    c: Qde.Coding,
    segmentId: string,
    coder: string,
    fallbackTime: string | undefined,
  ): string | undefined => {
    const code = codeId.get(c.code)
    if (code === undefined) {
      skipped.codings++
      warnings.push(`coding ${c.guid} names code ${c.code}, which the file does not define; it was skipped`)
      return undefined
    }
    const key = `${segmentId}\u0000${code}\u0000${coder}`
    const known = codingKeys.get(key)
    next.codings[known ?? Ids.stable("cod", segmentId, code, coder)] = c.guid
    if (known !== undefined) {
      reused.codings++
      return known
    }
    const id = Ids.stable("cod", segmentId, code, coder)
    codingKeys.set(key, id)
    const at = c.creationDateTime ?? fallbackTime ?? now
    codings.push({
      id,
      segmentId,
      codeId: code,
      coderId: coder,
      status: "accepted",
      origin: `import:${tool}`,
      createdAt: at,
      updatedAt: at,
    })
    added.codings++
    return id
  }

  // ── offsets: one convention for the whole file, proven from the selections' quotations ──
  const textOf = new Map<string, SourceText.SourceText>()
  for (const s of project.sources) {
    const original = s.kind === "text" ? pkg.texts.get(s.guid) : undefined
    if (original !== undefined) textOf.set(s.guid, SourceText.make(original))
  }
  const detected = Offsets.detect(
    project.sources.flatMap((s) => {
      const text = textOf.get(s.guid)
      return s.kind === "text" && text
        ? [{ guid: s.guid, label: s.name ?? s.guid, text, selections: s.selections }]
        : []
    }),
    tool,
  )
  if (detected._tag === "outside") {
    const { selection: sel, source } = detected
    const original = pkg.texts.get(source.guid) ?? ""
    throw invalid(
      pkg.file,
      `selection ${sel.guid} in source "${source.label}" spans ${sel.start}–${sel.end}, outside its text (${[...original].length} characters) under every offset convention; expected 0 ≤ startPosition ≤ endPosition ≤ length`,
      "PlainTextSelection.endPosition",
    )
  }
  if (detected._tag === "none") {
    const shown = detected.disagreements.slice(0, 5)
    throw invalid(
      pkg.file,
      `no offset convention fits: ${detected.disagreements.length} of the ${detected.checked} selections that quote their text disagree with it under every convention (closest: ${Offsets.describe(detected.convention)}), so nothing was imported. ${shown
        .map(
          (d) => `Selection ${d.selection} in "${d.source}" is named "${d.name}" but selects "${d.found}".`,
        )
        .join(
          " ",
        )}${detected.disagreements.length > shown.length ? ` And ${detected.disagreements.length - shown.length} more.` : ""}`,
      "PlainTextSelection.startPosition",
    )
  }
  const { convention } = detected.decision
  if (detected.decision.proof === "assumed")
    warnings.push(
      `no selection quotes its text, so the offsets could not be checked; they were read as ${Offsets.describe(convention)}, as ${tool} usually writes them`,
    )

  for (const s of project.sources) {
    if (s.kind !== "text") {
      skipped.sources[s.kind]++
      for (const sel of s.selections) skipped.selections[sel.kind]++
      selectionsFound += s.selections.length
      skipped.codings += s.codings
      codingsFound += s.codings
      continue
    }
    selectionsFound += s.selections.length
    const sourceCodings = s.codings.length + s.selections.reduce((n, sel) => n + sel.codings.length, 0)
    codingsFound += sourceCodings
    // areas of a PDF's pages: ValueLens codes the PDF's text only
    if (s.pdf) {
      selectionsFound += s.pdf.areas
      codingsFound += s.pdf.areaCodings
      skipped.selections.pdf += s.pdf.areas
      skipped.codings += s.pdf.areaCodings
    }
    const st = textOf.get(s.guid)
    if (st === undefined) {
      if (s.pdf) skipped.sources.pdf++
      else skipped.sources.missingText++
      skipped.selections.missingSource += s.selections.length
      skipped.codings += sourceCodings
      continue
    }
    const hash = SourceIdentity.hash(st.text)
    let id = sourceByHash.get(hash)
    if (id !== undefined && !sources.some((x) => x.id === id)) reused.sources++
    else if (id === undefined) {
      id = Ids.stable("src", hash)
      sourceByHash.set(hash, id)
      const values = Records.empty<string>()
      for (const v of s.values) values[(variables.get(v.variable)?.name ?? v.variable).trim()] = v.value
      const lower = Records.fromEntries(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v] as const))
      const participantId = participantOfSource.get(s.guid)
      const kindValue = lower.kind?.trim().toLowerCase()
      const kind: SourceKind = (SourceKinds.literals as ReadonlyArray<string>).includes(kindValue ?? "")
        ? (kindValue as SourceKind)
        : participantId !== undefined
          ? "interview"
          : "document"
      const documentType = (lower.documenttype ?? lower["document type"])?.trim()
      const country = lower.country?.trim()
      const year = lower.year?.trim()
      const known = new Set([
        "kind",
        "documenttype",
        "document type",
        "language",
        "country",
        "year",
        "date",
        "participant",
      ])
      const others = Records.fromEntries(Object.entries(values).filter(([k]) => !known.has(k.toLowerCase())))
      sources.push({
        id,
        kind,
        title: s.name ?? `Source ${s.guid.slice(0, 8)}`,
        text: st.text,
        hash,
        language: lower.language?.trim() || undefined,
        country: country && /^[A-Za-z]{3}$/.test(country) ? country.toUpperCase() : undefined,
        year: year && /^\d{1,4}$/.test(year) ? Number(year) : undefined,
        date: lower.date?.trim() || undefined,
        participantId,
        documentType:
          documentType && (DocumentType.literals as ReadonlyArray<string>).includes(documentType)
            ? (documentType as Source["documentType"])
            : undefined,
        metadata: {
          refi: { guid: s.guid, origin: origin ?? null, file: basename(pkg.file) },
          ...(Object.keys(others).length > 0 ? { variables: others } : {}),
        },
        position: position++,
        importedAt: now,
      })
      added.sources++
    }
    sourceId.set(s.guid, id)
    const rich = pkg.richTexts.get(s.guid)
    if (rich) files.set(rich.name, rich.bytes)
    const pdf = s.pdf && pkg.pdfs.get(s.guid)
    if (pdf) files.set(pdf.name, pdf.bytes)
    next.sources[id] = {
      ...Identity.stamp(s),
      ...(rich ? { richText: rich.name } : {}),
      ...(pdf && s.pdf
        ? {
            pdf: {
              file: pdf.name,
              representation: { ...Identity.stamp(s.pdf.representation), name: s.pdf.representation.name },
            },
          }
        : {}),
    }
    const source = id
    textOfSource.set(source, st)
    if (s.description?.trim()) descriptions.push({ s, source })
    const segmentFor = (start: number, end: number) => segmentIn(source, st, start, end)
    for (const whole of s.selections) {
      const sel = { ...whole, codings: whole.codings.filter((k) => !caseGuids.has(k.code)) }
      // a selection that only ties a case to the text was read with the cases
      if (whole.codings.length > 0 && sel.codings.length === 0) continue
      // the detection ruled out every convention that puts a selection outside its text
      const start = st.map(sel.start, convention, "start")!
      const end = st.map(sel.end, convention, "end")!
      if (end <= start) {
        skipped.selections.empty++
        skipped.codings += sel.codings.length
        continue
      }
      const segment = segmentFor(start, end)
      segmentOf.set(sel.guid, segment)
      // NVivo writes the exporting user as every coding's creatingUser; who coded is the selection's creatingUser.
      const coder =
        tool === "nvivo"
          ? (c: Qde.Coding) => coderFor(sel.creatingUser, c.creatingUser)
          : (c: Qde.Coding) => coderFor(c.creatingUser, sel.creatingUser)
      if (sel.codings.length === 0) next.selections[`segment:${segment}`] = Identity.stamp(sel)
      for (const c of sel.codings) {
        const coding = addCoding(c, segment, coder(c), sel.creationDateTime)
        if (coding !== undefined) next.selections[coding] = Identity.stamp(sel)
        for (const n of c.noteRefs) segmentOf.set(`${n}\u0000coding`, segment)
      }
      if (sel.description?.trim())
        memos.push({
          id: Ids.stable("memo", sel.guid, "description"),
          target: "segment",
          targetId: segment,
          title: "Comment",
          text: sel.description.replace(/\r\n?/g, "\n"),
          author: coderFor(sel.creatingUser),
          createdAt: sel.creationDateTime ?? now,
        })
    }
    if (s.codings.length > 0) {
      const whole = st.length
      if (whole > 0) {
        const segment = segmentFor(0, whole)
        for (const c of s.codings)
          addCoding(c, segment, coderFor(c.creatingUser, s.creatingUser), s.creationDateTime)
      } else skipped.codings += s.codings.length
    }
  }

  // ── notes → memos ──
  const targets = new Map<string, { target: MemoTarget; targetId?: string }[]>()
  const attach = (note: string, target: MemoTarget, targetId?: string) =>
    targets.set(note, [...(targets.get(note) ?? []), { target, ...(targetId ? { targetId } : {}) }])
  const targetOf = (guid: string): { target: MemoTarget; targetId?: string } | undefined => {
    const code = codeId.get(guid)
    if (code) return { target: "code", targetId: code }
    const source = sourceId.get(guid)
    if (source) return { target: "source", targetId: source }
    const segment = segmentOf.get(guid)
    if (segment) return { target: "segment", targetId: segment }
    return undefined
  }
  const noteGuids = new Set(project.notes.map((n) => n.guid))
  const noteByGuid = new Map(project.notes.map((n) => [n.guid, n]))
  const annotated = new Set<string>()
  const noteOf = new Map<string, string>()
  for (const n of project.noteRefs) attach(n, "project")
  for (const c of flatten(topCodes)) for (const n of c.noteRefs) attach(n, "code", codeId.get(c.guid))
  for (const s of project.sources) {
    if (s.kind !== "text") continue
    const src = sourceId.get(s.guid)
    const st = src === undefined ? undefined : textOfSource.get(src)
    for (const n of s.noteRefs) {
      // a note with positions annotates those spans of the source that names it (QualCoder's annotations)
      const spans = noteByGuid.get(n)?.selections ?? []
      annotated.add(n)
      if (src === undefined || st === undefined) attach(n, "project")
      else if (spans.length === 0) attach(n, "source", src)
      else
        for (const p of spans) {
          const a = st.map(p.start, convention, "start")
          const b = st.map(p.end, convention, "end")
          if (a === undefined || b === undefined || b <= a) {
            skipped.annotations++
            attach(n, "source", src)
          } else attach(n, "segment", segmentIn(src, st, a, b))
        }
    }
    for (const sel of s.selections) {
      const seg = segmentOf.get(sel.guid)
      for (const n of [...sel.noteRefs, ...sel.codings.flatMap((c) => c.noteRefs)])
        seg ? attach(n, "segment", seg) : attach(n, "project")
    }
  }
  for (const l of project.links) {
    const [note, other] =
      l.origin && noteGuids.has(l.origin)
        ? [l.origin, l.target]
        : l.target && noteGuids.has(l.target)
          ? [l.target, l.origin]
          : []
    if (note === undefined) {
      skipped.links++
      continue
    }
    const t = other ? targetOf(other) : undefined
    if (t) attach(note, t.target, t.targetId)
    else skipped.links++
  }
  for (const n of project.notes) if (!annotated.has(n.guid)) skipped.annotations += n.selections.length
  // a case's link to a source that did not come in (a media source, missing text, or no such source)
  const dangling = project.cases.flatMap((c) =>
    c.sourceRefs.filter((g) => !sourceId.has(g)).map((g) => `case "${c.name ?? c.guid}" → ${g}`),
  )
  skipped.sourceRefs = dangling.length
  if (dangling.length > 0)
    warnings.push(
      `${dangling.length} case link(s) to sources that were not imported: ${dangling.slice(0, 5).join(", ")}${dangling.length > 5 ? ", …" : ""}`,
    )
  skipped.selectionRefs = project.cases.reduce((n, c) => n + c.selectionRefs.length, 0)
  skipped.caseCodeRefs = project.cases.reduce((n, c) => n + c.codeRefs.length, 0)
  for (const n of project.notes) {
    const content = (n.text ?? pkg.noteTexts.get(n.guid) ?? "").replace(/\r\n?/g, "\n")
    const description = n.description?.replace(/\r\n?/g, "\n").trim()
    const text =
      description && description !== content.trim()
        ? content
          ? `${description}\n\n${content}`
          : description
        : content
    const seen = new Set<string>()
    // one memo per thing it annotates; a note also listed on the project goes where it is specific
    const all = targets.get(n.guid) ?? []
    const specific = all.filter((t) => t.target !== "project")
    for (const t of specific.length > 0 ? specific : [{ target: "project" as const }]) {
      const key = `${t.target}\u0000${t.targetId ?? ""}`
      if (seen.has(key)) continue
      seen.add(key)
      const id = Ids.stable("memo", n.guid, t.target, t.targetId ?? "")
      noteOf.set(id, n.guid)
      memos.push({
        id,
        target: t.target,
        targetId: t.targetId,
        title: n.name,
        text,
        author: coderFor(n.creatingUser),
        createdAt: n.creationDateTime ?? now,
      })
    }
  }
  // a memo is already there when it has the same id, or the same text on the same thing: an exchange with a
  // peer gives it a new note GUID and id, so the text is what survives
  const memoKey = (m: Pick<Memo, "target" | "targetId" | "text">) =>
    `${m.target}\u0000${m.targetId ?? ""}\u0000${m.text.trim()}`
  // source and project descriptions after the notes: a ValueLens file writes a source's memo both ways, and
  // the note knows its author and title
  const inProject = new Set(existing.memos.map(memoKey))
  const inFile = new Set(memos.map(memoKey))
  const described = [
    ...descriptions.map(({ s, source }) => ({
      id: Ids.stable("memo", s.guid, "description"),
      target: "source" as const,
      targetId: source,
      text: (s.description ?? "").replace(/\r\n?/g, "\n"),
      user: s.creatingUser,
      createdAt: s.creationDateTime ?? now,
    })),
    ...(project.description?.trim()
      ? [
          {
            id: Ids.stable("memo", "project-description", project.description.trim()),
            target: "project" as const,
            targetId: undefined,
            text: project.description.replace(/\r\n?/g, "\n"),
            user: project.creatingUser,
            createdAt: project.creationDateTime ?? now,
          },
        ]
      : []),
  ]
  for (const { user, ...m } of described)
    if (inProject.has(memoKey(m))) reused.memos++
    else if (!inFile.has(memoKey(m))) memos.push({ ...m, author: coderFor(user) })
  const knownMemos = new Map<string, string>()
  for (const m of existing.memos) {
    knownMemos.set(m.id, m.id)
    knownMemos.set(memoKey(m), m.id)
  }
  const projectMemos = new Set(existing.memos.map((m) => m.id))
  const newMemos = memos.filter((m) => {
    const known = knownMemos.get(m.id) ?? knownMemos.get(memoKey(m))
    const note = noteOf.get(m.id)
    if (note !== undefined) next.notes[known ?? m.id] = note
    if (known !== undefined) {
      // the same memo twice in one file (QualCoder writes a coding memo on each coder's selection) is one memo
      if (projectMemos.has(known)) reused.memos++
      return false
    }
    knownMemos.set(m.id, m.id)
    knownMemos.set(memoKey(m), m.id)
    return true
  })
  added.memos = newMemos.length
  const allSkipped = { ...skipped, sets: keepSets(sourceId), graphs: project.graphs }
  for (const c of coders.keys()) existingCoders.has(c) ? reused.coders++ : added.coders++
  const coderList = [...coders.values()].filter((c) => !existingCoders.has(c.id))

  return {
    codes: newCodes,
    notCodable: [...notCodable],
    coders: coderList,
    participants,
    sources,
    segments,
    codings,
    memos: newMemos,
    identity: {
      ...next,
      // the peer's name is the project's when this file brings its first sources; a study that had sources
      // before keeps its own name
      ...(project.name.trim() && existing.sources.length === 0
        ? { project: { name: project.name, creationDateTime: project.creationDateTime } }
        : {}),
    },
    files,
    summary: {
      ...summaryBase,
      found: {
        codes: flatten(topCodes).length,
        users: project.users.length,
        cases: project.cases.length,
        textSources: project.sources.filter((s) => s.kind === "text").length,
        mediaSources: project.sources.filter((s) => s.kind !== "text").length,
        selections: selectionsFound,
        codings: codingsFound,
        notes: project.notes.length,
      },
      added,
      reused,
      skipped: allSkipped,
      notImported: notImported(allSkipped),
      missing: pkg.missing,
      offsets: {
        convention: Offsets.describe(convention),
        proof: detected.decision.proof,
        checked: detected.decision.checked,
      },
      warnings,
    },
  }
}

// ── writing ──────────────────────────────────────────────────────────────────────────────────────

/** What the project already holds, read inside the import's transaction. */
export const existing = (store: Store): Effect.Effect<Existing, StoreError> =>
  Effect.gen(function* () {
    const notCodable = yield* store.settings.get(NOT_CODABLE_SETTING)
    return {
      codes: yield* store.codes.list(),
      notCodable: Array.isArray(notCodable) ? notCodable.map(String) : [],
      coders: yield* store.coders.list(),
      participants: yield* store.participants.list(),
      sources: yield* store.sources.list(),
      nextPosition: yield* store.sources.nextPosition(),
      segments: yield* store.segments.all(),
      codings: yield* store.codings.list(),
      memos: yield* store.memos.list(),
      identity: Identity.fromSetting(yield* store.settings.get(Identity.SETTING)),
    }
  })

/** Writes a plan (inside the caller's transaction). */
export const apply = (store: Store, p: Plan): Effect.Effect<void, StoreError> =>
  Effect.gen(function* () {
    // parents before children, for the code tree's foreign key
    const ids = new Set(p.codes.map((c) => c.id))
    const ordered: Code[] = []
    const placed = new Set<string>()
    const place = (c: Code) => {
      if (placed.has(c.id)) return
      placed.add(c.id)
      const parent =
        c.parentId !== undefined && ids.has(c.parentId) ? p.codes.find((x) => x.id === c.parentId) : undefined
      if (parent) place(parent)
      ordered.push(c)
    }
    for (const c of p.codes) place(c)
    yield* store.codes.insert(ordered)
    if (p.codes.length > 0) yield* store.settings.set(NOT_CODABLE_SETTING, [...new Set(p.notCodable)].sort())
    for (const c of p.coders) yield* store.coders.ensure(c)
    yield* store.participants.insert(p.participants)
    yield* store.sources.insert(p.sources)
    yield* store.segments.insert(p.segments)
    yield* store.codings.insert(p.codings)
    for (const m of p.memos) yield* store.memos.insert(m)
    const kept = Identity.fromSetting(yield* store.settings.get(Identity.SETTING))
    yield* store.settings.set(Identity.SETTING, Identity.merge(kept, p.identity))
    for (const [name, bytes] of p.files)
      yield* store.settings.set(`${Identity.FILE_SETTING}${name}`, Buffer.from(bytes).toString("base64"))
  })

/** Imports a REFI file into a project's store: reads and checks it, then writes it in one transaction. */
export const importFile = (
  store: Store,
  path: string,
  options: Options = {},
): Effect.Effect<Summary, BadInput | StoreError> =>
  Effect.gen(function* () {
    const pkg = yield* read(path, options)
    return yield* importPackage(store, pkg, options)
  })

/** Writes an opened package into a store in one transaction. */
export const importPackage = (
  store: Store,
  pkg: Package,
  options: Options = {},
): Effect.Effect<Summary, BadInput | StoreError> =>
  store.transaction((tx) =>
    Effect.gen(function* () {
      const p = yield* plan(pkg, yield* existing(tx), options)
      yield* apply(tx, p)
      return p.summary
    }),
  )
