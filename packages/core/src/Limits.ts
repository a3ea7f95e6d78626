/**
 * The size budget for every input, in one place. Each reader checks its part as early as it can (bytes on disk
 * before reading, unpacked bytes while inflating, page count before extracting text) and refuses with a
 * `BadInput` that names the file, the limit and how to raise it: `"limits": { "<name>": … }` in
 * `valuelens.json`. The defaults take real projects (a 2,000-page report, a 500-interview REFI project) and
 * refuse hostile files within a second and a few hundred megabytes.
 */
import { Schema } from "effect"
import { BadInput } from "./Errors.js"

export interface Limits {
  /** Bytes on disk of one input file (transcript, document, CSV, REFI file, a source beside a `.qde`). */
  readonly fileBytes: number
  /** Bytes an archive (`.docx`, `.qdpx`, a `.docx` inside one) unpacks to, counted while inflating. */
  readonly unpackedBytes: number
  /** Unpacked to packed size of one archive entry larger than 1 MiB (a zip bomb packs far tighter). */
  readonly compressionRatio: number
  /** Entries in one archive. */
  readonly zipEntries: number
  /** Nesting depth of elements in an XML document (`.qde`, `.qdc`, the XML parts of a `.docx`). */
  readonly xmlDepth: number
  /** Bytes of one XML attribute value or one run of text between tags. */
  readonly xmlValueBytes: number
  /** Pages of one PDF, checked before any text is extracted. */
  readonly pdfPages: number
  /** Characters of text on one PDF page. */
  readonly pageChars: number
  /** Speaker turns in one transcript. */
  readonly turns: number
  /** Rows of one CSV file (statistics or roster). */
  readonly csvRows: number
}

const MiB = 1024 * 1024

export const defaults: Limits = {
  fileBytes: 128 * MiB,
  unpackedBytes: 100 * MiB,
  compressionRatio: 200,
  zipEntries: 20_000,
  xmlDepth: 256,
  xmlValueBytes: 16 * MiB,
  pdfPages: 5_000,
  pageChars: 1_000_000,
  turns: 100_000,
  csvRows: 1_000_000,
}

export type Name = keyof Limits

export const names = Object.keys(defaults) as ReadonlyArray<Name>

const Count = Schema.Int.check(Schema.isGreaterThan(0))

/** `limits` in `valuelens.json`: any of the limits, each a whole number above zero. */
export const Config = Schema.Struct({
  fileBytes: Schema.optional(Count),
  unpackedBytes: Schema.optional(Count),
  compressionRatio: Schema.optional(Count),
  zipEntries: Schema.optional(Count),
  xmlDepth: Schema.optional(Count),
  xmlValueBytes: Schema.optional(Count),
  pdfPages: Schema.optional(Count),
  pageChars: Schema.optional(Count),
  turns: Schema.optional(Count),
  csvRows: Schema.optional(Count),
})
export type Config = typeof Config.Type

/** The defaults with a project's own limits over them. */
export const resolve = (config: Config | undefined): Limits => ({ ...defaults, ...config })

/**
 * The error for an input over a limit: `found` says what the file holds ("31000 pages"). The message names the
 * file, the limit and its value, and the setting that raises it.
 */
export const exceeded = (file: string, name: Name, limits: Limits, found: string, field?: string) =>
  new BadInput({
    reason: "limit-exceeded",
    file,
    field: field ?? `limits.${name}`,
    message: `${file}: ${found} is more than the limit ${name} = ${limits[name]}; if the file is genuine, raise it in valuelens.json ("limits": { "${name}": ${suggest(limits[name])} })`,
  })

const suggest = (n: number) => n * 4
