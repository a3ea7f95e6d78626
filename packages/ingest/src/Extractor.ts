/**
 * The one interface every file format implements: bytes in, normalised text out (and, for paged formats, where
 * each page starts). A new format is one new folder with an `Extractor`; the readers for transcripts, documents,
 * statistics and rosters work on the extracted text and never see the format.
 */
import type { BadInput, Limits } from "@valuelens/core"
import type { Effect } from "effect"

/** A page of extracted text: 1-based number, code point offsets into the extracted text, end-exclusive. */
export interface PageSpan {
  readonly number: number
  readonly start: number
  readonly end: number
}

export interface Extracted {
  /** Normalised text (`Text.normalise`): `\n` line ends, NFC. */
  readonly text: string
  /** Present for paged formats (PDF). */
  readonly pages?: ReadonlyArray<PageSpan>
  /** Whether the format can carry YAML front matter at the top of its text. */
  readonly frontMatter: boolean
  /** What a line number in an error message counts ("line", or "paragraph" for Word files). */
  readonly lineUnit: "line" | "paragraph"
}

export interface Extractor {
  /** Short name used in messages: `text`, `docx`, `pdf`. */
  readonly format: string
  /** Lower-case file extensions with the dot: `.txt`. */
  readonly extensions: ReadonlyArray<string>
  /** Reads the bytes within the limits (unpacked bytes, pages, text per page), refusing what exceeds them. */
  readonly extract: (
    bytes: Uint8Array,
    file: string,
    limits: Limits.Limits,
  ) => Effect.Effect<Extracted, BadInput>
}
