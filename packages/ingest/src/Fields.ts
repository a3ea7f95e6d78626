/**
 * Decoding metadata (front matter, sidecar JSON, CSV rows) with Effect Schemas, and turning the first problem
 * into a `BadInput` that names the file, the line and the field.
 */
import { BadInput, DocumentType, Iso3, ParticipantGroup, participantGroups } from "@valuelens/core"
import { Exit, Schema, SchemaIssue } from "effect"
import type { IngestReason } from "./Reasons.js"

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** Where the fields came from, for messages. */
export interface Place {
  readonly file: string
  /** Line of each field (front matter) or of the whole record (CSV row). */
  readonly line?: (field: string | undefined) => number | undefined
  /** "line", "paragraph" or "row". */
  readonly unit?: string
}

export const Optional = Schema.optional(Schema.String)

/** A whole number written as text (values are read as text first: `year: 2021` is "2021"). */
export const IntFromText = Schema.NumberFromString.check(Schema.isInt({ message: "expected a whole number" }))

export const Group = ParticipantGroup.annotate({
  message: `expected one of ${participantGroups.join(", ")}`,
})

export const Country = Iso3

export const DocType = DocumentType.annotate({
  message: `expected one of ${DocumentType.literals.join(", ")}`,
})

/** Passes a failure on as the failure of a result of another type. */
export const propagate = <A>(failure: Exit.Failure<unknown, BadInput>): Exit.Exit<A, BadInput> =>
  failure as unknown as Exit.Exit<A, BadInput>

/** Decodes `input` with `schema`; the first problem becomes a `BadInput` naming the file, line and field. */
export const decode = <S extends Schema.Top>(
  schema: S,
  input: unknown,
  place: Place,
  reason: IngestReason,
): Exit.Exit<S["Type"], BadInput> => {
  const exit = Schema.decodeUnknownExit(schema as never)(input, { errors: "first" }) as Exit.Exit<
    S["Type"],
    Schema.SchemaError
  >
  if (Exit.isSuccess(exit)) return exit as unknown as Exit.Exit<S["Type"], BadInput>
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  const issue = failure && failure._tag === "Fail" ? formatter(failure.error.issue).issues[0] : undefined
  const field = issue?.path?.[0] === undefined ? undefined : String(issue.path[0])
  const line = place.line?.(field)
  const value =
    field !== undefined && typeof input === "object" && input !== null
      ? (input as Record<string, unknown>)[field]
      : undefined
  const shown = value === undefined || value === null ? "" : ` (got ${JSON.stringify(value)})`
  const at = line === undefined ? place.file : `${place.file}:${line}`
  // Word files have no lines to speak of; say which paragraph
  const unitText = line !== undefined && place.unit === "paragraph" ? ` paragraph ${line},` : ""
  return Exit.fail(
    new BadInput({
      reason,
      file: place.file,
      line,
      field,
      message: `${at}:${unitText} ${field ?? "value"}: ${issue?.message ?? "invalid"}${shown}`,
    }),
  )
}
