import { Evaluation, Lexicon } from "@valuelens/coding"
import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

const fixed = (x: number | null) => (x === null ? "–" : x.toFixed(3))

export const codeEvaluate = Command.make(
  "evaluate",
  {
    engine: Flag.Literals("engine", ["model", "rules"]).pipe(
      Flag.withDescription("the engine to measure against the project's human coders"),
      Flag.withDefault("model" as const),
    ),
    folds: Flag.Int("folds").pipe(
      Flag.withDescription("cross-validation folds, by source (one interview is never split)"),
      Flag.withDefault(5),
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ engine, folds, project, json }) =>
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
    ),
).pipe(
  Command.withDescription(
    "measure an auto-coding engine against the project's human coding: cross-validated precision, recall, F1 and Krippendorff's alpha",
  ),
)
