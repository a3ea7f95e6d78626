/**
 * The domain model (DESIGN §2) as Effect Schemas; each type is the schema's decoded `Type`. Offsets are code
 * points into a source's normalised text, end-exclusive (see `Text`).
 */
import { Schema } from "effect"
import * as Limits from "./Limits.js"

export const ParticipantGroup = Schema.Literals([
  "government",
  "enforcement",
  "academic",
  "ngo",
  "international-organisation",
  "shelter",
  "survivor",
  "other",
])
export type ParticipantGroup = typeof ParticipantGroup.Type
export const participantGroups: ReadonlyArray<ParticipantGroup> = ParticipantGroup.literals

/** ISO 3166-1 alpha-3 country code, upper case (`MYS`, `PHL`). */
export const Iso3 = Schema.String.check(
  Schema.isPattern(/^[A-Z]{3}$/, { message: "expected an ISO3 code such as MYS" }),
)

const Attributes = Schema.Record(Schema.String, Schema.String)

/** A person interviewed; `id` is the label findings cite, such as `AGC 1` or `UUM Academic 1`. */
export const Participant = Schema.Struct({
  id: Schema.NonEmptyString,
  group: ParticipantGroup,
  organisation: Schema.optional(Schema.String),
  location: Schema.optional(Schema.String),
  country: Schema.optional(Iso3),
  /** Free attributes, REFI's case variables. */
  attributes: Attributes,
})
export type Participant = typeof Participant.Type

export const SourceKind = Schema.Literals(["interview", "document", "statistics"])
export type SourceKind = typeof SourceKind.Type

export const DocumentType = Schema.Literals([
  "tip-report",
  "legislation",
  "action-plan",
  "statistics",
  "court-record",
  "media",
  "other",
])
export type DocumentType = typeof DocumentType.Type

export const Source = Schema.Struct({
  id: Schema.NonEmptyString,
  kind: SourceKind,
  title: Schema.String,
  /** Normalised text (see `Text.normalise`). */
  text: Schema.String,
  /** SHA-256 of the normalised text, hex: the source's identity (`SourceIdentity.hash`). */
  hash: Schema.String,
  /** File name the source was imported from, when there was one. */
  fileName: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  country: Schema.optional(Iso3),
  year: Schema.optional(Schema.Int),
  date: Schema.optional(Schema.String),
  participantId: Schema.optional(Schema.String),
  documentType: Schema.optional(DocumentType),
  metadata: Schema.Record(Schema.String, Schema.Unknown),
  /** Order of import, for saturation in import order. */
  position: Schema.Int,
  importedAt: Schema.String,
})
export type Source = typeof Source.Type

/** One speaker turn of an interview. Interviewer turns are kept but never count as evidence. */
export const Turn = Schema.Struct({
  sourceId: Schema.String,
  index: Schema.Int,
  speaker: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  interviewer: Schema.Boolean,
})
export type Turn = typeof Turn.Type

/** A page of a document imported from PDF, so a segment can be cited with its page. */
export const Page = Schema.Struct({
  sourceId: Schema.String,
  number: Schema.Int,
  start: Schema.Int,
  end: Schema.Int,
})
export type Page = typeof Page.Type

/** A quotation: a span of a source. Segments may overlap. */
export const Segment = Schema.Struct({
  id: Schema.NonEmptyString,
  sourceId: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  text: Schema.String,
})
export type Segment = typeof Segment.Type

export const CodeKind = Schema.Literals(["value", "factor", "area", "free"])
export type CodeKind = typeof CodeKind.Type

export const Code = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.String,
  description: Schema.optional(Schema.String),
  colour: Schema.optional(Schema.String),
  parentId: Schema.optional(Schema.String),
  kind: CodeKind,
  /** Namespace of the plugin that owns the code; absent for codes a researcher made. */
  plugin: Schema.optional(Schema.String),
})
export type Code = typeof Code.Type

export const CodingStatus = Schema.Literals(["suggested", "accepted", "rejected"])
export type CodingStatus = typeof CodingStatus.Type

/** `manual`, `rule:<ruleId>`, `model:<modelId>` or `import:<tool>`. */
export const CodingOrigin = Schema.String.check(
  Schema.isPattern(/^(manual|(rule|model|import):.+)$/, {
    message: "expected manual, rule:<id>, model:<id> or import:<tool>",
  }),
)

/** Why an engine proposed a coding: the matched terms and where they matched (code points). */
export const Explanation = Schema.Struct({
  matches: Schema.Array(
    Schema.Struct({ term: Schema.String, rule: Schema.String, start: Schema.Int, end: Schema.Int }),
  ),
  note: Schema.optional(Schema.String),
})
export type Explanation = typeof Explanation.Type

export const Coding = Schema.Struct({
  id: Schema.NonEmptyString,
  segmentId: Schema.String,
  codeId: Schema.String,
  coderId: Schema.String,
  status: CodingStatus,
  origin: CodingOrigin,
  score: Schema.optional(Schema.Number),
  explanation: Schema.optional(Explanation),
  createdAt: Schema.String,
  updatedAt: Schema.String,
})
export type Coding = typeof Coding.Type

/** Humans and engines alike (`rules`, `model`), so their agreement is measurable. */
export const Coder = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.String,
  engine: Schema.Boolean,
})
export type Coder = typeof Coder.Type

export const MemoTarget = Schema.Literals(["project", "source", "code", "segment"])
export type MemoTarget = typeof MemoTarget.Type

export const Memo = Schema.Struct({
  id: Schema.NonEmptyString,
  target: MemoTarget,
  /** The id of the source, code or segment; absent for project memos. */
  targetId: Schema.optional(Schema.String),
  title: Schema.optional(Schema.String),
  text: Schema.String,
  author: Schema.String,
  createdAt: Schema.String,
})
export type Memo = typeof Memo.Type

export const Confidence = Schema.Literals(["confirmed", "single-source", "unknown", "estimate"])
export type Confidence = typeof Confidence.Type

/** One statistic: an indicator's value for a country and year, with where it came from. */
export const Observation = Schema.Struct({
  country: Iso3,
  year: Schema.Int,
  /** Indicator key such as `tip.tier`, `enforcement.prosecutions`, `victims.identified`. */
  indicator: Schema.NonEmptyString,
  /** Numbers for counts; strings for categories such as a TIP tier. */
  value: Schema.Union([Schema.Number, Schema.String]),
  unit: Schema.optional(Schema.String),
  source: Schema.String,
  confidence: Schema.optional(Schema.String),
  note: Schema.optional(Schema.String),
})
export type Observation = typeof Observation.Type

/** `valuelens.json`. */
export const ProjectConfig = Schema.Struct({
  name: Schema.String,
  /** Plugins by short name (`country-malaysia`), npm name or relative path, in load order. */
  plugins: Schema.Array(Schema.String),
  storage: Schema.optional(
    Schema.Struct({
      /** SQLite file relative to the project folder (default `valuelens.db`). */
      file: Schema.optional(Schema.String),
      /** `postgres://…` for a shared team server. */
      url: Schema.optional(Schema.String),
    }),
  ),
  /** Speaker labels that mark an interviewer (default: Interviewer, Q, Moderator, I). */
  interviewerLabels: Schema.optional(Schema.Array(Schema.String)),
  /** The size budget for inputs, over the defaults of `Limits`. */
  limits: Schema.optional(Limits.Config),
})
export type ProjectConfig = typeof ProjectConfig.Type
