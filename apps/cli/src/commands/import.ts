import { extname } from "node:path"
import { BadInput, type SourceKind } from "@valuelens/core"
import { Files, Ingest } from "@valuelens/ingest"
import type { Store, StoreError } from "@valuelens/store"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export interface ImportRequest {
  readonly paths: ReadonlyArray<string>
  readonly kind: SourceKind | undefined
  readonly rosters: ReadonlyArray<string>
  readonly replace: boolean
  readonly interviewerLabels: ReadonlyArray<string> | undefined
  readonly onProgress: (done: number, total: number) => void
}

/** Imports the paths routed to it and says what it did, for the summary. */
export type ImportHandler = (
  store: Store,
  request: ImportRequest,
) => Effect.Effect<Ingest.Summary, BadInput | StoreError>

const refiPending: ImportHandler = (_store, request) =>
  Effect.fail(
    new BadInput({
      reason: "unsupported-file-type",
      file: request.paths[0],
      message: `${request.paths.join(", ")}: REFI-QDA files need @valuelens/refi, which this build does not include`,
    }),
  )

const ingest: ImportHandler = (store, r) =>
  Ingest.importPaths(store, r.paths, {
    kind: r.kind,
    rosters: r.rosters,
    replace: r.replace,
    interviewerLabels: r.interviewerLabels,
    onProgress: r.onProgress,
  })

/**
 * Which handler imports a path, by extension; everything else (folders included) goes to the readers of
 * @valuelens/ingest.
 */
export const handlers: ReadonlyArray<{
  readonly extensions: ReadonlyArray<string>
  readonly run: ImportHandler
}> = [{ extensions: [".qdpx", ".qde", ".qdc"], run: refiPending }]

const handlerFor = (path: string): ImportHandler =>
  handlers.find((h) => h.extensions.includes(extname(path).toLowerCase()))?.run ?? ingest

const extensions = new Set([...Ingest.extensions, ...handlers.flatMap((h) => h.extensions)])

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

const add = (a: Ingest.Summary, b: Ingest.Summary): Ingest.Summary => ({
  files: a.files + b.files,
  counts: {
    interview: a.counts.interview + b.counts.interview,
    document: a.counts.document + b.counts.document,
    statistics: a.counts.statistics + b.counts.statistics,
  },
  observations: a.observations + b.observations,
  participantsCreated: [...a.participantsCreated, ...b.participantsCreated],
  participantsUpdated: [...a.participantsUpdated, ...b.participantsUpdated],
  skippedDuplicates: [...a.skippedDuplicates, ...b.skippedDuplicates],
  replaced: [...a.replaced, ...b.replaced],
  ignored: [...a.ignored, ...b.ignored],
  sources: [...a.sources, ...b.sources],
})

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
    project: Flags.project,
    json: Flags.json,
  },
  ({ paths, kind, roster, replace, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        // folders are expanded here, so a REFI-QDA file inside one reaches its handler too
        const found = yield* Files.collect(paths, extensions)
        const groups = new Map<ImportHandler, string[]>()
        for (const file of found.files) {
          const h = handlerFor(file.display)
          groups.set(h, [...(groups.get(h) ?? []), file.display])
        }
        let shown: ReturnType<typeof Output.progress> | undefined
        const onProgress = (done: number, total: number) => {
          shown ??= Output.progress("reading", total)
          shown.tick(done)
        }
        // one transaction around every handler: a later failure undoes an earlier handler's writes
        const summaries = yield* p.store
          .transaction((tx) =>
            Effect.forEach([...groups], ([run, group]) =>
              run(tx, {
                paths: group,
                kind: Option.getOrUndefined(kind),
                rosters: Option.toArray(roster),
                replace,
                interviewerLabels: p.config.interviewerLabels,
                onProgress,
              }),
            ),
          )
          .pipe(Effect.ensuring(Effect.sync(() => shown?.end())))
        const summary = { ...summaries.reduce(add, empty), ignored: found.ignored }
        yield* Output.result(json, summary, () => describe(summary))
      }),
    ),
).pipe(
  Command.withDescription("import transcripts, documents and statistics (files or folders) into the project"),
)
