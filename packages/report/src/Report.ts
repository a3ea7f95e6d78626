/**
 * The renderers by format, and `write`, which renders findings and puts the files where `--out` says: a file
 * for single-file formats, a folder for CSV.
 */
import { mkdir, writeFile } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { renderer as csv } from "./csv/index.js"
import type { Findings } from "./Findings.js"
import { renderer as html } from "./html/index.js"
import { renderer as json } from "./json/index.js"
import { renderer as md } from "./markdown/index.js"
import type { Format, Renderer, RenderOptions, ReportError } from "./Renderer.js"

// the DOCX library is large; load it only when a DOCX is asked for, so every other command starts fast
const docx: Renderer = {
  format: "docx",
  description: "a Word document (headings, tables, quotations in the Quote style)",
  layout: "file",
  extension: ".docx",
  render: (findings, options) =>
    Effect.flatMap(
      Effect.promise(() => import("./docx/index.js")),
      (m) => m.renderer.render(findings, options),
    ),
}

export const renderers: Readonly<Record<Format, Renderer>> = { md, html, json, csv, docx }

/** Renders `findings` as `format` and writes the result under `out`; returns the files written (absolute). */
export const write = (
  format: Format,
  findings: Findings,
  out: string,
  options: RenderOptions = {},
): Effect.Effect<ReadonlyArray<string>, ReportError | BadInput> =>
  Effect.gen(function* () {
    const renderer = renderers[format]
    const files = yield* renderer.render(findings, options)
    const target = resolve(out)
    const paths = files.map((f) => (renderer.layout === "folder" ? join(target, f.path) : target))
    yield* Effect.tryPromise({
      try: async () => {
        await mkdir(renderer.layout === "folder" ? target : dirname(target), { recursive: true })
        for (const [i, f] of files.entries()) await writeFile(paths[i]!, f.content)
      },
      catch: (cause) =>
        new BadInput({
          reason: "cannot-write",
          file: target,
          field: "--out",
          message: `cannot write the report to ${target}: ${cause instanceof Error ? cause.message : String(cause)}`,
        }),
    })
    return paths
  })
