/**
 * The report's sections, in the order of a findings chapter (DESIGN §8): the study, then per research question
 * and theme, then the factor → value model, saturation, reliability, country comparison and method. Plugin
 * sections go after the built-in section they name, or at the end.
 */
import type { Findings, PluginSection, Theme } from "./Findings.js"
import * as Format from "./Format.js"

export const ids = [
  "summary",
  "themes",
  "matrix",
  "model",
  "saturation",
  "reliability",
  "comparison",
  "memos",
  "method",
  "plugins",
] as const
export type SectionId = (typeof ids)[number]

export const titles: Record<SectionId, string> = {
  summary: "The study",
  themes: "Findings by research question and theme",
  matrix: "Themes by participant group",
  model: "Factor → value deficit model",
  saturation: "Saturation",
  reliability: "Inter-coder reliability",
  comparison: "Country comparison",
  memos: "Memos",
  method: "Method notes",
  plugins: "Plugin sections",
}

/** What a renderer says when a section's analysis was not run, so a reader knows it is missing, not empty. */
export const notComputed: Partial<Record<SectionId, string>> = {
  model: "The factor → value links were not computed for this report (run `valuelens analyze links`).",
  saturation: "Saturation was not computed for this report (run `valuelens analyze saturation`).",
  reliability:
    "Inter-coder reliability was not computed for this report (run `valuelens agreement --coders A,B`).",
  comparison:
    "No country comparison: the project holds no TIP tiers or indicators, and none was computed (run `valuelens compare`).",
}

export const isSectionId = (s: string): s is SectionId => (ids as ReadonlyArray<string>).includes(s)

/** One step of the report: a built-in section or a plugin's. */
export type Step =
  | { readonly kind: "builtin"; readonly id: SectionId }
  | { readonly kind: "plugin"; readonly section: PluginSection }

/**
 * The sections to render, in order. `selected` limits the built-in sections (all when empty); plugin sections
 * appear when `plugins` is selected, after the built-in section they name (if that is shown) or at the end.
 */
export const plan = (findings: Findings, selected: ReadonlyArray<SectionId> = []): ReadonlyArray<Step> => {
  const shown = (id: SectionId) => selected.length === 0 || selected.includes(id)
  const builtins = ids.filter((id) => id !== "plugins" && shown(id))
  const plugins = shown("plugins") ? findings.pluginSections : []
  const placed = new Set<PluginSection>()
  const steps: Step[] = []
  for (const id of builtins) {
    steps.push({ kind: "builtin", id })
    for (const p of plugins)
      if (p.after === id) {
        steps.push({ kind: "plugin", section: p })
        placed.add(p)
      }
  }
  for (const p of plugins) if (!placed.has(p)) steps.push({ kind: "plugin", section: p })
  return steps
}

/** The anchor id of a step, for HTML and for tests that check every section is present. */
export const anchor = (step: Step): string =>
  step.kind === "builtin"
    ? `section-${step.id}`
    : `plugin-${step.section.id.replaceAll(/[^a-zA-Z0-9-]/g, "-")}`

/** Themes under their research questions; themes no question names, grouped by kind. */
export const themeGroups = (
  f: Findings,
): ReadonlyArray<{ heading: string; themes: ReadonlyArray<Theme> }> => {
  const byId = new Map(f.themes.map((t) => [t.id, t]))
  const named = new Set(f.researchQuestions.flatMap((q) => q.themes))
  const out = f.researchQuestions.map((q) => ({
    heading: `${q.id}. ${q.text}`,
    themes: q.themes.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
  }))
  const rest = f.themes.filter((t) => !named.has(t.id))
  const prefix = f.researchQuestions.length ? "Other themes: " : ""
  for (const k of ["value", "factor", "area", "free"] as const) {
    const ts = rest.filter((t) => t.kind === k)
    if (ts.length) out.push({ heading: `${prefix}${Format.kindHeading[k]}`, themes: ts })
  }
  return out
}
