/**
 * REFI-QDA import for `valuelens import`: a .qdpx project, a bare .qde or a .qdc codebook, written in one
 * transaction (nested in the caller's when there is one, so a batch of files lands whole or not at all).
 */
import { type BadInput, Limits } from "@valuelens/core"
import { Import } from "@valuelens/refi"
import type { Project, StoreError } from "@valuelens/store"
import type { Effect } from "effect"

/** The file extensions this importer takes. */
export const refiExtensions = [".qdpx", ".qde", ".qdc"] as const

export const importRefiFile = (
  project: Project.Project,
  file: string,
  options: { readonly allowAbsolute?: boolean } = {},
): Effect.Effect<Import.Summary, BadInput | StoreError> =>
  Import.importFile(project.store, file, { ...options, limits: Limits.resolve(project.config.limits) })

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** A few lines a researcher can read: what came in, what was already there, what was left out and why. */
export const describeSummary = (s: Import.Summary): string => {
  const lines = [
    `${s.file} (${s.format}, from ${s.origin ?? "an unnamed program"})`,
    `  added: ${plural(s.added.codes, "code")}, ${plural(s.added.coders, "coder")}, ${plural(s.added.participants, "participant")}, ${plural(s.added.sources, "source")}, ${plural(s.added.segments, "segment")}, ${plural(s.added.codings, "coding")}, ${plural(s.added.memos, "memo")}`,
  ]
  const reused = Object.entries(s.reused).filter(([, n]) => n > 0)
  if (reused.length > 0)
    lines.push(`  already in the project: ${reused.map(([k, n]) => `${n} ${k}`).join(", ")}`)
  const media = Object.entries(s.skipped.sources).filter(([k, n]) => k !== "missingText" && n > 0)
  if (media.length > 0)
    lines.push(
      `  skipped (ValueLens codes text only): ${media.map(([k, n]) => `${n} ${k}`).join(", ")} source(s) with ${plural(
        s.skipped.selections.pdf +
          s.skipped.selections.picture +
          s.skipped.selections.audio +
          s.skipped.selections.video +
          s.skipped.selections.transcript,
        "selection",
      )}`,
    )
  if (s.skipped.sources.missingText > 0)
    lines.push(
      `  skipped: ${plural(s.skipped.sources.missingText, "text source")} whose text is missing, with ${plural(s.skipped.selections.missingSource, "selection")}`,
    )
  if (s.skipped.codings > 0) lines.push(`  codings not imported: ${s.skipped.codings} of ${s.found.codings}`)
  if (s.skipped.selections.empty > 0) lines.push(`  empty selections skipped: ${s.skipped.selections.empty}`)
  const other = [
    s.skipped.sets > 0 ? plural(s.skipped.sets, "set") : "",
    s.skipped.graphs > 0 ? plural(s.skipped.graphs, "graph") : "",
    s.skipped.links > 0 ? plural(s.skipped.links, "link") : "",
  ].filter((x) => x !== "")
  if (other.length > 0) lines.push(`  not imported (no ValueLens equivalent): ${other.join(", ")}`)
  if (s.missing.length > 0)
    lines.push(
      `  missing from the file: ${plural(s.missing.length, "source file")}`,
      ...s.missing.map((m) => `    ${m}`),
    )
  for (const w of s.warnings) lines.push(`  note: ${w}`)
  return lines.join("\n")
}
