/**
 * Runs the analyses a report needs over a project and hands them to `buildFindings` as its plain `Analyses`
 * input: the factor → value links and saturation from the coding engine, the last agreement figures the project
 * kept, and triangulation's convergence verdicts and statistical corroboration. The comparison is left to
 * `buildFindings`, which makes it from the project's observations and plugin institutions.
 */
import { type Agreement, Coders, Analyses as Coding } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Registry } from "@valuelens/plugin-api"
import type { RunKind, Store, StoreError } from "@valuelens/store"
import { Project as Triangulation } from "@valuelens/triangulation"
import { Effect } from "effect"
import type { Analyses, CoefficientInput, ReliabilityInput, Workspace } from "./Build.js"

export interface GatherOptions {
  /** Guest, Namey & Chen (2020) parameters; the coding engine's defaults otherwise (base 4, run 2, ≤5 %). */
  readonly saturation?: Coding.SaturationOptions
  /** Whose codings count (default: every coder's accepted codings). */
  readonly coders?: Coders.Selection
  /** The name of the recorded runs to show (default: the most recent run of each kind). */
  readonly run?: string | undefined
}

/**
 * The recorded runs a report shows: those saved under `name`, else the most recent of each kind. A report
 * never reads what a quick check left behind, only what was saved with `--save`.
 */
const recordedRuns = (store: Store, name: string | undefined) =>
  Effect.gen(function* () {
    const pick = (kind: RunKind) =>
      name === undefined ? store.runs.latest(kind) : store.runs.get(kind, name)
    const found = {
      agreement: yield* pick("agreement"),
      saturation: yield* pick("saturation"),
      triangulation: yield* pick("triangulation"),
    }
    if (name !== undefined && !found.agreement && !found.saturation && !found.triangulation) {
      const saved = [...new Set((yield* store.runs.list()).map((r) => r.name))]
      return yield* new BadInput({
        reason: "unknown-run",
        field: "run",
        message: `no recorded analysis is named "${name}"; saved runs: ${saved.join(", ") || "none (save one with --save NAME)"}`,
      })
    }
    return found
  })

const LINK_MEASURE = "c-coefficient n12 / (n1 + n2 − n12) over passages of accepted codings"

const MEASURE_NAMES: Record<string, string> = {
  alpha: "Krippendorff's alpha (nominal)",
  kappa: "Cohen's kappa",
  percent: "percent agreement",
}

const coefficients = (c: Agreement.Coefficients): CoefficientInput[] =>
  (["alpha", "kappa", "percent"] as const).flatMap((k) =>
    c[k] ? [{ measure: MEASURE_NAMES[k]!, value: c[k]!.value }] : [],
  )

/** The figures of a recorded agreement run (`valuelens agreement … --save NAME`), as the report's reliability. */
export const reliabilityOf = (last: unknown): ReliabilityInput | undefined => {
  const r = last as Partial<Agreement.AgreementReport> | undefined
  if (!r?.coders || !r.overall || !r.perCode) return undefined
  return {
    unit: r.unit ?? "turn",
    units: r.units ?? 0,
    coders: r.coders,
    overall: coefficients(r.overall),
    perCode: r.perCode.map((c) => ({ code: c.codeId, coefficients: coefficients(c) })),
  }
}

export const analyses = (
  workspace: Workspace,
  options: GatherOptions = {},
): Effect.Effect<Analyses, StoreError | BadInput> =>
  Effect.gen(function* () {
    const { store } = workspace.project
    const selection = options.coders ?? Coders.everyone
    const rows = Coders.select(yield* store.codings.rows({ status: ["accepted"] }), selection)
    const links = Coding.links(rows, Registry.model(workspace.registry))
    const interviews = yield* store.sources.list("interview")
    const recorded = yield* recordedRuns(store, options.run)
    const saturation =
      (recorded.saturation?.result as Coding.Saturation | undefined) ??
      Coding.saturation(Coding.interviewsInOrder(interviews, rows), options.saturation)
    const participantOf = new Map(interviews.map((s) => [s.id, s.participantId]))
    const triangulation =
      (recorded.triangulation?.result as Triangulation.Triangulation | undefined) ??
      (yield* Triangulation.run(store, workspace.registry, { select: (r) => Coders.select(r, selection) }))
    return {
      links: {
        measure: LINK_MEASURE,
        links: links.cells.map((l) => ({
          factor: l.factor,
          value: l.value,
          strength: l.c,
          cooccurrences: l.count,
          participants: l.participants,
        })),
      },
      saturation: {
        order: "import order",
        interviews: saturation.steps.map((s) => ({
          sourceId: s.interview,
          participantId: participantOf.get(s.interview),
          newCodes: s.newCodes,
        })),
        parameters: {
          baseSize: saturation.baseSize,
          runLength: saturation.runLength,
          threshold: saturation.threshold,
        },
        verdict: {
          saturated: saturation.saturated,
          atInterview: saturation.at,
          newInformation: saturation.runs.at(-1)?.newInformation,
          statement: saturation.verdict,
        },
      },
      reliability: reliabilityOf(recorded.agreement?.result),
      runs: Object.values(recorded).flatMap((r) => (r ? [{ kind: r.kind, name: r.name, at: r.at }] : [])),
      convergence: triangulation.themes.flatMap((t) =>
        t.verdicts.map((v) => {
          const [a, b] = v.pair.split("-") as [string, string]
          return {
            theme: v.theme,
            a,
            b,
            verdict: v.verdict,
            rule: v.rule.text,
            evidence: v.readings.map((r) => `${r.evidence}: ${r.basis}`),
            ...(v.override
              ? {
                  override: {
                    computed: v.computed,
                    reason: v.override.memo,
                    by: v.override.author,
                    at: v.override.at,
                  },
                }
              : {}),
          }
        }),
      ),
      statistical: triangulation.themes.flatMap((t) =>
        t.evidence.statistics.evaluations.map((e) => ({
          theme: t.theme.id,
          rule: e.rule.id,
          description: e.rule.description,
          country: e.country,
          measure: e.measure,
          values: e.series.map((p) => ({ year: p.year, value: p.value })),
          signal: e.signal,
        })),
      ),
    }
  })
