/**
 * Who an interview belongs to, and whether everything said about a participant agrees. A participant can be
 * described by an interview's front matter, by a roster row and by the project itself; each field stated in
 * more than one place must say the same thing, or the import stops and names both places.
 */
import { BadInput, type Participant, type ParticipantGroup, Records } from "@valuelens/core"
import { Exit } from "effect"
import type { RosterEntry } from "./roster/Roster.js"
import type { Interview, ParticipantFields } from "./transcript/Transcript.js"

/** One statement about a participant: where it was made and what it says. */
export interface Declaration {
  readonly id: string
  readonly fields: ParticipantFields
  readonly file: string
  readonly line?: number | undefined
  /** Line of each field, when the statement is front matter. */
  readonly fieldLines?: Readonly<Record<string, number>>
}

const FIELDS = ["group", "organisation", "location", "country"] as const

/** Compares labels and ids without regard to case or spacing. */
export const sameLabel = (a: string, b: string) =>
  a.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase() ===
  b.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase()

const compact = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "")

const stemOf = (fileName: string) => fileName.replace(/\.[^.]+$/, "")

/**
 * The participant an interview belongs to: its front matter's `participant`, else the roster row that names
 * the file (a `file` column, or an id equal to the file name), else the roster row whose id is the one
 * non-interviewer speaker label. Every non-interviewer speaker must be that participant.
 */
export const resolveInterview = (
  interview: Interview,
  file: string,
  fileName: string,
  roster: ReadonlyArray<RosterEntry>,
  interviewerLabels: ReadonlyArray<string>,
): Exit.Exit<{ readonly id: string; readonly entry?: RosterEntry | undefined }, BadInput> => {
  const speakers = interview.speakers
  const findEntry = (id: string) => roster.find((r) => sameLabel(r.id, id))
  let id = interview.participant?.id
  if (id === undefined) {
    const byFile =
      roster.find((r) => r.file !== undefined && (r.file === fileName || r.file === stemOf(fileName))) ??
      roster.find((r) => compact(r.id) === compact(stemOf(fileName)))
    if (byFile) id = byFile.id
  }
  if (id === undefined) {
    const matched = speakers.filter((s) => findEntry(s.label) !== undefined)
    if (matched.length >= 1) id = findEntry(matched[0]!.label)!.id
    else {
      const labels = speakers.map((s) => `"${s.label}"`).join(", ")
      return Exit.fail(
        new BadInput({
          reason: "unknown-participant",
          file,
          line: speakers[0]!.line,
          message: `${file}:${speakers[0]!.line}: unknown participant: no "participant:" in front matter, and neither the file name nor the speaker ${labels} matches a roster row${roster.length === 0 ? " (no roster given; pass --roster FILE.csv)" : ""}`,
        }),
      )
    }
  }
  const participantId = id
  const own = speakers.find((s) => sameLabel(s.label, participantId))
  // one interview, one participant: a single other label (`R:`) stands for the participant
  const others = speakers.filter((s) => s !== own)
  const stray = own ? others[0] : others[1]
  if (stray)
    return Exit.fail(
      new BadInput({
        reason: "unknown-speaker",
        file,
        line: stray.line,
        message: `${file}:${stray.line}: unknown speaker "${stray.label}": the participant is "${participantId}"${own || others.length === 0 ? "" : ` (speaking as "${others[0]!.label}")`} and the interviewer labels are ${interviewerLabels.join(", ")}; one transcript holds one participant's interview (add other labels to "interviewerLabels" in valuelens.json)`,
      }),
    )
  return Exit.succeed({ id: findEntry(participantId)?.id ?? participantId, entry: findEntry(participantId) })
}

export interface Merged {
  readonly id: string
  readonly fields: ParticipantFields
  readonly declarations: ReadonlyArray<Declaration>
}

const placeOf = (d: Declaration, field?: string) => {
  const line = (field && Records.get(d.fieldLines, field)) || d.line
  return line === undefined ? d.file : `${d.file}:${line}`
}

const conflict = (
  id: string,
  field: string,
  here: Declaration,
  value: string,
  there: string,
  other: string,
) => {
  const line = Records.get(here.fieldLines, field) ?? here.line
  return new BadInput({
    reason: "conflicting-participant",
    file: here.file,
    line,
    field,
    message: `${placeOf(here, field)}: participant "${id}" has ${field} "${value}" here but "${other}" in ${there}; the same participant id must have the same attributes everywhere`,
  })
}

/** Merges the statements about each participant; a field stated twice with different values is an error. */
export const merge = (declarations: ReadonlyArray<Declaration>): Exit.Exit<Map<string, Merged>, BadInput> => {
  // Maps, not objects: attribute names come from files and may be `__proto__` or `constructor`
  interface Stated {
    readonly value: string
    readonly from: Declaration
  }
  const out = new Map<
    string,
    { fields: Map<string, Stated>; attributes: Map<string, Stated>; ds: Declaration[] }
  >()
  for (const d of declarations) {
    let m = out.get(d.id)
    if (!m) {
      m = { fields: new Map(), attributes: new Map(), ds: [] }
      out.set(d.id, m)
    }
    m.ds.push(d)
    for (const f of FIELDS) {
      const v = d.fields[f]
      if (v === undefined) continue
      const before = m.fields.get(f)
      if (before !== undefined && before.value !== v)
        return Exit.fail(conflict(d.id, f, d, v, placeOf(before.from, f), before.value))
      m.fields.set(f, { value: v, from: d })
    }
    for (const [k, v] of Object.entries(d.fields.attributes)) {
      const before = m.attributes.get(k)
      if (before !== undefined && before.value !== v)
        return Exit.fail(conflict(d.id, `attribute ${k}`, d, v, placeOf(before.from), before.value))
      m.attributes.set(k, { value: v, from: d })
    }
  }
  const merged = new Map<string, Merged>()
  for (const [id, m] of out) {
    const value = (f: (typeof FIELDS)[number]) => m.fields.get(f)?.value
    const fields: ParticipantFields = {
      group: value("group"),
      organisation: value("organisation"),
      location: value("location"),
      country: value("country"),
      attributes: Records.fromEntries([...m.attributes].map(([k, a]) => [k, a.value] as const)),
    }
    merged.set(id, { id, fields, declarations: m.ds })
  }
  return Exit.succeed(merged)
}

/**
 * Sets the merged participants against the project's: new ones are created (group `other` when nothing says),
 * existing ones must agree unless `replace`, which updates them.
 */
export const reconcile = (
  merged: ReadonlyMap<string, Merged>,
  existing: ReadonlyMap<string, Participant>,
  replace: boolean,
): Exit.Exit<{ readonly created: Participant[]; readonly updated: Participant[] }, BadInput> => {
  const created: Participant[] = []
  const updated: Participant[] = []
  for (const m of merged.values()) {
    const old = existing.get(m.id)
    const f = m.fields
    if (!old) {
      created.push({
        id: m.id,
        group: (f.group ?? "other") as ParticipantGroup,
        organisation: f.organisation,
        location: f.location,
        country: f.country,
        attributes: Records.fromEntries(Object.entries(f.attributes)),
      })
      continue
    }
    const next: Participant = {
      id: old.id,
      group: (f.group ?? old.group) as ParticipantGroup,
      organisation: f.organisation ?? old.organisation,
      location: f.location ?? old.location,
      country: f.country ?? old.country,
      attributes: Records.fromEntries([...Object.entries(old.attributes), ...Object.entries(f.attributes)]),
    }
    const changed: Array<[string, string, string]> = []
    for (const k of FIELDS) {
      const was = old[k]
      if (f[k] !== undefined && was !== undefined && was !== f[k]) changed.push([k, f[k]!, was])
      else if (f[k] !== undefined && was === undefined) changed.push([k, f[k]!, ""])
    }
    for (const [k, v] of Object.entries(f.attributes)) {
      const was = Records.get(old.attributes, k)
      if (was !== v) changed.push([`attribute ${k}`, v, was ?? ""])
    }
    if (changed.length === 0) continue
    // stating a field the project left empty adds to it; changing a stated one needs --replace
    const clash = changed.find(([, , was]) => was !== "")
    if (!replace && clash) {
      const [field, value, was] = clash
      const d = m.declarations.find((x) =>
        field.startsWith("attribute ")
          ? Records.get(x.fields.attributes, field.slice(10)) !== undefined
          : x.fields[field as (typeof FIELDS)[number]] !== undefined,
      )!
      return Exit.fail(
        new BadInput({
          reason: "conflicting-participant",
          file: d.file,
          line: Records.get(d.fieldLines, field) ?? d.line,
          field,
          message: `${placeOf(d, field)}: participant "${m.id}" has ${field} "${value}" here but "${was}" in the project; fix the file, or import with --replace to update the participant`,
        }),
      )
    }
    updated.push(next)
  }
  return Exit.succeed({ created, updated })
}
