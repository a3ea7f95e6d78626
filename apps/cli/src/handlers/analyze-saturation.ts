import { Analyses, Coders } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import type { config } from "../commands/analyze-saturation.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Runs from "../Runs.js"
import * as Selection from "../Selection.js"
import { withProject } from "../Workspace.js"

const share = (raw: string) => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(raw)
  const value = m ? Number(m[1]) / (m[2] === "%" ? 100 : 1) : Number.NaN
  return value >= 0 && value <= 1
    ? Effect.succeed(value)
    : Effect.fail(
        new BadInput({
          reason: "invalid-threshold",
          field: "threshold",
          message: `--threshold must be a share between 0 and 1 or a percentage such as 5%, got "${raw}"`,
        }),
      )
}

export const run = ({
  order,
  base,
  run,
  threshold,
  save,
  coders,
  consensus,
  project,
  json,
}: Input<typeof config>) =>
  Effect.gen(function* () {
    const t = yield* share(threshold)
    if (base < 1 || run < 1)
      return yield* new BadInput({
        reason: "invalid-saturation-options",
        field: base < 1 ? "base" : "run",
        message: `--base and --run must be at least 1 interview (got ${base} and ${run})`,
      })
    yield* withProject(project, (p) =>
      Effect.gen(function* () {
        const selection = yield* Selection.of(p.store, coders, consensus)
        const rows = Coders.select(yield* p.store.codings.rows({ status: ["accepted"] }), selection)
        const interviews = Analyses.interviewsInOrder(yield* p.store.sources.list("interview"), rows, order)
        const s = Analyses.saturation(interviews, { baseSize: base, runLength: run, threshold: t })
        yield* Runs.save(
          p.store,
          save,
          "saturation",
          { order, baseSize: base, runLength: run, threshold: t, ...selection },
          s,
        )
        yield* Output.result(json, s, () =>
          [
            Output.table(
              ["#", "interview", "codes", "new", "cumulative"],
              s.steps.map((x) => [x.position, x.interview, x.codes, x.newCodes.length, x.cumulative]),
            ),
            ...s.runs.map(
              (r) =>
                `run ${r.from}–${r.to}: ${r.newCodes} new / ${s.baseCodes} in base = ${(r.newInformation * 100).toFixed(1)}%`,
            ),
            s.verdict,
            "Method: Guest, Namey & Chen (2020), PLoS ONE 15(5): e0232076.",
          ].join("\n"),
        )
      }),
    )
  })
