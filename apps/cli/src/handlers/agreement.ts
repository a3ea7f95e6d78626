import { readFile } from "node:fs/promises"
import { Agreement, Reliability } from "@valuelens/coding"
import { BadInput, Text, UsageError } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/agreement.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Runs from "../Runs.js"
import { withProject } from "../Workspace.js"

const names: Record<Reliability.Measure, string> = {
  alpha: "Krippendorff's alpha",
  cohen: "Cohen's kappa",
  fleiss: "Fleiss' kappa",
  scott: "Scott's pi",
  percent: "percent agreement",
}

const fmt = (r: Reliability.Result | undefined) =>
  r === undefined ? "" : r.value === null ? "undefined" : r.value.toFixed(3)

const readText = (file: string) =>
  Effect.tryPromise({
    try: () => readFile(file),
    catch: (e) =>
      new BadInput({
        reason: "unreadable-file",
        file,
        message:
          (e as NodeJS.ErrnoException).code === "ENOENT"
            ? `${file}: no such file`
            : `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      }),
  }).pipe(Effect.flatMap((bytes) => Text.decode(bytes, file)))

type MeasureFlag = "alpha" | "kappa" | "cohen" | "fleiss" | "scott" | "percent" | "all"

/** `--data FILE`: one coefficient over a coders × units matrix. */
const fromMatrix = (
  file: string,
  flags: {
    measure: MeasureFlag
    level: Option.Option<Reliability.Level>
    weights: Option.Option<"linear" | "quadratic">
    bootstrap: Option.Option<number>
    seed: number
    json: boolean
  },
) =>
  Effect.gen(function* () {
    if (flags.measure === "all")
      return yield* new UsageError({
        message:
          "--measure all is for project agreement; with --data choose alpha, cohen, fleiss, scott or percent",
      })
    const text = yield* readText(file)
    let measure: Reliability.Measure =
      flags.measure === "kappa" ? "fleiss" : (flags.measure as Exclude<MeasureFlag, "kappa" | "all">)
    const level = Option.getOrElse(flags.level, () => "nominal" as const)
    if (Option.isSome(flags.level) && measure !== "alpha")
      return yield* new UsageError({ message: "--level applies to --measure alpha" })
    const matrix = yield* Reliability.readMatrix(text, file, { measure, level })
    // plain "kappa" means Cohen's for two coders, Fleiss' for more
    if (flags.measure === "kappa" && matrix.length === 2) measure = "cohen"
    if (Option.isSome(flags.weights) && measure !== "cohen")
      return yield* new UsageError({ message: "--weights applies to Cohen's kappa (--measure cohen)" })
    if (Option.isSome(flags.bootstrap) && measure !== "alpha")
      return yield* new UsageError({ message: "--bootstrap applies to --measure alpha" })
    const weights = Option.getOrElse(flags.weights, () => "none" as const)
    const result: Reliability.Result =
      measure === "alpha"
        ? Reliability.krippendorffAlpha(matrix, { level })
        : measure === "cohen"
          ? Reliability.cohenKappa(matrix, { weights })
          : measure === "fleiss"
            ? Reliability.fleissKappa(matrix)
            : measure === "scott"
              ? Reliability.scottPi(matrix)
              : Reliability.percentAgreement(matrix)
    const interval = Option.isSome(flags.bootstrap)
      ? Reliability.alphaBootstrap(matrix, { level, draws: flags.bootstrap.value, seed: flags.seed })
      : undefined
    const out = {
      measure,
      level: measure === "cohen" && weights !== "none" ? "ordinal" : result.level,
      value: result.value,
      units: result.units,
      pairable: result.pairable,
      ...(result.reason === undefined ? {} : { reason: result.reason }),
      ...(measure === "cohen" ? { weights } : {}),
      ...(interval
        ? {
            interval: {
              method: interval.method,
              confidence: interval.confidence,
              lower: interval.lower,
              upper: interval.upper,
              draws: interval.draws,
              defined: interval.defined,
              seed: interval.seed,
            },
          }
        : {}),
    }
    yield* Output.result(flags.json, out, () => {
      const what = `${names[measure]}${measure === "alpha" ? ` (${level})` : ""}${measure === "cohen" && weights !== "none" ? ` (${weights} weights)` : ""}`
      const lines = [
        `${what}: ${fmt(result)} over ${result.units} units, ${result.pairable} pairable values`,
        ...(result.reason ? [`  ${result.reason}`] : []),
        ...(interval && interval.lower !== null
          ? [
              `  ${Math.round(interval.confidence * 100)}% bootstrap interval [${interval.lower.toFixed(3)}, ${interval.upper!.toFixed(3)}] (${interval.defined} of ${interval.draws} samples, seed ${interval.seed})`,
            ]
          : []),
      ]
      return lines.join("\n")
    })
  })

const SHOWN = 20

/** `--coders A,B`: agreement between a project's coders, per code and overall. */
const fromProject = (
  dir: string,
  flags: {
    coders: ReadonlyArray<string>
    unit: Agreement.UnitKind
    codes: ReadonlyArray<string>
    measure: MeasureFlag
    json: boolean
    save: Option.Option<string>
  },
) =>
  Effect.gen(function* () {
    if (
      flags.measure !== "all" &&
      !(Agreement.agreementMeasures as ReadonlyArray<string>).includes(flags.measure)
    )
      return yield* new UsageError({
        message: `project agreement reports alpha, kappa, percent or all, not ${flags.measure} (use --data FILE for a matrix)`,
      })
    const measures =
      flags.measure === "all" ? Agreement.agreementMeasures : [flags.measure as Agreement.AgreementMeasure]
    const report = yield* withProject(dir, (p) =>
      Effect.gen(function* () {
        const options = {
          coders: flags.coders,
          unit: flags.unit,
          measures,
          ...(flags.codes.length > 0 ? { codes: flags.codes } : {}),
        }
        const r = yield* Agreement.compute(p.store, options)
        yield* Runs.save(p.store, flags.save, "agreement", options, Agreement.figures(r))
        return r
      }),
    )
    yield* Output.result(flags.json, report, () => {
      const header = ["code", ...measures.map((m) => (m === "percent" ? "%agree" : m)), "units", "pairable"]
      const row = (name: string, c: Agreement.Coefficients) => {
        const first = c.alpha ?? c.kappa ?? c.percent
        return [name, ...measures.map((m) => fmt(c[m])), first?.units ?? 0, first?.pairable ?? 0]
      }
      const lines = [
        `Agreement between ${report.coders.join(", ")} over ${report.units} ${report.unit} units (alpha: Krippendorff's, nominal; kappa: ${report.coders.length === 2 ? "Cohen's" : "Fleiss'"})`,
        Output.table(header, [
          ...report.perCode.map((c) => row(c.codeName, c)),
          row("overall", report.overall),
        ]),
      ]
      if (report.disagreements.length > 0) {
        lines.push("", `Disagreements (${report.disagreements.length}):`)
        for (const d of report.disagreements.slice(0, SHOWN)) {
          const excerpt = d.text.length > 100 ? `${d.text.slice(0, 97)}...` : d.text
          lines.push(`  ${d.sourceTitle} #${d.unit}: ${excerpt.replaceAll("\n", " ")}`)
          for (const [coder, codes] of Object.entries(d.codes))
            lines.push(
              `    ${coder}: ${codes === null ? "(did not code this source)" : codes.join(", ") || "(no code)"}`,
            )
        }
        if (report.disagreements.length > SHOWN)
          lines.push(`  ... and ${report.disagreements.length - SHOWN} more (--json lists all)`)
      }
      return lines.join("\n")
    })
  })

export const run = (f: Input<typeof config>) =>
  Option.match(f.data, {
    onSome: (file) =>
      f.coders.length > 0
        ? Effect.fail(new UsageError({ message: "give either --data FILE or --coders A,B, not both" }))
        : fromMatrix(file, {
            measure: Option.getOrElse(f.measure, () => "alpha" as const),
            level: f.level,
            weights: f.weights,
            bootstrap: f.bootstrap,
            seed: f.seed,
            json: f.json,
          }),
    onNone: () =>
      f.coders.length === 0
        ? Effect.fail(
            new UsageError({ message: "give --coders A,B (a project's coders) or --data FILE (a matrix)" }),
          )
        : Option.isSome(f.level) || Option.isSome(f.weights) || Option.isSome(f.bootstrap)
          ? Effect.fail(
              new UsageError({ message: "--level, --weights and --bootstrap apply to --data FILE" }),
            )
          : fromProject(f.project, {
              coders: f.coders,
              unit: f.unit,
              codes: f.codes,
              measure: Option.getOrElse(f.measure, () => "all" as const),
              json: f.json,
              save: f.save,
            }),
  })
