import type { Participant } from "@valuelens/core"
import type { Exemplar, PluginDefinition } from "@valuelens/plugin-api"
import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AutoCoder, Evaluation, type Lexicon, Manual, Model, ModelEngine } from "../src/index.js"
import { code, failureOf, interview, seed, withStore } from "./helpers.js"
import { framework, passages, values } from "./sixValues.js"

const exemplars: Exemplar[] = passages.map((p) => ({ ...p, language: "en" }))
/** A six-value framework plugin with exemplars (and so a model) but no lexicon. */
const plugin = (shipped: ReadonlyArray<Exemplar>): { definition: PluginDefinition } => ({
  definition: {
    apiVersion: 1,
    meta: { name: "x", version: "1.0.0", namespace: "x", languages: ["en"] },
    values: values.map((v) => ({ id: `x/${v}`, name: `value ${v}`, definition: v })),
    factors: values.map((v) => ({
      id: `x/${v}-factor`,
      name: `factor ${v}`,
      definition: v,
      drives: [`x/${v}`],
    })),
    exemplars: shipped,
  },
})
const codes = values.flatMap((v) => [code(`x/${v}`), code(`x/${v}-factor`, "factor")])
const p1: Participant = { id: "P 1", group: "ngo", attributes: {} }
const iv = interview("iv1", p1, [
  ["Interviewer", "What happened?"],
  ["P 1", "The ledger was never published and the accounts stayed hidden."],
  ["Interviewer", "And otherwise?"],
  ["P 1", "We had lunch in the district office; the weather was fine."],
])
const setup = (s: Store) => seed(s, { participants: [p1], interviews: [iv], codes })
const noRules = new Map<string, Lexicon.Compiled>()

describe("ModelEngine", () => {
  it("trains on the plugins' exemplars, keeps the model with its version and summary, and suggests with a link", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const options = { languages: ["en"], now: "2026-02-01T00:00:00Z" }
        const models = yield* ModelEngine.models(s, [plugin(exemplars)], noRules, options)
        const trained = Model.train(
          "en",
          framework,
          ModelEngine.trainingSet([plugin(exemplars)], noRules, "en", []),
        )
        const summary = yield* AutoCoder.run(s, noRules, { engine: ModelEngine.engine(models, noRules) })
        const stored = (yield* s.settings.get("model.en")) as {
          version: number
          trainedAt: string
          model: { summary: unknown }
        }
        // the same data again: the stored model is used, not retrained
        yield* ModelEngine.models(s, [plugin(exemplars)], noRules, {
          ...options,
          now: "2026-03-01T00:00:00Z",
        })
        const again = (yield* s.settings.get("model.en")) as { trainedAt: string }
        const readBack = (yield* ModelEngine.models(s, [plugin(exemplars)], noRules, options)).get("en")
        return { summary, pending: yield* s.pending.list(), stored, again, trained, readBack }
      }),
    )
    expect(out.summary).toMatchObject({ sources: 1, suggestions: 2, added: 2 })
    expect(out.pending.map((p) => [p.codeId, p.coderId, p.origin])).toEqual([
      ["x/f", "model", "model:en@2"],
      ["x/f-factor", "model", "model:en@2"],
    ])
    expect(out.pending[0]!.explanation?.note).toMatch(/^value f 0\.\d\d, from: .*\(factor f → value f\)/)
    expect(out.stored.version).toBe(2)
    expect(out.stored.trainedAt).toBe("2026-02-01T00:00:00Z")
    expect(out.stored.model.summary).toMatchObject({
      examples: 34,
      byOrigin: { exemplar: 34 },
      perClass: { none: 10, "x/a": 4 },
    })
    expect(out.again.trainedAt).toBe("2026-02-01T00:00:00Z")
    // the model read back from the project is the model trained, to the last bit of every weight
    expect(out.readBack).toEqual(out.trained)
  })

  it("says how many coded passages it has and needs, and suggests nothing, when there are too few", async () => {
    const summary = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const models = yield* ModelEngine.models(s, [plugin(exemplars.slice(0, 3))], noRules, {
          languages: ["en"],
        })
        return yield* AutoCoder.run(s, noRules, { engine: ModelEngine.engine(models, noRules) })
      }),
    )
    expect(summary.suggestions).toBe(0)
    expect(summary.skipped).toEqual([
      {
        source: "iv1",
        reason:
          'the model for "en" has 3 coded passage(s) showing a deficit and needs at least 20; code more by hand, or add a plugin with exemplars in "en"',
      },
    ])
  })

  it("learns from the project's accepted and rejected codings", async () => {
    const examples = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* s.coders.ensure({ id: "alice", name: "Alice", engine: false })
        const turn = (i: number) => ({ sourceId: "iv1", turn: i, coderId: "alice" })
        yield* Manual.codeTurn(s, { ...turn(1), codeId: "x/f" })
        return yield* ModelEngine.projectExamples(s)
      }),
    )
    expect(examples.get("en")).toEqual([
      {
        text: "The ledger was never published and the accounts stayed hidden.",
        codes: ["x/f"],
        not: [],
        origin: "accepted",
      },
    ])
  })

  it("refuses to evaluate without human codings in two sources", async () => {
    const error = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        return yield* failureOf(Evaluation.evaluate(s, [plugin(exemplars)], noRules))
      }),
    )
    expect(error.message).toBe(
      "cross-validation needs human codings of values or factors in at least 2 sources; the project has them in 0. Code more sources by hand (valuelens code add), then evaluate",
    )
  })
})
