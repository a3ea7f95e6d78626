import { type Comparison, Project as Triangulation } from "@valuelens/triangulation"
import { Effect, Option } from "effect"
import type { config } from "../commands/compare.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

const NO_DATA = "no data"

const tierText = (c: Comparison.TierCell | undefined) =>
  c?.tier ? `${c.tier}${c.confidence === "single-source" ? " *" : ""}` : NO_DATA

const round = (x: number) => String(Math.round(x * 100) / 100)

/** The comparison as text: tier trajectories, indicators, derived ratios and institutional features. */
export const render = (c: Comparison.Comparison): string => {
  const isos = c.countries.map((x) => x.country)
  const out: string[] = [
    `Country comparison ${c.from}-${c.to}: ${c.countries.map((x) => `${x.name} (${x.country})`).join(", ")}`,
    "",
    "TIP Report tier (* single source)",
    Output.table(
      ["year", ...isos],
      Array.from({ length: c.to - c.from + 1 }, (_, i) => c.from + i).map((year) => [
        String(year),
        ...c.countries.map((x) => tierText(x.tiers.find((t) => t.year === year))),
      ]),
    ),
  ]
  for (const s of c.indicators) {
    const years = [...new Set(s.cells.map((x) => x.year))]
    out.push(
      "",
      `${s.label}${s.unit ? ` (${s.unit})` : ""}`,
      Output.table(
        ["year", ...isos],
        years.map((year) => [
          String(year),
          ...isos.map((iso) => {
            const cell = s.cells.find((x) => x.country === iso && x.year === year)
            if (cell?.value === null || cell === undefined) return NO_DATA
            // figures in different units each say theirs, under a heading that names none
            return s.unit === undefined && cell.unit ? `${cell.value} ${cell.unit}` : String(cell.value)
          }),
        ]),
      ),
    )
  }
  for (const d of c.derived) {
    const years = [...new Set(d.cells.map((x) => x.year))]
    if (years.length === 0) continue
    out.push(
      "",
      `${d.figure} (${d.numerator} / ${d.denominator})`,
      Output.table(
        ["year", ...isos],
        years.map((year) => [
          String(year),
          ...isos.map((iso) => {
            const cell = d.cells.find((x) => x.country === iso && x.year === year)
            if (cell?.unitsDiffer) return `no ratio: ${cell.unitsDiffer}`
            if (!cell || cell.value === null) return NO_DATA
            return `${cell.inputs.numerator!.value}/${cell.inputs.denominator!.value} = ${round(cell.value)}`
          }),
        ]),
      ),
    )
  }
  out.push("", "Institutional features")
  for (const f of c.features) {
    if (f.byCountry.every((x) => x.institutions.length === 0)) continue
    out.push(`  ${f.label}`)
    for (const x of f.byCountry)
      out.push(
        `    ${x.country}: ${
          x.institutions.length === 0
            ? NO_DATA
            : x.institutions.map((i) => `${i.name}${i.year ? ` (${i.year})` : ""} [${i.source}]`).join("; ")
        }`,
      )
  }
  out.push(
    "",
    "Every value carries its source keys and confidence in --json; see the plugins' report sections.",
  )
  return out.join("\n")
}

export const run = ({ project, json, countries, from, to }: Input<typeof config>) =>
  withWorkspace(project, ({ project: p, registry }) =>
    Effect.gen(function* () {
      const result = yield* Triangulation.compare(p.store, registry, {
        countries,
        from: Option.getOrUndefined(from),
        to: Option.getOrUndefined(to),
      })
      yield* Output.result(json, result, () => render(result))
    }),
  )
