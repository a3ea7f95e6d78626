/**
 * A roster: one row per participant, `participant,group,organisation,location,country,…`. Columns beyond those
 * become the participant's attributes (REFI case variables); an optional `file` column names the transcript a
 * row belongs to. Interviews without front matter are matched to a row by file name or by speaker label.
 */
import { BadInput, Limits, Records } from "@valuelens/core"
import { Exit, Schema } from "effect"
import * as Csv from "../Csv.js"
import * as Fields from "../Fields.js"
import type { ParticipantFields } from "../transcript/Transcript.js"

export interface RosterEntry {
  readonly id: string
  readonly fields: ParticipantFields
  /** The transcript file this row names, when the roster has a `file` column. */
  readonly file?: string | undefined
  readonly source: string
  readonly line: number
}

const Row = Schema.Struct({
  participant: Schema.NonEmptyString,
  group: Schema.optional(Fields.Group),
  organisation: Fields.Optional,
  location: Fields.Optional,
  country: Schema.optional(Fields.Country),
  file: Fields.Optional,
})
const COLUMNS = new Set(Object.keys(Row.fields))

/** Whether a CSV header is a roster's (it has a `participant` column). */
export const isRosterHeader = (header: ReadonlyArray<string>) => header.includes("participant")

export const read = (
  text: string,
  file: string,
  limits: Limits.Limits = Limits.defaults,
): Exit.Exit<ReadonlyArray<RosterEntry>, BadInput> => {
  const t = Csv.table(text, file, limits)
  if (Exit.isFailure(t)) return Fields.propagate(t)
  const { header, records } = t.value
  if (!isRosterHeader(header))
    return Exit.fail(
      new BadInput({
        reason: "invalid-roster",
        file,
        line: 1,
        message: `${file}:1: a roster needs a "participant" column (expected participant,group,organisation,location,country,…; got ${header.join(",")})`,
      }),
    )
  const entries: RosterEntry[] = []
  const seen = new Map<string, RosterEntry>()
  for (const r of records) {
    const decoded = Fields.decode(
      Row,
      Records.fromEntries(Object.entries(r.cells).filter(([k]) => COLUMNS.has(k))),
      { file, line: () => r.line },
      "invalid-roster-row",
    )
    if (Exit.isFailure(decoded)) return Fields.propagate(decoded)
    const row = decoded.value
    const attributes = Records.empty<string>()
    for (const [k, v] of Object.entries(r.cells)) if (!COLUMNS.has(k)) attributes[k] = v
    const entry: RosterEntry = {
      id: row.participant.replace(/\s+/g, " "),
      fields: {
        group: row.group,
        organisation: row.organisation,
        location: row.location,
        country: row.country,
        attributes,
      },
      file: row.file,
      source: file,
      line: r.line,
    }
    const before = seen.get(entry.id)
    if (before)
      return Exit.fail(
        new BadInput({
          reason: "duplicate-participant",
          file,
          line: r.line,
          field: "participant",
          message: `${file}:${r.line}: participant "${entry.id}" is listed twice (first on line ${before.line}); keep one row per participant`,
        }),
      )
    seen.set(entry.id, entry)
    entries.push(entry)
  }
  return Exit.succeed(entries)
}
