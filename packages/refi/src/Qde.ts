/**
 * The QDA-XML 1.0 model (REFI-QDA `project.qde` and `.qdc` codebooks): typed records read from and written to
 * XML. Only the parts ValueLens uses are typed in full; media sources keep just what an import summary needs.
 */
import { BadInput, Ids, Records } from "@valuelens/core"
import { Effect } from "effect"
import * as Xml from "./Xml.js"

export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
export const CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"

export interface User {
  readonly guid: string
  readonly name?: string | undefined
  readonly id?: string | undefined
}

export interface Code {
  readonly guid: string
  readonly name: string
  readonly isCodable: boolean
  readonly color?: string | undefined
  readonly description?: string | undefined
  readonly noteRefs: ReadonlyArray<string>
  readonly children: ReadonlyArray<Code>
}

export type VariableType = "Text" | "Boolean" | "Integer" | "Float" | "Date" | "DateTime"

export interface Variable {
  readonly guid: string
  readonly name: string
  readonly type: VariableType
  readonly description?: string | undefined
}

export interface VariableValue {
  readonly variable: string
  readonly type: VariableType
  readonly value: string
}

export interface Case {
  readonly guid: string
  readonly name?: string | undefined
  readonly description?: string | undefined
  /** Codes the case as a whole is coded with (ValueLens codes text, so these are counted, not imported). */
  readonly codeRefs: ReadonlyArray<string>
  readonly values: ReadonlyArray<VariableValue>
  readonly sourceRefs: ReadonlyArray<string>
  readonly selectionRefs: ReadonlyArray<string>
}

export interface Coding {
  readonly guid: string
  readonly code: string
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
  readonly noteRefs: ReadonlyArray<string>
}

export interface TextSelection {
  readonly guid: string
  readonly name?: string | undefined
  readonly start: number
  readonly end: number
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
  readonly description?: string | undefined
  readonly codings: ReadonlyArray<Coding>
  readonly noteRefs: ReadonlyArray<string>
}

export interface TextSource {
  readonly kind: "text"
  readonly guid: string
  readonly name?: string | undefined
  readonly plainTextPath?: string | undefined
  readonly richTextPath?: string | undefined
  readonly plainTextContent?: string | undefined
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
  readonly description?: string | undefined
  readonly selections: ReadonlyArray<TextSelection>
  /** Codings of the whole source. */
  readonly codings: ReadonlyArray<Coding>
  readonly noteRefs: ReadonlyArray<string>
  readonly values: ReadonlyArray<VariableValue>
  /** Set when the source is a `PDFSource` read through its text `Representation`. */
  readonly pdf?: Pdf | undefined
}

/**
 * What a `PDFSource` holds beside its text: ValueLens codes the text `Representation` (a text source in its own
 * right, with a GUID of its own) and keeps the PDF file; selections of page areas are counted, not imported.
 */
export interface Pdf {
  /** The PDF file (`internal://…`, `relative://…`, `absolute://…`). */
  readonly path?: string | undefined
  readonly representation: {
    readonly guid: string
    readonly name?: string | undefined
    readonly creatingUser?: string | undefined
    readonly creationDateTime?: string | undefined
  }
  /** `PDFSelection`s (areas of a page) and the codings on them. */
  readonly areas: number
  readonly areaCodings: number
}

export type MediaKind = "pdf" | "picture" | "audio" | "video"

/**
 * A picture, audio or video source, or a PDF without a text representation: ValueLens codes text only, so
 * these are counted, not imported.
 */
export interface MediaSource {
  readonly kind: MediaKind
  readonly guid: string
  readonly name?: string | undefined
  /** Every file the source refers to: the media, representations, transcripts. */
  readonly paths: ReadonlyArray<string>
  /** Selections by kind (a PDF's text representation counts as `pdf`, a transcript's as `transcript`). */
  readonly selections: ReadonlyArray<{ readonly guid: string; readonly kind: MediaKind | "transcript" }>
  readonly codings: number
}

export type Source = TextSource | MediaSource

export interface Note {
  readonly guid: string
  readonly name?: string | undefined
  readonly plainTextPath?: string | undefined
  readonly text?: string | undefined
  readonly description?: string | undefined
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
  /** Where the note annotates a text (QualCoder's annotations): spans of the source whose `NoteRef` names it. */
  readonly selections: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

export interface Link {
  readonly guid: string
  readonly name?: string | undefined
  readonly origin?: string | undefined
  readonly target?: string | undefined
}

export interface Set {
  readonly guid: string
  readonly name: string
  readonly description?: string | undefined
  readonly codes: ReadonlyArray<string>
  readonly sources: ReadonlyArray<string>
  readonly notes: ReadonlyArray<string>
}

export interface Project {
  readonly name: string
  readonly origin?: string | undefined
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
  readonly users: ReadonlyArray<User>
  readonly codes: ReadonlyArray<Code>
  readonly variables: ReadonlyArray<Variable>
  readonly cases: ReadonlyArray<Case>
  readonly sources: ReadonlyArray<Source>
  readonly notes: ReadonlyArray<Note>
  readonly links: ReadonlyArray<Link>
  readonly sets: ReadonlyArray<Set>
  readonly graphs: number
  readonly description?: string | undefined
  readonly noteRefs: ReadonlyArray<string>
  /** Ids the file gives that are not GUIDs (`c001`), each read as a stable GUID made from it. */
  readonly nonGuidIds?: ReadonlyArray<string>
}

export interface Codebook {
  readonly origin?: string | undefined
  readonly codes: ReadonlyArray<Code>
  readonly sets: ReadonlyArray<Set>
  readonly nonGuidIds?: ReadonlyArray<string>
}

/** GUIDs compare case-insensitively and may come in braces (`{…}`); this is the form used as a key. */
export const guidKey = (guid: string): string => guid.replace(/[{}]/g, "").trim().toLowerCase()

const isGuid = (s: string) =>
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(
    s.replace(/^\{(.*)\}$/, "$1"),
  )

/** The first tool word of an `origin` attribute, as used in `import:<tool>`: `NVivo for Windows 12.6` → `nvivo`. */
export const toolOf = (origin: string | undefined): string => {
  const word = (origin ?? "").trim().split(/\s+/)[0] ?? ""
  const slug = word.toLowerCase().replace(/[^a-z0-9._-]/g, "")
  return slug.length > 0 ? slug : "refi"
}

// ── reading ──────────────────────────────────────────────────────────────────────────────────────

class Reader {
  readonly nonGuidIds = new Set<string>()
  constructor(readonly file: string) {}

  fail(element: Xml.Element, field: string, expected: string): never {
    const guid = element.attrs.guid ? ` ${element.attrs.guid}` : ""
    throw new BadInput({
      reason: "invalid-refi",
      file: this.file,
      field: `${element.name}.${field}`,
      message: `${this.file}: <${element.name}${guid}> ${field}: expected ${expected}`,
    })
  }

  guid(e: Xml.Element, field = "guid"): string {
    const g = e.attrs[field]
    if (g === undefined || g.trim() === "") this.fail(e, field, "a GUID such as 8f1e…-…")
    if (isGuid(g)) return guidKey(g)
    // real tools write ids such as c001 where the schema wants a GUID; QualCoder accepts them, and so do we,
    // as a name-based GUID of the id, the same wherever the id is used or referred to
    this.nonGuidIds.add(g.trim())
    return Ids.guid(`refi-id:${g.trim()}`)
  }

  optionalGuid(e: Xml.Element, field: string): string | undefined {
    const g = e.attrs[field]
    if (g === undefined || g.trim() === "") return undefined
    return this.guid(e, field)
  }

  integer(e: Xml.Element, field: string): number {
    const v = e.attrs[field]
    if (v === undefined || !/^\s*[+-]?\d+\s*$/.test(v)) this.fail(e, field, "an integer")
    return Number.parseInt(v, 10)
  }

  required(e: Xml.Element, field: string): string {
    const v = e.attrs[field]
    if (v === undefined) this.fail(e, field, "a value")
    return v
  }
}

const kids = (e: Xml.Element, name: string) => e.children.filter((c) => c.name === name)
const kid = (e: Xml.Element, name: string) => e.children.find((c) => c.name === name)
const textOf = (e: Xml.Element, name: string) => kid(e, name)?.text
const refs = (r: Reader, e: Xml.Element, name: string) => kids(e, name).map((c) => r.guid(c, "targetGUID"))

const readCode = (r: Reader, e: Xml.Element): Code => ({
  guid: r.guid(e),
  name: r.required(e, "name"),
  // isCodable is required by the schema; a tool that leaves it out means an ordinary code
  isCodable: (e.attrs.isCodable ?? "true").trim() !== "false" && e.attrs.isCodable?.trim() !== "0",
  color: e.attrs.color,
  description: textOf(e, "Description"),
  noteRefs: refs(r, e, "NoteRef"),
  children: kids(e, "Code").map((c) => readCode(r, c)),
})

const variableTypes: ReadonlyArray<VariableType> = ["Text", "Boolean", "Integer", "Float", "Date", "DateTime"]

const readValues = (r: Reader, e: Xml.Element): VariableValue[] =>
  kids(e, "VariableValue").flatMap((v) => {
    const ref = kid(v, "VariableRef")
    if (!ref) return r.fail(v, "VariableRef", "a VariableRef element")
    const value = v.children.find((c) => c.name.endsWith("Value") && c.name !== "VariableValue")
    if (!value) return []
    const type = value.name.slice(0, -"Value".length) as VariableType
    return [{ variable: r.guid(ref, "targetGUID"), type, value: value.text.trim() }]
  })

const readCoding = (r: Reader, e: Xml.Element): Coding => {
  const ref = kid(e, "CodeRef")
  if (!ref) return r.fail(e, "CodeRef", "a CodeRef element naming the code")
  return {
    guid: r.guid(e),
    code: r.guid(ref, "targetGUID"),
    creatingUser: r.optionalGuid(e, "creatingUser"),
    creationDateTime: e.attrs.creationDateTime,
    noteRefs: refs(r, e, "NoteRef"),
  }
}

const readTextSource = (r: Reader, e: Xml.Element): TextSource => ({
  kind: "text",
  guid: r.guid(e),
  name: e.attrs.name,
  plainTextPath: e.attrs.plainTextPath,
  richTextPath: e.attrs.richTextPath,
  plainTextContent: textOf(e, "PlainTextContent"),
  creatingUser: r.optionalGuid(e, "creatingUser"),
  creationDateTime: e.attrs.creationDateTime,
  description: textOf(e, "Description"),
  selections: kids(e, "PlainTextSelection").map((s) => ({
    guid: r.guid(s),
    name: s.attrs.name,
    start: r.integer(s, "startPosition"),
    end: r.integer(s, "endPosition"),
    creatingUser: r.optionalGuid(s, "creatingUser"),
    creationDateTime: s.attrs.creationDateTime,
    description: textOf(s, "Description"),
    codings: kids(s, "Coding").map((c) => readCoding(r, c)),
    noteRefs: refs(r, s, "NoteRef"),
  })),
  codings: kids(e, "Coding").map((c) => readCoding(r, c)),
  noteRefs: refs(r, e, "NoteRef"),
  values: readValues(r, e),
})

const mediaKinds: Record<string, MediaKind> = {
  PDFSource: "pdf",
  PictureSource: "picture",
  AudioSource: "audio",
  VideoSource: "video",
}
const selectionKinds: Record<string, MediaKind | "transcript"> = {
  PDFSelection: "pdf",
  PictureSelection: "picture",
  AudioSelection: "audio",
  VideoSelection: "video",
  TranscriptSelection: "transcript",
  PlainTextSelection: "pdf",
}

/**
 * A `PDFSource` with a text `Representation`, as a text source: the PDF's GUID, name, times, memo, notes and
 * variables, and the representation's text, selections and codings (QualCoder, ATLAS.ti and MAXQDA code PDFs
 * this way).
 */
const readPdfSource = (r: Reader, e: Xml.Element, representation: Xml.Element): TextSource => {
  const text = readTextSource(r, representation)
  const areas = kids(e, "PDFSelection")
  return {
    ...text,
    guid: r.guid(e),
    name: e.attrs.name ?? text.name,
    richTextPath: undefined,
    creatingUser: r.optionalGuid(e, "creatingUser") ?? text.creatingUser,
    creationDateTime: e.attrs.creationDateTime ?? text.creationDateTime,
    description: textOf(e, "Description") ?? text.description,
    codings: [...text.codings, ...kids(e, "Coding").map((c) => readCoding(r, c))],
    noteRefs: [...refs(r, e, "NoteRef"), ...text.noteRefs],
    values: [...readValues(r, e), ...text.values],
    pdf: {
      path: e.attrs.path,
      representation: {
        guid: text.guid,
        name: text.name,
        creatingUser: text.creatingUser,
        creationDateTime: text.creationDateTime,
      },
      areas: areas.length,
      areaCodings: areas.reduce((n, a) => n + kids(a, "Coding").length, 0),
    },
  }
}

const readMediaSource = (r: Reader, e: Xml.Element, kind: MediaKind): MediaSource => {
  const paths: string[] = []
  const selections: { guid: string; kind: MediaKind | "transcript" }[] = []
  let codings = 0
  const walk = (x: Xml.Element, inTranscript: boolean) => {
    for (const key of ["path", "plainTextPath", "richTextPath"]) {
      const p = x.attrs[key]
      if (p) paths.push(p)
    }
    for (const c of x.children) {
      if (c.name === "Coding") codings++
      const k = Records.get(selectionKinds, c.name)
      if (k) selections.push({ guid: r.guid(c), kind: inTranscript ? "transcript" : k })
      walk(c, inTranscript || c.name === "Transcript")
    }
  }
  walk(e, false)
  return { kind, guid: r.guid(e), name: e.attrs.name, paths, selections, codings }
}

const readNote = (r: Reader, e: Xml.Element): Note => ({
  guid: r.guid(e),
  name: e.attrs.name,
  plainTextPath: e.attrs.plainTextPath,
  text: textOf(e, "PlainTextContent"),
  description: textOf(e, "Description"),
  creatingUser: r.optionalGuid(e, "creatingUser"),
  creationDateTime: e.attrs.creationDateTime,
  selections: kids(e, "PlainTextSelection").map((s) => ({
    start: r.integer(s, "startPosition"),
    end: r.integer(s, "endPosition"),
  })),
})

const readSet = (r: Reader, e: Xml.Element, memberAttr: "targetGUID" | "guid"): Set => ({
  guid: r.guid(e),
  name: e.attrs.name ?? "",
  description: textOf(e, "Description"),
  codes: kids(e, "MemberCode").map((m) => r.guid(m, memberAttr)),
  sources: kids(e, "MemberSource").map((m) => r.guid(m, "targetGUID")),
  notes: kids(e, "MemberNote").map((m) => r.guid(m, "targetGUID")),
})

const guarded = <A>(f: () => A): Effect.Effect<A, BadInput> =>
  Effect.try({
    try: f,
    catch: (e) =>
      e instanceof BadInput
        ? e
        : new BadInput({ reason: "invalid-refi", message: e instanceof Error ? e.message : String(e) }),
  })

/** Reads a parsed `project.qde` root element. */
export const readProject = (root: Xml.Element, file: string): Effect.Effect<Project, BadInput> =>
  guarded(() => {
    const r = new Reader(file)
    if (root.name !== "Project")
      throw new BadInput({
        reason: "invalid-refi",
        file,
        message: `${file}: the root element is <${root.name}>; expected a QDA-XML <Project>`,
      })
    const sources: Source[] = []
    for (const s of kid(root, "Sources")?.children ?? []) {
      const representation = s.name === "PDFSource" ? kid(s, "Representation") : undefined
      if (s.name === "TextSource") sources.push(readTextSource(r, s))
      else if (representation) sources.push(readPdfSource(r, s, representation))
      else if (Records.get(mediaKinds, s.name)) sources.push(readMediaSource(r, s, mediaKinds[s.name]!))
    }
    return {
      name: root.attrs.name ?? "",
      origin: root.attrs.origin,
      creatingUser: r.optionalGuid(root, "creatingUserGUID"),
      creationDateTime: root.attrs.creationDateTime,
      users: kids(kid(root, "Users") ?? root, "User").map((u) => ({
        guid: r.guid(u),
        name: u.attrs.name,
        id: u.attrs.id,
      })),
      codes: kids(kid(kid(root, "CodeBook") ?? root, "Codes") ?? root, "Code").map((c) => readCode(r, c)),
      variables: kids(kid(root, "Variables") ?? root, "Variable").map((v) => ({
        guid: r.guid(v),
        name: r.required(v, "name"),
        type: (variableTypes as ReadonlyArray<string>).includes(v.attrs.typeOfVariable ?? "")
          ? (v.attrs.typeOfVariable as VariableType)
          : "Text",
        description: textOf(v, "Description"),
      })),
      cases: kids(kid(root, "Cases") ?? root, "Case").map((c) => ({
        guid: r.guid(c),
        name: c.attrs.name,
        description: textOf(c, "Description"),
        codeRefs: refs(r, c, "CodeRef"),
        values: readValues(r, c),
        sourceRefs: refs(r, c, "SourceRef"),
        selectionRefs: refs(r, c, "SelectionRef"),
      })),
      sources,
      notes: kids(kid(root, "Notes") ?? root, "Note").map((n) => readNote(r, n)),
      links: kids(kid(root, "Links") ?? root, "Link").map((l) => ({
        guid: r.guid(l),
        name: l.attrs.name,
        origin: r.optionalGuid(l, "originGUID"),
        target: r.optionalGuid(l, "targetGUID"),
      })),
      sets: kids(kid(root, "Sets") ?? root, "Set").map((s) => readSet(r, s, "targetGUID")),
      graphs: kids(kid(root, "Graphs") ?? root, "Graph").length,
      description: textOf(root, "Description"),
      noteRefs: refs(r, root, "NoteRef"),
      nonGuidIds: [...r.nonGuidIds],
    }
  })

/** Reads a parsed `.qdc` codebook root element. */
export const readCodebook = (root: Xml.Element, file: string): Effect.Effect<Codebook, BadInput> =>
  guarded(() => {
    const r = new Reader(file)
    if (root.name !== "CodeBook")
      throw new BadInput({
        reason: "invalid-refi",
        file,
        message: `${file}: the root element is <${root.name}>; expected a QDA-XML <CodeBook>`,
      })
    return {
      origin: root.attrs.origin,
      codes: kids(kid(root, "Codes") ?? root, "Code").map((c) => readCode(r, c)),
      sets: kids(kid(root, "Sets") ?? root, "Set").map((s) => readSet(r, s, "guid")),
      nonGuidIds: [...r.nonGuidIds],
    }
  })

// ── writing ──────────────────────────────────────────────────────────────────────────────────────

const { node, textNode } = Xml

const RGB = /^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/
/** Leaves out what the schema would reject rather than write an invalid file. */
const rgb = (c: string | undefined) => (c !== undefined && RGB.test(c) ? c : undefined)
const dateTime = (d: string | undefined) => (d !== undefined && DATE_TIME.test(d) ? d : undefined)
const optionalText = (name: string, text: string | undefined) =>
  text === undefined || text === "" ? undefined : textNode(name, text)
const refNodes = (name: string, guids: ReadonlyArray<string>) =>
  guids.map((g) => node(name, { targetGUID: g }))

const codeNode = (c: Code, project: boolean): Xml.Node =>
  node("Code", { guid: c.guid, name: c.name, isCodable: c.isCodable, color: rgb(c.color) }, [
    optionalText("Description", c.description),
    ...(project ? refNodes("NoteRef", c.noteRefs) : []),
    ...c.children.map((k) => codeNode(k, project)),
  ])

const codingNode = (c: Coding) =>
  node(
    "Coding",
    { guid: c.guid, creatingUser: c.creatingUser, creationDateTime: dateTime(c.creationDateTime) },
    [node("CodeRef", { targetGUID: c.code }), ...refNodes("NoteRef", c.noteRefs)],
  )

const valueNodes = (values: ReadonlyArray<VariableValue>) =>
  values.map((v) =>
    node("VariableValue", {}, [
      node("VariableRef", { targetGUID: v.variable }),
      textNode(`${v.type}Value`, v.value),
    ]),
  )

const section = (name: string, children: ReadonlyArray<Xml.Node>) =>
  children.length === 0 ? undefined : node(name, {}, children)

const selectionNode = (sel: TextSelection) =>
  node(
    "PlainTextSelection",
    {
      guid: sel.guid,
      name: sel.name,
      startPosition: sel.start,
      endPosition: sel.end,
      creatingUser: sel.creatingUser,
      creationDateTime: dateTime(sel.creationDateTime),
    },
    [
      optionalText("Description", sel.description),
      ...sel.codings.map(codingNode),
      ...refNodes("NoteRef", sel.noteRefs),
    ],
  )

/** The text, selections and codings of a text source, the part a PDF's `Representation` shares. */
const textParts = (s: TextSource) => [
  optionalText("Description", s.description),
  s.plainTextPath === undefined && s.plainTextContent !== undefined
    ? textNode("PlainTextContent", s.plainTextContent)
    : undefined,
  ...s.selections.map(selectionNode),
  ...s.codings.map(codingNode),
]

/**
 * A text source, or a PDF with its text as the `Representation`. The memo and the variables go on the PDF,
 * where the standard puts them, and on the representation too, the only place QualCoder reads them for a PDF.
 */
const sourceNode = (s: TextSource): Xml.Node => {
  const times = { creatingUser: s.creatingUser, creationDateTime: dateTime(s.creationDateTime) }
  if (s.pdf === undefined)
    return node(
      "TextSource",
      { guid: s.guid, name: s.name, richTextPath: s.richTextPath, plainTextPath: s.plainTextPath, ...times },
      [...textParts(s), ...refNodes("NoteRef", s.noteRefs), ...valueNodes(s.values)],
    )
  const r = s.pdf.representation
  return node("PDFSource", { guid: s.guid, name: s.name, path: s.pdf.path, ...times }, [
    optionalText("Description", s.description),
    node(
      "Representation",
      {
        guid: r.guid,
        name: r.name,
        plainTextPath: s.plainTextPath,
        creatingUser: r.creatingUser,
        creationDateTime: dateTime(r.creationDateTime),
      },
      [...textParts(s), ...valueNodes(s.values)],
    ),
    ...refNodes("NoteRef", s.noteRefs),
    ...valueNodes(s.values),
  ])
}

/** Serialises a project as `project.qde` (text sources and PDFs with their text; other media are never written). */
export const writeProject = (p: Project): string =>
  Xml.serialise(
    node(
      "Project",
      {
        xmlns: PROJECT_NAMESPACE,
        name: p.name,
        origin: p.origin,
        creatingUserGUID: p.creatingUser,
        creationDateTime: dateTime(p.creationDateTime),
      },
      [
        section(
          "Users",
          p.users.map((u) => node("User", { guid: u.guid, name: u.name, id: u.id })),
        ),
        p.codes.length === 0
          ? undefined
          : node("CodeBook", {}, [
              node(
                "Codes",
                {},
                p.codes.map((c) => codeNode(c, true)),
              ),
            ]),
        section(
          "Variables",
          p.variables.map((v) =>
            node("Variable", { guid: v.guid, name: v.name, typeOfVariable: v.type }, [
              optionalText("Description", v.description),
            ]),
          ),
        ),
        section(
          "Cases",
          p.cases.map((c) =>
            node("Case", { guid: c.guid, name: c.name }, [
              optionalText("Description", c.description),
              ...refNodes("CodeRef", c.codeRefs),
              ...valueNodes(c.values),
              ...refNodes("SourceRef", c.sourceRefs),
              ...refNodes("SelectionRef", c.selectionRefs),
            ]),
          ),
        ),
        section("Sources", p.sources.filter((s): s is TextSource => s.kind === "text").map(sourceNode)),
        section(
          "Notes",
          p.notes.map((n) =>
            node(
              "Note",
              {
                guid: n.guid,
                name: n.name,
                plainTextPath: n.plainTextPath,
                creatingUser: n.creatingUser,
                creationDateTime: dateTime(n.creationDateTime),
              },
              [
                optionalText("Description", n.description),
                n.plainTextPath === undefined ? textNode("PlainTextContent", n.text ?? "") : undefined,
              ],
            ),
          ),
        ),
        section(
          "Links",
          p.links.map((l) =>
            node("Link", { guid: l.guid, name: l.name, originGUID: l.origin, targetGUID: l.target }),
          ),
        ),
        section(
          "Sets",
          p.sets.map((s) =>
            node("Set", { guid: s.guid, name: s.name }, [
              optionalText("Description", s.description),
              ...refNodes("MemberCode", s.codes),
              ...refNodes("MemberSource", s.sources),
              ...refNodes("MemberNote", s.notes),
            ]),
          ),
        ),
        optionalText("Description", p.description),
        ...refNodes("NoteRef", p.noteRefs),
      ],
    ),
  )

/** Serialises a codebook as a `.qdc` file. */
export const writeCodebook = (c: Codebook): string =>
  Xml.serialise(
    node("CodeBook", { xmlns: CODEBOOK_NAMESPACE, origin: c.origin }, [
      node(
        "Codes",
        {},
        c.codes.map((code) => codeNode(code, false)),
      ),
      section(
        "Sets",
        c.sets.map((s) =>
          node("Set", { guid: s.guid, name: s.name }, [
            optionalText("Description", s.description),
            ...s.codes.map((g) => node("MemberCode", { guid: g })),
          ]),
        ),
      ),
    ]),
  )
