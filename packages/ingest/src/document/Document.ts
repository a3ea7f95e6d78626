/**
 * Documents (reports, legislation, action plans …): the text as extracted, and metadata from front matter or a
 * sidecar `NAME.meta.json` beside the file (title, type, country, year, publisher, language, date). Keys beyond
 * those are kept as metadata.
 */
import { BadInput, type DocumentType, Records } from "@valuelens/core"
import { Exit, Schema } from "effect"
import * as Fields from "../Fields.js"
import { scalarText } from "../FrontMatter.js"

export interface DocumentMeta {
  readonly title?: string | undefined
  readonly type?: DocumentType | undefined
  readonly country?: string | undefined
  readonly year?: number | undefined
  readonly language?: string | undefined
  readonly date?: string | undefined
  /** `publisher` and any other keys. */
  readonly metadata: Readonly<Record<string, unknown>>
}

const Meta = Schema.Struct({
  title: Fields.Optional,
  type: Schema.optional(Fields.DocType),
  country: Schema.optional(Fields.Country),
  year: Schema.optional(Fields.IntFromText),
  language: Fields.Optional,
  date: Fields.Optional,
  publisher: Fields.Optional,
})
const KNOWN = new Set([...Object.keys(Meta.fields), "kind"])

/** Decodes document metadata from front matter or sidecar data; `line` places each key for messages. */
export const meta = (
  data: Readonly<Record<string, unknown>>,
  place: Fields.Place,
): Exit.Exit<DocumentMeta, BadInput> => {
  const known = Records.empty<unknown>()
  const metadata = Records.empty<unknown>()
  for (const [k, v] of Object.entries(data)) {
    if (KNOWN.has(k)) {
      if (v !== null && v !== undefined) known[k] = scalarText(v) ?? v
    } else metadata[k] = v
  }
  const decoded = Fields.decode(Meta, known, place, "invalid-document-metadata")
  if (Exit.isFailure(decoded)) return Fields.propagate(decoded)
  const m = decoded.value
  if (m.publisher !== undefined) metadata.publisher = m.publisher
  return Exit.succeed({
    title: m.title,
    type: m.type,
    country: m.country,
    year: m.year,
    language: m.language,
    date: m.date,
    metadata,
  })
}

/** Parses a sidecar `NAME.meta.json`; a syntax error names its line and column. */
export const sidecar = (text: string, file: string): Exit.Exit<Record<string, unknown>, BadInput> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause)
    const line = Number(/line (\d+)/.exec(why)?.[1] ?? Number.NaN)
    return Exit.fail(
      new BadInput({
        reason: "malformed-sidecar",
        file,
        ...(Number.isFinite(line) ? { line } : {}),
        message: `${file}${Number.isFinite(line) ? `:${line}` : ""}: not valid JSON (${why})`,
      }),
    )
  }
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return Exit.fail(
      new BadInput({
        reason: "malformed-sidecar",
        file,
        message: `${file}: expected a JSON object such as {"title": "…", "type": "tip-report", "country": "MYS", "year": 2023}`,
      }),
    )
  return Exit.succeed(json as Record<string, unknown>)
}
