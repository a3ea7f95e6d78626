/**
 * Measures an engine like a coder: k-fold cross-validation on the project's human codings, with folds by source
 * (one interview is never split between training and test). For each fold the engine is trained on the plugins'
 * exemplars and the human codings of the other folds, then codes the held-out sources' participant turns; its
 * codes are compared with the humans' per code (precision, recall, F1 over turns) and as a coder (Krippendorff's
 * nominal α over the turns' value, and over their factor, "none" included, as the devset measure does).
 */
import { BadInput, Text } from "@valuelens/core"
import type { PluginDefinition } from "@valuelens/plugin-api"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import { unitise } from "./Agreement.js"
import { codeText } from "./AutoCoder.js"
import { type CompiledLexicons, primaryLanguage } from "./Lexicon.js"
import * as Links from "./Links.js"
import * as Model from "./Model.js"
import * as ModelEngine from "./ModelEngine.js"
import { krippendorffAlpha, seededRandom } from "./reliability/Alpha.js"

export type EngineName = "model" | "rules"

export interface Options {
  readonly engine?: EngineName
  readonly folds?: number
  readonly seed?: number
  /** Use only this share (0–1) of the training folds' human codings, for a learning curve. */
  readonly share?: number
}

export interface CodeFigures {
  readonly code: string
  readonly kind: "value" | "factor"
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export interface Report {
  readonly engine: EngineName
  readonly folds: number
  readonly sources: number
  readonly units: number
  readonly humanCodings: number
  readonly codes: ReadonlyArray<CodeFigures>
  /** Krippendorff's α (nominal) between the humans' and the engine's value per turn, and factor per turn. */
  readonly alpha: { readonly values: number | null; readonly factors: number | null }
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b)

export const evaluate = (
  store: Store,
  plugins: ReadonlyArray<{ readonly definition: PluginDefinition }>,
  lexicons: CompiledLexicons,
  options: Options = {},
): Effect.Effect<Report, StoreError | BadInput> =>
  Effect.gen(function* () {
    const engine = options.engine ?? "model"
    const framework = ModelEngine.frameworkOf(plugins)
    const links = Links.fromFramework(framework)
    const valueIds = new Set(framework.values.map((v) => v.id))
    const factorIds = new Set(framework.factors.map((f) => f.id))
    const humans = (yield* store.coders.list()).filter((c) => !c.engine).map((c) => c.id)
    const rows = humans.length
      ? (yield* store.codings.rows({ status: ["accepted"], coderIds: humans })).filter(
          (r) => valueIds.has(r.codeId) || factorIds.has(r.codeId),
        )
      : []
    const coded = [...new Set(rows.map((r) => r.sourceId))].sort()
    const k = Math.min(options.folds ?? 5, coded.length)
    if (k < 2)
      return yield* new BadInput({
        reason: "too-few-codings",
        field: "codings",
        message: `cross-validation needs human codings of values or factors in at least 2 sources; the project has them in ${coded.length}. Code more sources by hand (valuelens code add), then evaluate`,
      })
    // sources shuffled with the seed, then dealt into folds
    const next = seededRandom(options.seed ?? 1)
    const order = [...coded]
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    const foldOf = new Map(order.map((id, i) => [id, i % k]))
    const sources = (yield* store.sources.listWithText()).filter((s) => foldOf.has(s.id))
    const units = unitise(sources, yield* store.turns.all(), "turn")
    const languageOf = new Map(sources.map((s) => [s.id, primaryLanguage(s.language ?? "en")]))
    const rowsBySource = new Map<string, typeof rows>()
    for (const r of rows) rowsBySource.set(r.sourceId, [...(rowsBySource.get(r.sourceId) ?? []), r])

    const gold: string[][] = []
    const said: string[][] = []
    for (let fold = 0; fold < k; fold++) {
      const training = coded.filter((id) => foldOf.get(id) !== fold)
      const trained = new Map<string, Model.Model | Model.TooFew>()
      if (engine === "model") {
        const own = yield* ModelEngine.projectExamples(store, { sourceIds: training, coderIds: humans })
        for (const language of new Set(languageOf.values())) {
          const examples = (own.get(language) ?? []).filter((_, i) => keep(i, options.share))
          trained.set(
            language,
            Model.train(language, framework, ModelEngine.trainingSet(plugins, lexicons, language, examples)),
          )
        }
      }
      for (const u of units) {
        if (foldOf.get(u.sourceId) !== fold) continue
        gold.push([
          ...new Set(
            (rowsBySource.get(u.sourceId) ?? [])
              .filter((r) => r.start < u.end && r.end > u.start)
              .map((r) => r.codeId),
          ),
        ])
        const language = languageOf.get(u.sourceId)!
        if (engine === "rules") {
          const compiled = lexicons.get(language)
          said.push(
            compiled
              ? [
                  ...new Set(
                    codeText(compiled, u.text, [{ start: 0, end: Text.codePointLength(u.text) }], {
                      links,
                    }).map((s) => s.code),
                  ),
                ]
              : [],
          )
        } else {
          const model = trained.get(language)
          said.push(
            model && "features" in model
              ? Model.predict(model, u.text, ModelEngine.ruleCodesOf(lexicons, language, u.text)).map(
                  (p) => p.code,
                )
              : [],
          )
        }
      }
    }

    const codes: CodeFigures[] = [...valueIds, ...factorIds].map((code) => {
      let tp = 0
      let fp = 0
      let fn = 0
      gold.forEach((g, i) => {
        const h = g.includes(code)
        const e = said[i]!.includes(code)
        if (h && e) tp++
        else if (e) fp++
        else if (h) fn++
      })
      const precision = ratio(tp, tp + fp)
      const recall = ratio(tp, tp + fn)
      return {
        code,
        kind: valueIds.has(code) ? "value" : "factor",
        truePositives: tp,
        falsePositives: fp,
        falseNegatives: fn,
        precision,
        recall,
        f1:
          precision === null || recall === null || precision + recall === 0
            ? null
            : (2 * precision * recall) / (precision + recall),
      }
    })
    const first = (list: ReadonlyArray<string>, ids: ReadonlySet<string>) =>
      list.find((c) => ids.has(c)) ?? "none"
    const alphaOf = (ids: ReadonlySet<string>) =>
      krippendorffAlpha([gold.map((g) => first(g, ids)), said.map((s) => first(s, ids))]).value
    return {
      engine,
      folds: k,
      sources: coded.length,
      units: gold.length,
      humanCodings: rows.length,
      codes,
      alpha: { values: alphaOf(valueIds), factors: alphaOf(factorIds) },
    }
  })

/** Whether the `i`-th training example is kept when only a share of them is used (the same ones each fold). */
const keep = (i: number, share: number | undefined) =>
  share === undefined || share >= 1 || (i * 0.618033988749895) % 1 < share
