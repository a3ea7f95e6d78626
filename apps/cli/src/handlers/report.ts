import { resolve } from "node:path"
import { UsageError } from "@valuelens/core"
import { Report, Sections } from "@valuelens/report"
import { Effect, Option } from "effect"
import type { config } from "../commands/report.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { REPORT_STEPS, writeReport } from "../Reporting.js"
import * as Selection from "../Selection.js"
import { withWorkspace } from "../Workspace.js"

export const run = ({
  format,
  out,
  sections,
  quotes,
  coders,
  consensus,
  run,
  project,
  json,
}: Input<typeof config>) =>
  Effect.gen(function* () {
    const unknown = sections.filter((s) => !Sections.isSectionId(s))
    if (unknown.length > 0)
      return yield* new UsageError({
        message: `--sections: unknown section ${unknown.join(", ")}; expected some of ${Sections.ids.join(", ")}`,
      })
    if (quotes < 0)
      return yield* new UsageError({
        message: `--quotes: expected 0 or more quotations per theme, got ${quotes}`,
      })
    const selected = sections.filter(Sections.isSectionId)
    return yield* withWorkspace(project, ({ project: p, registry }) =>
      Effect.gen(function* () {
        const progress = Output.progress("report", REPORT_STEPS)
        const { findings, files } = yield* writeReport({ project: p, registry }, format, out, {
          coders: yield* Selection.of(p.store, coders, consensus),
          run: Option.getOrUndefined(run),
          sections: selected,
          quotes,
          onProgress: (done) => progress.tick(done),
        })
        progress.end()
        const renderer = Report.renderers[format]
        const computed = {
          model: findings.model !== null,
          saturation: findings.saturation !== null,
          reliability: findings.reliability !== null,
          comparison: findings.comparison !== null,
          triangulation: findings.themes.some((t) => t.convergence !== null),
        }
        yield* Output.result(
          json,
          {
            format,
            out: resolve(out),
            files,
            sections: Sections.plan(findings, selected).map((s) =>
              s.kind === "builtin" ? s.id : `plugin:${s.section.id}`,
            ),
            themes: findings.themes.length,
            computed,
          },
          () => {
            const missing = Object.entries(computed)
              .filter(([, v]) => !v)
              .map(([k]) => k)
            return [
              renderer.layout === "folder"
                ? `Wrote ${files.length} ${format.toUpperCase()} files to ${resolve(out)}`
                : `Wrote the ${format} report to ${files[0]}`,
              `  ${findings.themes.length} themes, ${findings.project.participants} participants, ${findings.project.acceptedCodings} accepted codings`,
              missing.length ? `  not computed: ${missing.join(", ")}` : "",
            ]
              .filter((l) => l !== "")
              .join("\n")
          },
        )
      }),
    )
  })
