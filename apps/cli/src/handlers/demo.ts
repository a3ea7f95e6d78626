import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/demo.js"
import * as Demo from "../Demo.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"

/** Marks a folder the demo made, so a second run may replace it and nothing else is ever deleted. */
const MARKER = ".valuelens-demo"

const fixed = (x: number | null) => (x === null ? "undefined" : x.toFixed(3))

export const run = ({ dir, corpus, acceptAbove, json }: Input<typeof config>) =>
  Effect.gen(function* () {
    const out = resolve(dir)
    if (existsSync(out) && readdirSync(out).length > 0) {
      if (!existsSync(join(out, MARKER)))
        return yield* new BadInput({
          reason: "folder-not-empty",
          file: out,
          message: `${out} is not empty and was not made by the demo; choose another folder`,
        })
      rmSync(out, { recursive: true, force: true })
    }
    const bar = Output.progress("demo", 9)
    yield* Effect.sync(() => {
      mkdirSync(out, { recursive: true })
      writeFileSync(join(out, MARKER), "made by valuelens demo\n")
    })
    const result = yield* Demo.run(out, {
      corpus: resolve(Option.getOrElse(corpus, () => Demo.DEFAULT_CORPUS)),
      acceptAbove,
      onStep: (done) => bar.tick(done),
    }).pipe(Effect.ensuring(Effect.sync(() => bar.end())))
    // paths under the current folder read best relative; anything else stays absolute
    const here = (p: string) => {
      const r = relative(process.cwd(), p)
      return r === "" ? "." : r.startsWith("..") ? p : r
    }
    yield* Output.result(json, result, () =>
      [
        `Demo study written to ${here(out)}`,
        `  project:     ${here(result.project)} (${result.counts.sources} sources, ${result.counts.participants} participants, ${result.counts.codings} codings)`,
        `  auto-coding: ${result.suggestions} suggestions, ${result.accepted} accepted at score ≥ ${acceptAbove} (a stand-in for review)`,
        `  saturation:  ${result.saturation}`,
        `  agreement:   rules vs ${Demo.SECOND_CODER} over ${result.agreement.units} turns: α = ${fixed(result.agreement.alpha)}, κ = ${fixed(result.agreement.kappa)}`,
        `  triangulation verdicts: ${Object.entries(result.verdicts)
          .map(([v, n]) => `${n} ${v}`)
          .join(", ")}`,
        `  comparison:  ${here(result.comparison)}`,
        "  reports:",
        ...Demo.FORMATS.map(
          (f) =>
            `    ${f.padEnd(5)} ${result.reports[f].length === 1 ? here(result.reports[f][0]!) : `${here(join(result.reports[f][0]!, ".."))}/ (${result.reports[f].length} files)`}`,
        ),
        "",
        `Open the terminal UI on it:  ${here(Demo.LAUNCHER)} tui --project ${here(result.project)}`,
      ].join("\n"),
    )
  })
