import type { LoadedPlugin } from "@valuelens/plugin-api"
import type { config } from "../commands/plugins-list.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withWorkspace } from "../Workspace.js"

/** What one plugin contributes, as `plugins list --json` prints it. */
export const summarise = (p: LoadedPlugin) => {
  const d = p.definition
  return {
    name: p.meta.name,
    version: p.meta.version,
    namespace: p.meta.namespace,
    description: p.meta.description,
    specifier: p.specifier,
    resolved: p.resolved,
    values: (d.values ?? []).map((v) => ({ id: v.id, name: v.name, area: v.area, pillars: v.pillars ?? [] })),
    factors: (d.factors ?? []).map((f) => ({ id: f.id, name: f.name, drives: f.drives })),
    areas: (d.areas ?? []).map((a) => ({ id: a.id, name: a.name, pillar: a.pillar })),
    codes: (d.codes ?? []).map((c) => ({ id: c.id, name: c.name, parent: c.parent })),
    lexicons: (d.lexicons ?? []).map((l) => ({ language: l.language, entries: l.entries.length })),
    countries: (d.countries ?? []).map((c) => ({ iso3: c.iso3, name: c.name })),
    indicators: (d.indicators ?? []).map((i) => i.key),
    observations: (d.observations ?? []).length,
    indicatorRules: (d.indicatorRules ?? []).map((r) => ({ id: r.id, theme: r.theme })),
    reportSections: (d.reportSections ?? []).map((s) => s.id),
  }
}

const human = (p: ReturnType<typeof summarise>): string => {
  const lines = [`${p.name} ${p.version}  (namespace ${p.namespace}, from ${p.specifier})`]
  const add = (label: string, items: ReadonlyArray<string>) => {
    if (items.length > 0) lines.push(`  ${label} (${items.length}): ${items.join(", ")}`)
  }
  add(
    "values",
    p.values.map((v) => v.id),
  )
  add(
    "factors",
    p.factors.map((f) => `${f.id} → ${f.drives.join(", ")}`),
  )
  add(
    "areas",
    p.areas.map((a) => `${a.id} [${a.pillar}]`),
  )
  add(
    "codes",
    p.codes.map((c) => c.id),
  )
  add(
    "lexicons",
    p.lexicons.map((l) => `${l.language} (${l.entries} entries)`),
  )
  add(
    "countries",
    p.countries.map((c) => c.iso3),
  )
  add("indicators", p.indicators)
  if (p.observations > 0) lines.push(`  observations: ${p.observations}`)
  add(
    "indicator rules",
    p.indicatorRules.map((r) => r.id),
  )
  add("report sections", p.reportSections)
  return lines.join("\n")
}

export const run = ({ project, json }: Input<typeof config>) =>
  withWorkspace(project, ({ registry, codebook }) => {
    const plugins = registry.plugins.map(summarise)
    return Output.result(json, { plugins, codebook }, () =>
      [
        Output.table(
          ["plugin", "version", "namespace", "values", "factors", "areas", "codes"],
          plugins.map((p) => [
            p.name,
            p.version,
            p.namespace,
            p.values.length,
            p.factors.length,
            p.areas.length,
            p.codes.length,
          ]),
        ),
        "",
        ...plugins.map(human),
      ].join("\n"),
    )
  })
