/**
 * The one interface every format implements, one folder each (`markdown/`, `html/`, `json/`, `csv/`,
 * `docx/`): findings in, files out. A new format is one new folder and one entry in `Report.renderers`.
 */

import type { Effect } from "effect"
import { Schema } from "effect"
import type { Findings } from "./Findings.js"
import type { SectionId } from "./Sections.js"

export const formats = ["md", "html", "json", "csv", "docx"] as const
export type Format = (typeof formats)[number]

export interface RenderOptions {
  /** Built-in sections to show, in report order (all when empty or absent). The JSON model always has all. */
  readonly sections?: ReadonlyArray<SectionId>
}

export interface RenderedFile {
  /** Relative to the output: `""` for a single-file format, a file name inside the folder for CSV. */
  readonly path: string
  readonly content: string | Uint8Array
}

export class ReportError extends Schema.TaggedError<ReportError>()("ReportError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Unknown),
}) {}

export interface Renderer {
  readonly format: Format
  /** What it is, for help text. */
  readonly description: string
  /** `file`: `--out` is the file; `folder`: `--out` is a folder the files go into. */
  readonly layout: "file" | "folder"
  /** The usual file extension (`.md`), or `""` for a folder. */
  readonly extension: string
  readonly render: (
    findings: Findings,
    options?: RenderOptions,
  ) => Effect.Effect<ReadonlyArray<RenderedFile>, ReportError>
}
