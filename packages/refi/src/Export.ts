/**
 * Export: a ValueLens project as a REFI-QDA `.qdpx` archive (`project.qde` plus `sources/<guid>.txt`), or its
 * codebook alone as a `.qdc`. GUIDs are the ones an import kept (see `Identity`), else derived from ValueLens
 * ids (`Ids.guid`), so the same project exports the same GUIDs every time and a colleague's tool can match a
 * re-export against the first one, or against its own project.
 */
import type { Code, Coder, Coding, CodingStatus, Memo, Participant, Segment, Source } from "@valuelens/core"
import { BadInput, CodeDefinition, Ids, Text } from "@valuelens/core"
import * as Zip from "@valuelens/ingest/zip"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import * as Identity from "./Identity.js"
import * as Qde from "./Qde.js"
import * as Validation from "./Validation.js"

/** The setting listing codes that only group others (REFI `isCodable="false"`). */
export const NOT_CODABLE_SETTING = "codes.notCodable"

/** Everything an export reads from a project. */
export interface ProjectData {
  readonly name: string
  readonly codes: ReadonlyArray<Code>
  readonly notCodable: ReadonlyArray<string>
  readonly coders: ReadonlyArray<Coder>
  readonly participants: ReadonlyArray<Participant>
  readonly sources: ReadonlyArray<Source>
  readonly segments: ReadonlyArray<Segment>
  readonly codings: ReadonlyArray<Coding>
  readonly memos: ReadonlyArray<Memo>
  /** What imports kept of the peers' identity (GUIDs, order, names, times). */
  readonly identity: Identity.Identity
  /** Source files kept from imports (a `.docx` behind `richTextPath`, a PDF), by file name. */
  readonly files: ReadonlyMap<string, Uint8Array>
}

export interface Options {
  /** Also export suggested codings (default: accepted only). Rejected codings are never exported. */
  readonly includeSuggestions?: boolean
  /**
   * Also export framework codes (codes a plugin owns) that nothing in the project uses. By default a framework
   * code is exported only when it is coded, has a memo or has an exported code below it; codes a researcher
   * made or imported are always exported.
   */
  readonly allCodes?: boolean
  /** The `origin` attribute, such as `ValueLens 0.1.0`. */
  readonly origin: string
}

export const guidOf = {
  coder: (id: string) => Ids.guid(`coder:${id}`),
  code: (id: string) => Ids.guid(`code:${id}`),
  participant: (id: string) => Ids.guid(`participant:${id}`),
  source: (id: string) => Ids.guid(`source:${id}`),
  selection: (key: string) => Ids.guid(`selection:${key}`),
  coding: (id: string) => Ids.guid(`coding:${id}`),
  memo: (id: string) => Ids.guid(`memo:${id}`),
  variable: (name: string) => Ids.guid(`variable:${name}`),
  set: (name: string) => Ids.guid(`set:${name}`),
}

/** Sets that carry what QDA-XML has no field for: the kind of each code and source. */
export const codeKindSets: Record<Code["kind"], string | undefined> = {
  value: "value codes",
  factor: "factor codes",
  area: "area codes",
  free: undefined,
}
export const sourceKindSets: Record<Source["kind"], string> = {
  interview: "interviews",
  document: "documents",
  statistics: "statistics",
}

/** Participant fields written as case variables, before the free attributes. */
export const participantVariables = ["group", "organisation", "location", "country"] as const
/**
 * Source fields written as source variables. `participant` repeats the case's link to its texts where every
 * peer keeps it: QualCoder's export writes a case's `SourceRef` only for links it never makes itself, and drops
 * the case codes, but keeps source variables.
 */
export const sourceVariables = [
  "kind",
  "documentType",
  "language",
  "country",
  "year",
  "date",
  "participant",
] as const

const quoteName = (text: string) => {
  const cps = [...text.replace(/\s+/g, " ").trim()]
  return cps.length > 100 ? `${cps.slice(0, 100).join("")}…` : cps.join("")
}

/** The project as QDA-XML plus the text files for `sources/`. Pure. */
export const build = (
  data: ProjectData,
  options: Options,
): {
  readonly project: Qde.Project
  readonly files: ReadonlyArray<readonly [string, string | Uint8Array]>
} => {
  const statuses: ReadonlyArray<CodingStatus> = options.includeSuggestions
    ? ["accepted", "suggested"]
    : ["accepted"]
  const known = data.identity
  // a kept GUID where an import recorded one, else one derived from the ValueLens id
  const guid = {
    coder: (id: string) => known.users[id] ?? guidOf.coder(id),
    code: (id: string) => known.codes[id]?.guid ?? guidOf.code(id),
    source: (id: string) => known.sources[id]?.guid ?? guidOf.source(id),
    coding: (id: string) => known.codings[id] ?? guidOf.coding(id),
    memo: (id: string) => known.notes[id] ?? guidOf.memo(id),
  }
  const allCodeIds = new Set(data.codes.map((c) => c.id))
  const used = (() => {
    if (options.allCodes) return allCodeIds
    // framework codes only where used: coded, with a memo, or above a code that is exported
    const keep = new Set(data.codes.filter((c) => c.plugin === undefined).map((c) => c.id))
    for (const c of data.codings) if (statuses.includes(c.status)) keep.add(c.codeId)
    for (const m of data.memos) if (m.target === "code" && m.targetId !== undefined) keep.add(m.targetId)
    const parent = new Map(data.codes.map((c) => [c.id, c.parentId]))
    for (const id of [...keep]) {
      let p = parent.get(id)
      while (p !== undefined && allCodeIds.has(p) && !keep.has(p)) {
        keep.add(p)
        p = parent.get(p)
      }
    }
    return keep
  })()
  const codeIds = new Set([...allCodeIds].filter((id) => used.has(id)))
  const codings = data.codings.filter((c) => statuses.includes(c.status))
  const notCodable = new Set(data.notCodable)

  // users: every coder, plus memo authors who are not coders
  const users = new Map<string, Qde.User>()
  for (const c of data.coders) users.set(c.id, { guid: guid.coder(c.id), name: c.name || c.id, id: c.id })
  for (const m of data.memos)
    if (!users.has(m.author))
      users.set(m.author, { guid: guid.coder(m.author), name: m.author, id: m.author })
  for (const c of codings)
    if (!users.has(c.coderId))
      users.set(c.coderId, { guid: guid.coder(c.coderId), name: c.coderId, id: c.coderId })
  const userGuid = (id: string) => users.get(id)?.guid
  // a kept creatingUser only where that user is exported too
  const userGuids = new Set([...users.values()].map((u) => u.guid))
  const exportedUser = (g: string | undefined) => (g !== undefined && userGuids.has(g) ? g : undefined)

  // memos become notes, referenced from what they annotate
  const notesFor = new Map<string, string[]>()
  const noteOn = (key: string, guid: string) => notesFor.set(key, [...(notesFor.get(key) ?? []), guid])
  const refsFor = (key: string) => notesFor.get(key) ?? []

  // segments to export: those with an exported coding, and bare quotations with no coding at all
  const codingsBySegment = new Map<string, Coding[]>()
  for (const c of data.codings)
    codingsBySegment.set(c.segmentId, [...(codingsBySegment.get(c.segmentId) ?? []), c])
  const exportedCodings = new Map<string, Coding[]>()
  for (const c of codings)
    if (codeIds.has(c.codeId))
      exportedCodings.set(c.segmentId, [...(exportedCodings.get(c.segmentId) ?? []), c])
  const exportedSegments = new Set(
    data.segments.filter((s) => exportedCodings.has(s.id) || !codingsBySegment.has(s.id)).map((s) => s.id),
  )
  const sourceIds = new Set(data.sources.map((s) => s.id))
  // The first memo of each exported segment is written as its selections' Description and the first memo of
  // each source as the source's Description: that is where QualCoder reads coding and source memos (a note
  // with a source's NoteRef it takes for an annotation and drops when it has no position). Such a memo is not
  // also written as a note, which QualCoder would show a second time as a journal; every other memo is a note.
  const byTime = [...data.memos].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  const described = new Map<string, Memo>()
  for (const m of byTime)
    if (
      m.targetId !== undefined &&
      ((m.target === "segment" && exportedSegments.has(m.targetId)) ||
        (m.target === "source" && sourceIds.has(m.targetId))) &&
      !described.has(`${m.target}:${m.targetId}`)
    )
      described.set(`${m.target}:${m.targetId}`, m)
  // a PDF keeps its text as a representation whose notes QualCoder does not read, so a PDF's first memo is its
  // Description only
  const pdfFile = (id: string) => {
    const file = known.sources[id]?.pdf?.file
    return file === undefined ? undefined : data.files.get(file)
  }
  const asDescription = new Set(
    [...described.values()]
      .filter(
        (m) => m.target === "segment" || (m.targetId !== undefined && pdfFile(m.targetId) !== undefined),
      )
      .map((m) => m.id),
  )
  const notes = data.memos.filter((m) => !asDescription.has(m.id))
  for (const m of notes) {
    const attached =
      (m.target === "code" && m.targetId !== undefined && codeIds.has(m.targetId)) ||
      (m.target === "source" && m.targetId !== undefined && sourceIds.has(m.targetId)) ||
      (m.target === "segment" && m.targetId !== undefined && exportedSegments.has(m.targetId))
    noteOn(attached ? `${m.target}:${m.targetId}` : "project", guid.memo(m.id))
  }

  const children = new Map<string | undefined, Code[]>()
  for (const c of data.codes) {
    if (!codeIds.has(c.id)) continue
    const parent = c.parentId !== undefined && codeIds.has(c.parentId) ? c.parentId : undefined
    children.set(parent, [...(children.get(parent) ?? []), c])
  }
  // siblings in the order the peer kept them; codes made here after them, in the store's order
  const order = (c: Code) => known.codes[c.id]?.order ?? Number.POSITIVE_INFINITY
  for (const list of children.values()) list.sort((a, b) => order(a) - order(b))
  const codeTree = (parent: string | undefined, seen: ReadonlySet<string>): Qde.Code[] =>
    (children.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .map((c) => ({
        guid: guid.code(c.id),
        name: c.name,
        isCodable: !notCodable.has(c.id),
        color: c.colour,
        description: c.description,
        noteRefs: refsFor(`code:${c.id}`),
        children: codeTree(c.id, new Set([...seen, c.id])),
      }))

  // variables: fixed participant and source fields, then every free attribute name
  // the attribute `description` is the case's Description (QualCoder's case memo), as an import reads it
  const attributeNames = [...new Set(data.participants.flatMap((p) => Object.keys(p.attributes)))]
    .filter((k) => !(participantVariables as ReadonlyArray<string>).includes(k) && k !== "description")
    .sort()
  const variableNames = [...new Set([...participantVariables, ...sourceVariables, ...attributeNames])]
  const value = (name: string, v: string | number | undefined): Qde.VariableValue[] =>
    v === undefined || v === "" ? [] : [{ variable: guidOf.variable(name), type: "Text", value: String(v) }]

  const sourcesOf = new Map<string, string[]>()
  for (const s of data.sources)
    if (s.participantId !== undefined)
      sourcesOf.set(s.participantId, [...(sourcesOf.get(s.participantId) ?? []), guid.source(s.id)])

  const segmentsBySource = new Map<string, Segment[]>()
  for (const s of data.segments)
    if (exportedSegments.has(s.id))
      segmentsBySource.set(s.sourceId, [...(segmentsBySource.get(s.sourceId) ?? []), s])

  const participantIds = new Set(data.participants.map((p) => p.id))
  const files: [string, string | Uint8Array][] = []
  const sources: Qde.TextSource[] = data.sources.map((s) => {
    const kept = known.sources[s.id]
    const sourceGuid = guid.source(s.id)
    const path = `${sourceGuid}.txt`
    files.push([path, s.text])
    const richText = kept?.richText !== undefined ? data.files.get(kept.richText) : undefined
    if (richText && kept?.richText) files.push([kept.richText, richText])
    // a PDF goes back as a PDFSource around the text, when its file was kept
    const pdf = pdfFile(s.id)
    if (pdf && kept?.pdf) files.push([kept.pdf.file, pdf])
    const map = new Text.OffsetMap(s.text)
    const segments = (segmentsBySource.get(s.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end)
    const selections = segments.flatMap((seg): Qde.TextSelection[] => {
      const name = quoteName(map.slice(seg.start, seg.end))
      const base = { name, start: seg.start, end: seg.end }
      const cs = (exportedCodings.get(seg.id) ?? []).sort(
        (a, b) => a.coderId.localeCompare(b.coderId) || a.codeId.localeCompare(b.codeId),
      )
      if (cs.length === 0) {
        const stamp = known.selections[`segment:${seg.id}`]
        return [
          {
            ...base,
            guid: stamp?.guid ?? guidOf.selection(seg.id),
            creatingUser: exportedUser(stamp?.creatingUser),
            creationDateTime: stamp?.creationDateTime,
            description: described.get(`segment:${seg.id}`)?.text,
            codings: [],
            noteRefs: refsFor(`segment:${seg.id}`),
          },
        ]
      }
      // one selection per coding, as NVivo writes them (each selection's creatingUser is who coded it, and a
      // reader that keeps one code per selection loses nothing), except where a peer's selection held several
      const groups = new Map<string, Coding[]>()
      for (const c of cs) {
        const key = known.selections[c.id]?.guid ?? guidOf.selection(`${seg.id}:${c.id}`)
        groups.set(key, [...(groups.get(key) ?? []), c])
      }
      return [...groups].map(([selectionGuid, group], i) => {
        const first = group[0]!
        const stamp = known.selections[first.id]
        return {
          ...base,
          guid: selectionGuid,
          creatingUser: exportedUser(stamp?.creatingUser) ?? userGuid(first.coderId),
          creationDateTime: stamp?.creationDateTime ?? first.createdAt,
          description: described.get(`segment:${seg.id}`)?.text,
          codings: group.map((c) => ({
            guid: guid.coding(c.id),
            code: guid.code(c.codeId),
            creatingUser: userGuid(c.coderId),
            creationDateTime: c.createdAt,
            noteRefs: [],
          })),
          noteRefs: i === 0 ? refsFor(`segment:${seg.id}`) : [],
        }
      })
    })
    // the participant as a code over the whole text, as NVivo writes cases: QualCoder ignores a case's
    // SourceRef and links a case to a text only through a code sharing the case's GUID
    const participant = s.participantId !== undefined && participantIds.has(s.participantId)
    if (participant && s.participantId !== undefined && map.length > 0)
      selections.push({
        guid: guidOf.selection(`case:${s.participantId}:${s.id}`),
        name: quoteName(s.text),
        start: 0,
        end: map.length,
        codings: [
          {
            guid: guidOf.coding(`case:${s.participantId}:${s.id}`),
            code: guidOf.participant(s.participantId),
            noteRefs: [],
          },
        ],
        noteRefs: [],
      })
    return {
      kind: "text",
      guid: sourceGuid,
      name: s.title,
      plainTextPath: `internal://${path}`,
      richTextPath: richText ? `internal://${kept?.richText}` : undefined,
      creatingUser: exportedUser(kept?.creatingUser),
      creationDateTime: kept?.creationDateTime ?? s.importedAt,
      description: described.get(`source:${s.id}`)?.text,
      selections,
      codings: [],
      noteRefs: refsFor(`source:${s.id}`),
      values: [
        ...value("kind", s.kind),
        ...value("documentType", s.documentType),
        ...value("language", s.language),
        ...value("country", s.country),
        ...value("year", s.year),
        ...value("date", s.date),
        ...value("participant", participant ? s.participantId : undefined),
      ],
      pdf:
        pdf && kept?.pdf
          ? {
              path: `internal://${kept.pdf.file}`,
              representation: {
                ...kept.pdf.representation,
                creatingUser: exportedUser(kept.pdf.representation.creatingUser),
              },
              areas: 0,
              areaCodings: 0,
            }
          : undefined,
    }
  })

  const cases: Qde.Case[] = data.participants.map((p) => ({
    guid: guidOf.participant(p.id),
    name: p.id,
    description: p.attributes.description,
    values: [
      ...value("group", p.group),
      ...value("organisation", p.organisation),
      ...value("location", p.location),
      ...value("country", p.country),
      ...attributeNames.flatMap((k) => value(k, p.attributes[k])),
    ],
    codeRefs: [],
    sourceRefs: sourcesOf.get(p.id) ?? [],
    selectionRefs: [],
  }))

  const sets: Qde.Set[] = [
    ...Object.entries(codeKindSets).flatMap(([kind, name]) => {
      const members = data.codes
        .filter((c) => c.kind === kind && codeIds.has(c.id))
        .map((c) => guid.code(c.id))
      return name === undefined || members.length === 0
        ? []
        : [{ guid: guidOf.set(name), name, codes: members, sources: [], notes: [] }]
    }),
    ...Object.entries(sourceKindSets).flatMap(([kind, name]) => {
      const members = data.sources.filter((s) => s.kind === kind).map((s) => guid.source(s.id))
      return members.length === 0
        ? []
        : [{ guid: guidOf.set(name), name, codes: [], sources: members, notes: [] }]
    }),
    // a peer's own sets, with the members still exported
    ...known.sets.flatMap((k) => {
      const codes = k.codes.filter((id) => codeIds.has(id)).map(guid.code)
      const members = k.sources.filter((id) => sourceIds.has(id)).map(guid.source)
      return codes.length + members.length === 0
        ? []
        : [{ guid: k.guid, name: k.name, description: k.description, codes, sources: members, notes: [] }]
    }),
  ]

  const noteNames = new Set<string>()
  const project: Qde.Project = {
    name: known.project?.name ?? data.name,
    origin: options.origin,
    creationDateTime: known.project?.creationDateTime,
    users: [...users.values()],
    codes: [
      ...codeTree(undefined, new Set()),
      ...cases
        .filter((c) => c.sourceRefs.length > 0)
        .map((c) => ({ guid: c.guid, name: c.name ?? "", isCodable: true, noteRefs: [], children: [] })),
    ],
    variables:
      cases.length === 0 && sources.every((s) => s.values.length === 0)
        ? []
        : variableNames.map((name) => ({ guid: guidOf.variable(name), name, type: "Text" as const })),
    cases,
    sources,
    // each note's text in a file, where QualCoder and NVivo read it; QualCoder keeps notes as journals, which
    // need a name, one unlike every other (its import stops at a second journal of the same name)
    notes: notes.map((m) => {
      const noteGuid = guid.memo(m.id)
      files.push([`${noteGuid}.txt`, m.text])
      const base = m.title?.trim() || "Memo"
      let name = base
      for (let n = 2; noteNames.has(name); n++) name = `${base} (${n})`
      noteNames.add(name)
      return {
        guid: noteGuid,
        name,
        plainTextPath: `internal://${noteGuid}.txt`,
        text: m.text,
        creatingUser: userGuid(m.author),
        creationDateTime: m.createdAt,
        selections: [],
      }
    }),
    links: [],
    sets,
    graphs: 0,
    noteRefs: refsFor("project"),
  }
  return { project, files }
}

/** Reads everything an export needs from a store. */
export const load = (store: Store, name: string): Effect.Effect<ProjectData, StoreError> =>
  Effect.gen(function* () {
    const notCodable = yield* store.settings.get(NOT_CODABLE_SETTING)
    // pending suggestions are exported (when asked for) like the stored ones; those not on a stored segment
    // come with segments of their own
    const pending = yield* store.pending.onSegments()
    const identity = Identity.fromSetting(yield* store.settings.get(Identity.SETTING))
    const guidance = new Map((yield* store.guidance.list()).map((g) => [g.codeId, g] as const))
    const files = new Map<string, Uint8Array>()
    for (const s of Object.values(identity.sources))
      for (const name of [s.richText, s.pdf?.file]) {
        if (name === undefined) continue
        const kept = yield* store.settings.get(`${Identity.FILE_SETTING}${name}`)
        if (typeof kept === "string") files.set(name, new Uint8Array(Buffer.from(kept, "base64")))
      }
    return {
      name,
      // a code's criteria and examples travel in its description (see CodeDefinition)
      codes: (yield* store.codes.list()).map((c) => CodeDefinition.intoDescription(c, guidance.get(c.id))),
      notCodable: Array.isArray(notCodable) ? notCodable.map(String) : [],
      coders: yield* store.coders.list(),
      participants: yield* store.participants.list(),
      sources: yield* store.sources.listWithText(),
      segments: [...(yield* store.segments.all()).map((s) => ({ ...s })), ...pending.segments],
      codings: yield* store.codings.list(),
      memos: yield* store.memos.list(),
      identity,
      files,
    }
  })

const encoder = new TextEncoder()

/** The project as the bytes of a `.qdpx` archive. */
export const qdpx = (
  store: Store,
  name: string,
  options: Options,
): Effect.Effect<{ readonly bytes: Uint8Array; readonly project: Qde.Project }, StoreError | BadInput> =>
  Effect.gen(function* () {
    const { project, files } = build(yield* load(store, name), options)
    const qde = Qde.writeProject(project)
    yield* Validation.validate(qde, "Project.xsd")
    const bytes = Zip.write([
      ["project.qde", encoder.encode(qde)],
      ...files.map(
        ([path, data]) =>
          [`sources/${path}`, typeof data === "string" ? encoder.encode(data) : data] as const,
      ),
    ])
    return { bytes, project }
  })

/** The codebook alone, as the text of a `.qdc` file. Fails when the project has no codes to export. */
export const codebook = (
  store: Store,
  options: Options,
): Effect.Effect<
  { readonly xml: string; readonly codes: number; readonly tree: ReadonlyArray<Qde.Code> },
  StoreError | BadInput
> =>
  Effect.gen(function* () {
    const data = yield* load(store, "")
    if (data.codes.length === 0)
      return yield* new BadInput({
        reason: "no-codes",
        message: "the project has no codes to export; a QDA-XML codebook needs at least one code",
      })
    const { project } = build({ ...data, memos: [] }, options)
    // a codebook has no cases, so no codes standing for them
    const codes = project.codes.filter((c) => !project.cases.some((k) => k.guid === c.guid))
    const xml = Qde.writeCodebook({
      origin: options.origin,
      codes,
      sets: project.sets.filter((s) => s.codes.length > 0),
    })
    yield* Validation.validate(xml, "Codebook.xsd")
    const count = (codes: ReadonlyArray<Qde.Code>): number =>
      codes.reduce((n, c) => n + 1 + count(c.children), 0)
    return { xml, codes: count(codes), tree: codes }
  })
