/**
 * Export: a ValueLens project as a REFI-QDA `.qdpx` archive (`project.qde` plus `sources/<guid>.txt`), or its
 * codebook alone as a `.qdc`. GUIDs are derived from ValueLens ids (`Ids.guid`), so the same project exports
 * the same GUIDs every time and a colleague's tool can match a re-export against the first one.
 */
import type { Code, Coder, Coding, CodingStatus, Memo, Participant, Segment, Source } from "@valuelens/core"
import { BadInput, Ids, Text } from "@valuelens/core"
import * as Zip from "@valuelens/ingest/zip"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import * as Qde from "./Qde.js"

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
}

export interface Options {
  /** Also export suggested codings (default: accepted only). Rejected codings are never exported. */
  readonly includeSuggestions?: boolean
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
/** Source fields written as source variables. */
export const sourceVariables = ["kind", "documentType", "language", "country", "year", "date"] as const

const quoteName = (text: string) => {
  const cps = [...text.replace(/\s+/g, " ").trim()]
  return cps.length > 100 ? `${cps.slice(0, 100).join("")}…` : cps.join("")
}

/** The project as QDA-XML plus the text files for `sources/`. Pure. */
export const build = (
  data: ProjectData,
  options: Options,
): { readonly project: Qde.Project; readonly files: ReadonlyArray<readonly [string, string]> } => {
  const statuses: ReadonlyArray<CodingStatus> = options.includeSuggestions
    ? ["accepted", "suggested"]
    : ["accepted"]
  const codings = data.codings.filter((c) => statuses.includes(c.status))
  const codeIds = new Set(data.codes.map((c) => c.id))
  const notCodable = new Set(data.notCodable)

  // users: every coder, plus memo authors who are not coders
  const users = new Map<string, Qde.User>()
  for (const c of data.coders) users.set(c.id, { guid: guidOf.coder(c.id), name: c.name || c.id, id: c.id })
  for (const m of data.memos)
    if (!users.has(m.author))
      users.set(m.author, { guid: guidOf.coder(m.author), name: m.author, id: m.author })
  for (const c of codings)
    if (!users.has(c.coderId))
      users.set(c.coderId, { guid: guidOf.coder(c.coderId), name: c.coderId, id: c.coderId })
  const userGuid = (id: string) => users.get(id)?.guid

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
  for (const m of data.memos) {
    const guid = guidOf.memo(m.id)
    const known =
      (m.target === "code" && m.targetId !== undefined && codeIds.has(m.targetId)) ||
      (m.target === "source" && m.targetId !== undefined && sourceIds.has(m.targetId)) ||
      (m.target === "segment" && m.targetId !== undefined && exportedSegments.has(m.targetId))
    noteOn(known ? `${m.target}:${m.targetId}` : "project", guid)
  }

  const children = new Map<string | undefined, Code[]>()
  for (const c of data.codes) {
    const parent = c.parentId !== undefined && codeIds.has(c.parentId) ? c.parentId : undefined
    children.set(parent, [...(children.get(parent) ?? []), c])
  }
  const codeTree = (parent: string | undefined, seen: ReadonlySet<string>): Qde.Code[] =>
    (children.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .map((c) => ({
        guid: guidOf.code(c.id),
        name: c.name,
        isCodable: !notCodable.has(c.id),
        color: c.colour,
        description: c.description,
        noteRefs: refsFor(`code:${c.id}`),
        children: codeTree(c.id, new Set([...seen, c.id])),
      }))

  // variables: fixed participant and source fields, then every free attribute name
  const attributeNames = [...new Set(data.participants.flatMap((p) => Object.keys(p.attributes)))]
    .filter((k) => !(participantVariables as ReadonlyArray<string>).includes(k))
    .sort()
  const variableNames = [...new Set([...participantVariables, ...sourceVariables, ...attributeNames])]
  const value = (name: string, v: string | number | undefined): Qde.VariableValue[] =>
    v === undefined || v === "" ? [] : [{ variable: guidOf.variable(name), type: "Text", value: String(v) }]

  const sourcesOf = new Map<string, string[]>()
  for (const s of data.sources)
    if (s.participantId !== undefined)
      sourcesOf.set(s.participantId, [...(sourcesOf.get(s.participantId) ?? []), guidOf.source(s.id)])

  const segmentsBySource = new Map<string, Segment[]>()
  for (const s of data.segments)
    if (exportedSegments.has(s.id))
      segmentsBySource.set(s.sourceId, [...(segmentsBySource.get(s.sourceId) ?? []), s])

  const files: [string, string][] = []
  const sources: Qde.TextSource[] = data.sources.map((s) => {
    const guid = guidOf.source(s.id)
    const path = `${guid}.txt`
    files.push([path, s.text])
    const map = new Text.OffsetMap(s.text)
    const segments = (segmentsBySource.get(s.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end)
    const selections = segments.flatMap((seg): Qde.TextSelection[] => {
      // one selection per coding, as NVivo writes them: each selection's creatingUser is who coded it, and a
      // reader that keeps one code per selection loses nothing
      const cs = (exportedCodings.get(seg.id) ?? []).sort(
        (a, b) => a.coderId.localeCompare(b.coderId) || a.codeId.localeCompare(b.codeId),
      )
      const name = quoteName(map.slice(seg.start, seg.end))
      const base = { name, start: seg.start, end: seg.end }
      if (cs.length === 0)
        return [
          { ...base, guid: guidOf.selection(seg.id), codings: [], noteRefs: refsFor(`segment:${seg.id}`) },
        ]
      return cs.map((c, i) => ({
        ...base,
        guid: guidOf.selection(`${seg.id}:${c.id}`),
        creatingUser: userGuid(c.coderId),
        creationDateTime: c.createdAt,
        codings: [
          {
            guid: guidOf.coding(c.id),
            code: guidOf.code(c.codeId),
            creatingUser: userGuid(c.coderId),
            creationDateTime: c.createdAt,
            noteRefs: [],
          },
        ],
        noteRefs: i === 0 ? refsFor(`segment:${seg.id}`) : [],
      }))
    })
    return {
      kind: "text",
      guid,
      name: s.title,
      plainTextPath: `internal://${path}`,
      creationDateTime: s.importedAt,
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
      ],
    }
  })

  const cases: Qde.Case[] = data.participants.map((p) => ({
    guid: guidOf.participant(p.id),
    name: p.id,
    values: [
      ...value("group", p.group),
      ...value("organisation", p.organisation),
      ...value("location", p.location),
      ...value("country", p.country),
      ...attributeNames.flatMap((k) => value(k, p.attributes[k])),
    ],
    sourceRefs: sourcesOf.get(p.id) ?? [],
    selectionRefs: [],
  }))

  const sets: Qde.Set[] = [
    ...Object.entries(codeKindSets).flatMap(([kind, name]) => {
      const members = data.codes.filter((c) => c.kind === kind).map((c) => guidOf.code(c.id))
      return name === undefined || members.length === 0
        ? []
        : [{ guid: guidOf.set(name), name, codes: members, sources: [], notes: [] }]
    }),
    ...Object.entries(sourceKindSets).flatMap(([kind, name]) => {
      const members = data.sources.filter((s) => s.kind === kind).map((s) => guidOf.source(s.id))
      return members.length === 0
        ? []
        : [{ guid: guidOf.set(name), name, codes: [], sources: members, notes: [] }]
    }),
  ]

  const project: Qde.Project = {
    name: data.name,
    origin: options.origin,
    users: [...users.values()],
    codes: codeTree(undefined, new Set()),
    variables:
      cases.length === 0 && sources.every((s) => s.values.length === 0)
        ? []
        : variableNames.map((name) => ({ guid: guidOf.variable(name), name, type: "Text" as const })),
    cases,
    sources,
    notes: data.memos.map((m) => ({
      guid: guidOf.memo(m.id),
      name: m.title,
      text: m.text,
      creatingUser: userGuid(m.author),
      creationDateTime: m.createdAt,
    })),
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
    // pending suggestions are exported (when asked for) like the stored ones, on segments of their own
    const pending = yield* store.pending.onSegments()
    return {
      name,
      codes: yield* store.codes.list(),
      notCodable: Array.isArray(notCodable) ? notCodable.map(String) : [],
      coders: yield* store.coders.list(),
      participants: yield* store.participants.list(),
      sources: yield* store.sources.listWithText(),
      segments: [...(yield* store.segments.all()).map((s) => ({ ...s })), ...pending.segments],
      codings: [...(yield* store.codings.list()), ...pending.codings],
      memos: yield* store.memos.list(),
    }
  })

const encoder = new TextEncoder()

/** The project as the bytes of a `.qdpx` archive. */
export const qdpx = (
  store: Store,
  name: string,
  options: Options,
): Effect.Effect<{ readonly bytes: Uint8Array; readonly project: Qde.Project }, StoreError> =>
  Effect.map(load(store, name), (data) => {
    const { project, files } = build(data, options)
    const bytes = Zip.write([
      ["project.qde", encoder.encode(Qde.writeProject(project))],
      ...files.map(([path, text]) => [`sources/${path}`, encoder.encode(text)] as const),
    ])
    return { bytes, project }
  })

/** The codebook alone, as the text of a `.qdc` file. Fails when the project has no codes to export. */
export const codebook = (
  store: Store,
  options: Options,
): Effect.Effect<{ readonly xml: string; readonly codes: number }, StoreError | BadInput> =>
  Effect.gen(function* () {
    const data = yield* load(store, "")
    if (data.codes.length === 0)
      return yield* new BadInput({
        reason: "no-codes",
        message: "the project has no codes to export; a QDA-XML codebook needs at least one code",
      })
    const { project } = build({ ...data, memos: [] }, options)
    const xml = Qde.writeCodebook({
      origin: options.origin,
      codes: project.codes,
      sets: project.sets.filter((s) => s.codes.length > 0),
    })
    return { xml, codes: data.codes.length }
  })
