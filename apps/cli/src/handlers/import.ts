import { extname } from "node:path"
import { Limits } from "@valuelens/core"
import { Files, Ingest } from "@valuelens/ingest"
import { Effect, Option } from "effect"
import type { config } from "../commands/import.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"
import { describeSummary, importRefiFile, refiExtensions } from "./import-refi.js"

/**
 * REFI-QDA projects and codebooks go to @valuelens/refi; every other file (folders are expanded first) to the
 * readers of @valuelens/ingest.
 */
const isRefi = (path: string, codebook: boolean) =>
  (refiExtensions as ReadonlyArray<string>).includes(extname(path).toLowerCase()) ||
  (codebook && extname(path).toLowerCase() === ".csv")

const extensions = new Set<string>([...Ingest.extensions, ...refiExtensions])

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const empty: Ingest.Summary = {
  files: 0,
  counts: { interview: 0, document: 0, statistics: 0 },
  observations: 0,
  participantsCreated: [],
  participantsUpdated: [],
  skippedDuplicates: [],
  replaced: [],
  ignored: [],
  sources: [],
}

const describe = (s: Ingest.Summary): string => {
  const lines = [
    `Imported ${plural(s.counts.interview, "interview")}, ${plural(s.counts.document, "document")}, ${plural(s.counts.statistics, "statistics file")}${s.observations ? ` (${plural(s.observations, "observation")})` : ""}; ${plural(s.participantsCreated.length, "participant")} created${s.participantsUpdated.length ? `, ${s.participantsUpdated.length} updated` : ""}.`,
  ]
  if (s.skippedDuplicates.length > 0) {
    lines.push(`Skipped ${plural(s.skippedDuplicates.length, "duplicate")} (content already imported):`)
    for (const d of s.skippedDuplicates) lines.push(`  ${d.file} (same as ${d.sameAs})`)
  }
  for (const r of s.replaced) {
    lines.push(
      `Replaced ${r.file}: kept ${plural(r.segmentsKept, "segment")} (${r.segmentsMoved} moved) and ${plural(r.codingsKept, "coding")}`,
    )
    for (const l of r.detached)
      lines.push(
        `  detached ${plural(l.codings, "coding")} (${l.codes.join(", ")}) from ${l.start}-${l.end} "${l.text.length > 60 ? `${l.text.slice(0, 57)}...` : l.text}": its words are no longer in the file`,
      )
  }
  if (s.replaced.some((r) => r.detached.length > 0))
    lines.push("Place or drop detached codings with: valuelens code detached list")
  if (s.replaced.length > 0) lines.push("Undo the new versions with: valuelens code undo")
  if (s.ignored.length > 0)
    lines.push(`Ignored ${plural(s.ignored.length, "file")} of other types: ${s.ignored.join(", ")}`)
  return lines.join("\n")
}

export const run = ({
  paths,
  kind,
  roster,
  replace,
  codebook,
  allowAbsolute,
  project,
  json,
}: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      // folders are expanded here, so a REFI-QDA file inside one reaches its importer too
      const found = yield* Files.collect(paths, extensions)
      const refiFiles = found.files.map((f) => f.display).filter((f) => isRefi(f, codebook))
      const textFiles = found.files.map((f) => f.display).filter((f) => !isRefi(f, codebook))
      let shown: ReturnType<typeof Output.progress> | undefined
      const onProgress = (done: number, total: number) => {
        shown ??= Output.progress("reading", total)
        shown.tick(done)
      }
      // one transaction around both importers: a later failure undoes an earlier file's writes
      const [read, refi] = yield* p.store
        .transaction((tx) =>
          Effect.all([
            textFiles.length === 0
              ? Effect.succeed(empty)
              : Ingest.importPaths(tx, textFiles, {
                  kind: Option.getOrUndefined(kind),
                  rosters: Option.toArray(roster),
                  replace,
                  interviewerLabels: p.config.interviewerLabels,
                  limits: Limits.resolve(p.config.limits),
                  onProgress,
                }),
            Effect.forEach(refiFiles, (file) => importRefiFile({ ...p, store: tx }, file, { allowAbsolute })),
          ]),
        )
        .pipe(Effect.ensuring(Effect.sync(() => shown?.end())))
      const summary = { ...read, ignored: found.ignored, refi }
      yield* Output.result(json, summary, () =>
        [
          ...(textFiles.length > 0 || refi.length === 0 ? [describe(summary)] : []),
          ...refi.map(describeSummary),
        ].join("\n"),
      )
    }),
  )
