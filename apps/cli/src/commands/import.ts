import { extname } from "node:path"
import { Limits } from "@valuelens/core"
import { Files, Ingest } from "@valuelens/ingest"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"
import { describeSummary, importRefiFile, refiExtensions } from "./import-refi.js"

/**
 * REFI-QDA projects and codebooks go to @valuelens/refi; every other file (folders are expanded first) to the
 * readers of @valuelens/ingest.
 */
const isRefi = (path: string) =>
  (refiExtensions as ReadonlyArray<string>).includes(extname(path).toLowerCase())

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
    for (const l of r.lost)
      lines.push(
        `  could not keep segment ${l.start}-${l.end} "${l.text.length > 60 ? `${l.text.slice(0, 57)}...` : l.text}" (${plural(l.codings, "coding")}: ${l.codes.join(", ")}): its text is no longer in the file`,
      )
  }
  if (s.ignored.length > 0)
    lines.push(`Ignored ${plural(s.ignored.length, "file")} of other types: ${s.ignored.join(", ")}`)
  return lines.join("\n")
}

export const importCommand = Command.make(
  "import",
  {
    paths: Argument.String("path").pipe(
      Argument.withDescription("files or folders (folders are read recursively)"),
      Argument.variadic({ min: 1 }),
    ),
    kind: Flag.Literals("kind", ["interview", "document", "statistics"]).pipe(
      Flag.withDescription("import every file as this kind (default: from the extension and front matter)"),
      Flag.optional,
    ),
    roster: Flag.String("roster").pipe(
      Flag.withDescription("a roster CSV: participant,group,organisation,location,country,…"),
      Flag.optional,
    ),
    replace: Flag.Boolean("replace").pipe(
      Flag.withDescription("a changed file with an imported file's name becomes its new version"),
      Flag.withDefault(false),
    ),
    allowAbsolute: Flag.Boolean("allow-absolute").pipe(
      Flag.withDescription("let a REFI-QDA project read absolute:// sources from anywhere on this machine"),
      Flag.withDefault(false),
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ paths, kind, roster, replace, allowAbsolute, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        // folders are expanded here, so a REFI-QDA file inside one reaches its importer too
        const found = yield* Files.collect(paths, extensions)
        const refiFiles = found.files.map((f) => f.display).filter(isRefi)
        const textFiles = found.files.map((f) => f.display).filter((f) => !isRefi(f))
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
              Effect.forEach(refiFiles, (file) =>
                importRefiFile({ ...p, store: tx }, file, { allowAbsolute }),
              ),
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
    ),
).pipe(
  Command.withDescription("import transcripts, documents and statistics (files or folders) into the project"),
)
