import { Analyses, Coders } from "@valuelens/coding"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
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

export const analyzeSaturation = Command.make(
  "saturation",
  {
    order: Flag.Literals("order", ["import", "date"]).pipe(
      Flag.withDescription("interview order: import order or interview date"),
      Flag.withDefault("import" as const),
    ),
    base: Flag.Int("base").pipe(Flag.withDescription("base size in interviews"), Flag.withDefault(4)),
    run: Flag.Int("run").pipe(Flag.withDescription("run length in interviews"), Flag.withDefault(2)),
    threshold: Flag.String("threshold").pipe(
      Flag.withDescription(
        "most new information for saturation, as a share of the base's codes (0.05 or 5%)",
      ),
      Flag.withDefault("5%"),
    ),
    save: Flags.save,
    coders: Flags.coders,
    consensus: Flags.consensus,
    project: Flags.project,
    json: Flags.json,
  },
  ({ order, base, run, threshold, save, coders, consensus, project, json }) =>
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
    }),
).pipe(Command.withDescription("new codes per interview and the base/run/threshold saturation verdict"))
