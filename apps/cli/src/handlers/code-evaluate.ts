import { Evaluation, Lexicon } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/code-evaluate.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

const fixed = (x: number | null) => (x === null ? "–" : x.toFixed(3))

export const run = ({ engine, folds, project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const rules = yield* Lexicon.compile(Lexicon.fromPlugins(registry.plugins))
      const report = yield* Evaluation.evaluate(p.store, registry.plugins, rules, { engine, folds })
      yield* Output.result(json, report, () =>
        [
          `${report.engine} engine, ${report.folds}-fold cross-validation by source: ${report.sources} source(s), ${report.units} turn(s), ${report.humanCodings} human coding(s)`,
          `Krippendorff's alpha (nominal, per turn) against the human coders: values ${fixed(report.alpha.values)}, factors ${fixed(report.alpha.factors)}`,
          Output.table(
            ["code", "kind", "precision", "recall", "F1", "TP", "FP", "FN"],
            report.codes.map((c) => [
              c.code,
              c.kind,
              fixed(c.precision),
              fixed(c.recall),
              fixed(c.f1),
              String(c.truePositives),
              String(c.falsePositives),
              String(c.falseNegatives),
            ]),
          ),
        ].join("\n"),
      )
    }),
  )
