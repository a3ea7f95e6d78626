import { Coders } from "@valuelens/coding"
import { UsageError } from "@valuelens/core"
import type { CodingRow } from "@valuelens/store"
import { type Convergence, Project as Triangulation } from "@valuelens/triangulation"
import { Effect, Option } from "effect"
import * as Coder from "../Coder.js"
import type { config } from "../commands/triangulate.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Runs from "../Runs.js"
import * as Selection from "../Selection.js"
import { withWorkspace } from "../Workspace.js"

const short: Record<Convergence.Verdict, string> = {
  agreement: "agreement",
  "partial agreement": "partial",
  silence: "silence",
  dissonance: "dissonance",
}

const cell = (v: Convergence.PairVerdict) =>
  v.override ? `${short[v.verdict]}* (was ${short[v.computed]})` : short[v.verdict]

/** The convergence matrix as text: themes × evidence pairs, the evidence counts, flags and overrides. */
export const render = (t: Triangulation.Triangulation): string => {
  if (t.themes.length === 0)
    return "No themes to triangulate: add a framework plugin (framework-value-deficits) or value and factor codes."
  const rows = t.themes.map((r) => {
    const e = r.evidence
    const verdict = (pair: Convergence.Pair) => cell(r.verdicts.find((v) => v.pair === pair)!)
    return [
      r.theme.id,
      `${e.interview.participants.length}/${e.interview.totalParticipants} (${e.interview.segments})`,
      `${e.document.documents.length}/${e.document.totalDocuments} (${e.document.segments})`,
      `${e.statistics.deficit}/${e.statistics.deficit + e.statistics.noDeficit}`,
      verdict("interview-document"),
      verdict("interview-statistics"),
      verdict("document-statistics"),
      r.support.groups.map((g) => g.group).join(", ") || "-",
    ]
  })
  const out = [
    Output.table(
      ["theme", "interviews", "documents", "statistics", "int-doc", "int-stat", "doc-stat", "groups"],
      rows,
    ),
    "",
    "interviews: participants who raised the theme / all (passages); documents: documents / all (passages);",
    "statistics: series signalling a deficit / series with data (a series read by two rules counts once);",
    "* overridden by a researcher.",
  ]
  const evaluations = t.themes.flatMap((r) => r.evidence.statistics.evaluations)
  if (evaluations.length > 0)
    out.push(
      "",
      "Statistics (indicator rules):",
      ...evaluations.map(
        (e) =>
          `  ${e.rule.theme} ${e.rule.id} ${e.country}: ${e.signal}${e.conditions.length ? `; ${e.conditions.map((c) => `${c.condition}: ${c.detail}`).join("; ")}` : ""}`,
      ),
    )
  const one = t.themes.filter((r) => r.support.flag === "one-group")
  if (one.length > 0)
    out.push(
      "",
      "Resting on one participant group:",
      ...one.map(
        (r) =>
          `  ${r.theme.id}: only ${r.support.groups[0]!.group} (${r.support.groups[0]!.participants.join(", ")})`,
      ),
    )
  const overridden = t.themes.flatMap((r) => r.verdicts.filter((v) => v.override))
  if (overridden.length > 0)
    out.push(
      "",
      "Overrides:",
      ...overridden.map(
        (v) =>
          `  ${v.theme} ${v.pair}: ${v.verdict} (rules give ${v.computed}, ${v.rule.id}) by ${v.override!.author}: ${v.override!.memo}`,
      ),
    )
  out.push(
    "",
    `Countries for statistics: ${t.countries.join(", ") || "none"}. Convergence coding after ${t.method}`,
  )
  return out.join("\n")
}

export const run = ({
  project,
  json,
  coders,
  consensus,
  save,
  countries,
  from,
  to,
  override,
  memo,
  author,
  target,
}: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const selection = yield* Selection.of(p.store, coders, consensus)
      const options = {
        countries,
        from: Option.getOrUndefined(from),
        to: Option.getOrUndefined(to),
        select: <R extends CodingRow>(rows: ReadonlyArray<R>) => Coders.select(rows, selection),
      }
      if (!override && target.length > 0)
        return yield* new UsageError({
          message: "unexpected arguments; did you mean --override THEME PAIR VERDICT?",
        })
      if (override) {
        if (target.length !== 3)
          return yield* new UsageError({
            message:
              "--override needs THEME PAIR VERDICT, e.g. --override vd/justice interview-statistics partial-agreement --memo '…'",
          })
        const [theme, pair, verdict] = target as [string, string, string]
        const clear = verdict.toLowerCase() === "clear"
        const changed = yield* Triangulation.override(
          p.store,
          registry,
          {
            theme,
            pair,
            verdict: clear ? undefined : verdict,
            memo: Option.getOrElse(memo, () => ""),
            author: Coder.current(author),
          },
          options,
        )
        yield* Output.message(
          clear
            ? `${theme} ${pair}: override removed; the verdict is ${changed.verdict} again`
            : `${theme} ${pair}: ${changed.computed} → ${changed.verdict} (recorded with a memo on ${theme})`,
        )
      }
      const result = yield* Triangulation.run(p.store, registry, options)
      yield* Runs.save(
        p.store,
        save,
        "triangulation",
        { countries, from: options.from, to: options.to, ...selection },
        result,
      )
      yield* Output.result(json, result, () => render(result))
    }),
  )
