/**
 * What an imported REFI-QDA file said about identity that ValueLens has no field for: the GUIDs of codes,
 * users, sources, selections, codings, notes and sets, the order of sibling codes, the project's name and
 * creation times, and the source files that are not text (a `.docx` behind `richTextPath`, a PDF). It is kept in the
 * project's settings, so an export writes the same identity back and a peer sees the same project, not a copy.
 *
 * The first import that names a thing wins: a later file with other GUIDs for the same code (ATLAS.ti makes
 * new ones on every export) is matched by name path and does not overwrite them.
 */
export const SETTING = "refi.identity"
/** Source files kept from imports are stored one setting each, base64, under this prefix and their name. */
export const FILE_SETTING = "refi.file:"

export interface Stamp {
  readonly guid: string
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
}

export interface SourceStamp extends Stamp {
  /** The file name of the source's rich text (`.docx`), kept under `FILE_SETTING`. */
  readonly richText?: string | undefined
  /** A PDF source: its file name, kept under `FILE_SETTING`, and the identity of its text representation. */
  readonly pdf?:
    | { readonly file: string; readonly representation: Stamp & { readonly name?: string | undefined } }
    | undefined
}

/** A peer's set, with its members as ValueLens ids. */
export interface KeptSet {
  readonly guid: string
  readonly name: string
  readonly description?: string | undefined
  readonly codes: ReadonlyArray<string>
  readonly sources: ReadonlyArray<string>
}

export interface Identity {
  readonly project?: {
    readonly name: string
    readonly creatingUser?: string | undefined
    readonly creationDateTime?: string | undefined
  }
  /** By code id: its GUID and its place among its siblings. */
  readonly codes: Readonly<Record<string, { readonly guid: string; readonly order: number }>>
  /** By coder id. */
  readonly users: Readonly<Record<string, string>>
  /** By source id. */
  readonly sources: Readonly<Record<string, SourceStamp>>
  /** By coding id, or `segment:<id>` for a selection without codings. */
  readonly selections: Readonly<Record<string, Stamp>>
  /** By coding id. */
  readonly codings: Readonly<Record<string, string>>
  /** By memo id: the note it came from. */
  readonly notes: Readonly<Record<string, string>>
  readonly sets: ReadonlyArray<KeptSet>
}

export const empty: Identity = {
  codes: {},
  users: {},
  sources: {},
  selections: {},
  codings: {},
  notes: {},
  sets: [],
}

const record = (v: unknown): Record<string, never> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, never>) : {}

/** Reads the setting's value, tolerating its absence. */
export const fromSetting = (value: unknown): Identity => {
  const v = record(value)
  return {
    ...(v.project ? { project: v.project } : {}),
    codes: record(v.codes),
    users: record(v.users),
    sources: record(v.sources),
    selections: record(v.selections),
    codings: record(v.codings),
    notes: record(v.notes),
    sets: Array.isArray(v.sets) ? v.sets : [],
  }
}

/** Adds what `next` knows to `kept`, never replacing what `kept` already holds. */
export const merge = (kept: Identity, next: Identity): Identity => ({
  project: kept.project ?? next.project,
  codes: { ...next.codes, ...kept.codes },
  users: { ...next.users, ...kept.users },
  sources: { ...next.sources, ...kept.sources },
  selections: { ...next.selections, ...kept.selections },
  codings: { ...next.codings, ...kept.codings },
  notes: { ...next.notes, ...kept.notes },
  sets: [...kept.sets, ...next.sets.filter((s) => !kept.sets.some((k) => k.guid === s.guid))],
})

/** GUID → id, for matching a file against what earlier imports kept. */
export const byGuid = (map: Readonly<Record<string, string | Stamp | { readonly guid: string }>>) =>
  new Map(Object.entries(map).map(([id, v]) => [(typeof v === "string" ? v : v.guid).toLowerCase(), id]))

/** A stamp from a QDA-XML element's identity attributes. */
export const stamp = (e: {
  readonly guid: string
  readonly creatingUser?: string | undefined
  readonly creationDateTime?: string | undefined
}): Stamp => ({
  guid: e.guid,
  ...(e.creatingUser ? { creatingUser: e.creatingUser } : {}),
  ...(e.creationDateTime ? { creationDateTime: e.creationDateTime } : {}),
})
