/**
 * The demo study end to end, through the packages' public APIs: a project with the value-deficit framework and
 * the Malaysia and Philippines plugins; the fictional corpus imported; auto-coded; suggestions at or above a
 * score accepted as a stand-in for a person's review; a second coder's codes added; saturation, agreement,
 * triangulation and the MYS–PHL comparison computed; and the report written in every format.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  Agreement,
  Analyses,
  AutoCoder,
  Lexicon,
  Links,
  Manual,
  ModelEngine,
  Review,
} from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Ingest } from "@valuelens/ingest"
import { buildFindings, Gather, Report, type ReportError } from "@valuelens/report"
import type { RunKind, StoreError } from "@valuelens/store"
import { Project as Triangulation } from "@valuelens/triangulation"
import { Effect } from "effect"
import { createProject } from "./Workspace.js"

/** The corpus shipped in the repository, next to the CLI's package. */
export const DEFAULT_CORPUS = fileURLToPath(
  new URL("../../../examples/malaysia-value-deficits", import.meta.url),
)

/** The launcher at the repository's root (`bin/valuelens`), which runs the CLI on Node 24 whatever Node the shell has. */
export const LAUNCHER = fileURLToPath(new URL("../../../bin/valuelens", import.meta.url))

export const PLUGINS = ["framework-value-deficits", "country-malaysia", "country-philippines"]

/** The second coder's id in the project. */
export const SECOND_CODER = "coder-b"

export const FORMATS = ["md", "html", "json", "csv", "docx"] as const

export interface DemoOptions {
  readonly corpus: string
  /** Suggestions scoring at least this are accepted without review (the documented stand-in). */
  readonly acceptAbove: number
  readonly onStep?: (done: number, total: number, label: string) => void
}

export interface DemoResult {
  readonly project: string
  readonly reports: Record<(typeof FORMATS)[number], ReadonlyArray<string>>
  readonly comparison: string
  readonly counts: Record<string, number>
  readonly suggestions: number
  readonly accepted: number
  readonly secondCoder: number
  readonly saturation: string
  readonly agreement: { readonly alpha: number | null; readonly kappa: number | null; readonly units: number }
  readonly verdicts: Record<string, number>
}

const STEPS = 9

/** Reads `second-coder.csv` (`file,turn,code`, turns 0-based counting the interviewer's). */
export const readSecondCoder = (
  file: string,
): Effect.Effect<Array<{ file: string; turn: number; code: string }>, BadInput> =>
  Effect.try({
    try: () =>
      readFileSync(file, "utf8")
        .split("\n")
        .slice(1)
        .filter((l) => l.trim() !== "")
        .map((line, i) => {
          const [f, t, c] = line.split(",")
          const turn = Number(t)
          if (!f || !c || !Number.isInteger(turn))
            throw new Error(`line ${i + 2}: expected file,turn,code, got "${line}"`)
          return { file: f, turn, code: c.trim() }
        }),
    catch: (e) =>
      new BadInput({
        reason: "invalid-csv",
        file,
        message: `${file}: ${e instanceof Error ? e.message : String(e)}`,
      }),
  })

export const run = (
  dir: string,
  options: DemoOptions,
): Effect.Effect<DemoResult, BadInput | StoreError | ReportError> =>
  Effect.gen(function* () {
    const step = (n: number, label: string) => options.onStep?.(n, STEPS, label)
    for (const part of ["transcripts", "documents", "second-coder.csv"])
      if (!existsSync(join(options.corpus, part)))
        return yield* new BadInput({
          reason: "missing-corpus",
          file: join(options.corpus, part),
          message: `the demo corpus is incomplete: ${join(options.corpus, part)} is missing (give the corpus folder with --corpus)`,
        })
    const projectDir = join(dir, "project")
    step(0, "creating the project")
    const { project, registry } = yield* createProject(projectDir, {
      name: "Malaysia value deficits (demo)",
      plugins: PLUGINS,
    })
    const { store } = project
    return yield* Effect.gen(function* () {
      step(1, "importing the corpus")
      yield* store.transaction((tx) =>
        Ingest.importPaths(tx, [join(options.corpus, "transcripts"), join(options.corpus, "documents")]),
      )

      step(2, "auto-coding")
      const rules = yield* Lexicon.compile(Lexicon.fromPlugins(registry.plugins))
      const coded = yield* AutoCoder.run(store, rules, {
        links: Links.fromFramework(ModelEngine.frameworkOf(registry.plugins)),
      })
      const accepted = yield* store.transaction((tx) =>
        Review.acceptAll(tx, { minScore: options.acceptAbove }),
      )

      step(3, "adding the second coder's codes")
      const rows = yield* readSecondCoder(join(options.corpus, "second-coder.csv"))
      const sources = yield* store.sources.list()
      const byFile = new Map(sources.map((s) => [s.fileName ?? "", s.id]))
      yield* store.coders.ensure({ id: SECOND_CODER, name: "Second coder (demo)", engine: false })
      yield* store.transaction((tx) =>
        Effect.forEach(
          rows,
          (r) => {
            const sourceId = byFile.get(basename(r.file))
            if (!sourceId)
              return Effect.fail(
                new BadInput({
                  reason: "unknown-source",
                  file: r.file,
                  message: `second-coder.csv names ${r.file}, which the corpus does not have`,
                }),
              )
            return Manual.codeTurn(tx, { sourceId, turn: r.turn, codeId: r.code, coderId: SECOND_CODER })
          },
          { discard: true },
        ),
      )

      step(4, "saturation")
      const acceptedRows = yield* store.codings.rows({ status: ["accepted"] })
      const saturation = Analyses.saturation(
        Analyses.interviewsInOrder(yield* store.sources.list("interview"), acceptedRows),
      )
      // the demo's analyses are recorded runs named "demo", which its report shows
      const record = (kind: RunKind, parameters: unknown, result: unknown) =>
        store.runs.save({ kind, name: "demo", at: new Date().toISOString(), parameters, result })
      yield* record("saturation", { order: "import", baseSize: 4, runLength: 2, threshold: 0.05 }, saturation)

      step(5, "agreement between the auto-coder and the second coder")
      const agreementOptions = { coders: [AutoCoder.CODER.id, SECOND_CODER], unit: "turn" as const }
      const agreement = yield* Agreement.compute(store, agreementOptions)
      yield* record("agreement", agreementOptions, Agreement.figures(agreement))

      step(6, "triangulation and the country comparison")
      const triangulation = yield* Triangulation.run(store, registry)
      yield* record("triangulation", {}, triangulation)
      const comparison = yield* Triangulation.compare(store, registry, { countries: ["MYS", "PHL"] })
      const comparisonFile = join(dir, "comparison-MYS-PHL.json")
      yield* Effect.sync(() => writeFileSync(comparisonFile, `${JSON.stringify(comparison, null, 2)}\n`))

      step(7, "writing the reports")
      const findings = yield* buildFindings(
        { project, registry },
        yield* Gather.analyses({ project, registry }),
      )
      const reports = {} as Record<(typeof FORMATS)[number], ReadonlyArray<string>>
      for (const format of FORMATS)
        reports[format] = yield* Report.write(
          format,
          findings,
          join(dir, "report", format === "csv" ? "tables" : `report.${format}`),
        )

      step(8, "done")
      const verdicts: Record<string, number> = {}
      for (const t of triangulation.themes)
        for (const v of t.verdicts) verdicts[v.verdict] = (verdicts[v.verdict] ?? 0) + 1
      return {
        project: projectDir,
        reports,
        comparison: comparisonFile,
        counts: yield* store.counts(),
        suggestions: coded.suggestions,
        accepted,
        secondCoder: rows.length,
        saturation: saturation.verdict,
        agreement: {
          alpha: agreement.overall.alpha?.value ?? null,
          kappa: agreement.overall.kappa?.value ?? null,
          units: agreement.units,
        },
        verdicts,
      }
    }).pipe(Effect.ensuring(store.close()))
  })
