/**
 * Interview transcripts: optional front matter (participant, group, organisation, location, country, date,
 * language, title, attributes) and speaker turns. Which participant the interview belongs to is settled later,
 * with the roster at hand (see `Participants`).
 */
import { BadInput, Limits, Records } from "@valuelens/core"
import { Exit, Schema } from "effect"
import * as Fields from "../Fields.js"
import { type FrontMatter, scalarText } from "../FrontMatter.js"
import * as Turns from "./Turns.js"

/** Participant fields as an interview's front matter (or a roster row) states them. */
export interface ParticipantFields {
  readonly group?: string | undefined
  readonly organisation?: string | undefined
  readonly location?: string | undefined
  readonly country?: string | undefined
  readonly attributes: Readonly<Record<string, string>>
}

export interface Speaker {
  readonly label: string
  /** Line in the file where the label first speaks. */
  readonly line: number
}

export interface Interview {
  /** The transcript text after the front matter: the source text the turns index into. */
  readonly text: string
  readonly turns: ReadonlyArray<Turns.ParsedTurn & { readonly line: number }>
  /** Participant id from the front matter and its line. */
  readonly participant?: { readonly id: string; readonly line: number }
  /** Participant fields the front matter states (they must agree with the roster and the project). */
  readonly fields: ParticipantFields
  readonly fieldLines: Readonly<Record<string, number>>
  /** Distinct non-interviewer speakers, in order of first appearance. */
  readonly speakers: ReadonlyArray<Speaker>
  readonly title?: string | undefined
  readonly date?: string | undefined
  readonly language?: string | undefined
  readonly country?: string | undefined
  readonly year?: number | undefined
  readonly metadata: Readonly<Record<string, unknown>>
}

const FrontMatterFields = Schema.Struct({
  participant: Schema.optional(Schema.NonEmptyString),
  group: Schema.optional(Fields.Group),
  organisation: Fields.Optional,
  location: Fields.Optional,
  country: Schema.optional(Fields.Country),
  date: Fields.Optional,
  language: Fields.Optional,
  title: Fields.Optional,
  year: Schema.optional(Fields.IntFromText),
  attributes: Schema.optional(Schema.Record(Schema.String, Schema.String)),
})

const KNOWN = new Set([...Object.keys(FrontMatterFields.fields), "kind"])

/** Front matter values as text, so `participant: 7` and `year: 2021` decode like their quoted forms. */
const asText = (data: Readonly<Record<string, unknown>>) => {
  const out = Records.empty<unknown>()
  for (const [k, v] of Object.entries(data)) {
    if (k === "attributes" && v !== null && typeof v === "object" && !Array.isArray(v))
      out[k] = Records.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([a, x]) => [a, scalarText(x) ?? ""]),
      )
    else if (KNOWN.has(k)) out[k] = v === null ? undefined : (scalarText(v) ?? v)
  }
  return out
}

export interface ReadOptions {
  readonly file: string
  readonly unit: "line" | "paragraph"
  readonly interviewerLabels?: ReadonlyArray<string>
  /** Labels to accept as speakers whatever their shape (roster ids). */
  readonly knownLabels?: ReadonlyArray<string>
  readonly limits?: Limits.Limits
}

/** Reads a transcript whose front matter is already split off. */
export const read = (fm: FrontMatter, options: ReadOptions): Exit.Exit<Interview, BadInput> => {
  const { file, unit } = options
  const decoded = Fields.decode(
    FrontMatterFields,
    asText(fm.data),
    { file, unit, line: (f) => (f === undefined ? undefined : Records.get(fm.lines, f)) },
    "invalid-front-matter",
  )
  if (Exit.isFailure(decoded)) return Fields.propagate(decoded)
  const f = decoded.value
  const participantId = f.participant?.replace(/\s+/g, " ").trim()
  const limits = options.limits ?? Limits.defaults
  // the limit is checked while the turns are read, so a transcript far over it is never split whole
  const parsed = Turns.parse(fm.body, {
    interviewerLabels: options.interviewerLabels,
    knownLabels: [...(options.knownLabels ?? []), ...(participantId ? [participantId] : [])],
    limit: limits.turns,
  })
  const over = parsed[limits.turns]
  if (over)
    return Exit.fail(
      Limits.exceeded(
        file,
        "turns",
        limits,
        `a transcript reaching turn ${limits.turns + 1} (${unit} ${fm.bodyLine + over.lineIndex})`,
      ),
    )
  const turns = parsed.map((t) => ({ ...t, line: fm.bodyLine + t.lineIndex }))
  const labels = (options.interviewerLabels ?? Turns.DEFAULT_INTERVIEWER_LABELS).join(", ")
  if (turns.length === 0)
    return Exit.fail(
      new BadInput({
        reason: "no-participant-speech",
        file,
        line: fm.bodyLine,
        message: `${file}:${fm.bodyLine}: no speaker turns found; a transcript needs lines like "AGC 2: what was said" (interviewer labels: ${labels})`,
      }),
    )
  const speakers: Speaker[] = []
  for (const t of turns)
    if (!t.interviewer && !speakers.some((s) => s.label === t.speaker))
      speakers.push({ label: t.speaker, line: t.line })
  if (speakers.length === 0)
    return Exit.fail(
      new BadInput({
        reason: "no-participant-speech",
        file,
        line: turns[0]!.line,
        message: `${file}:${turns[0]!.line}: no participant speech: all ${turns.length} turn(s) are the interviewer's (${labels}); set "interviewerLabels" in valuelens.json if a participant's label is among them`,
      }),
    )
  const metadata = Records.empty<unknown>()
  for (const [k, v] of Object.entries(fm.data)) if (!KNOWN.has(k)) metadata[k] = v
  const fields: ParticipantFields = {
    group: f.group,
    organisation: f.organisation,
    location: f.location,
    country: f.country,
    attributes: Records.fromEntries(Object.entries(f.attributes ?? {})),
  }
  return Exit.succeed({
    text: fm.body,
    turns,
    ...(participantId
      ? { participant: { id: participantId, line: Records.get(fm.lines, "participant") ?? 1 } }
      : {}),
    fields,
    fieldLines: fm.lines,
    speakers,
    title: f.title,
    date: f.date,
    language: f.language,
    country: f.country,
    year: f.year,
    metadata,
  })
}
