/**
 * Markdown (GitHub-flavoured): headings, pipe tables, quotations as block quotes. Charts become tables, since
 * Markdown cannot carry an inline picture without a file or a data URL.
 */
import { Effect } from "effect"
import * as Escape from "../Escape.js"
import type { Findings, Theme } from "../Findings.js"
import * as Format from "../Format.js"
import * as Prose from "../Prose.js"
import type { Renderer, RenderOptions } from "../Renderer.js"
import * as Sections from "../Sections.js"
import * as Tables from "../Tables.js"

const esc = Escape.markdown

const cellText = (x: Tables.Cell): string => esc(Prose.cell(x))

/** A GitHub pipe table; numeric columns are right-aligned. */
export const table = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<Tables.Cell>>,
): string => {
  const numeric = header.map(
    (_, i) =>
      rows.some((r) => typeof r[i] === "number") &&
      rows.every((r) => typeof r[i] === "number" || r[i] === null),
  )
  return [
    `| ${header.map(esc).join(" | ")} |`,
    `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cellText).join(" | ")} |`),
  ].join("\n")
}

const fromTable = (t: Tables.Table, drop: ReadonlyArray<string> = []): string => {
  const keep = t.header.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0)
  return table(
    keep.map((i) => t.header[i]!),
    t.rows.map((r) => keep.map((i) => r[i] ?? null)),
  )
}

const support = (t: Theme): string => {
  const c = t.counts
  if (c.segments === 0 && c.documentSegments === 0) return "No accepted codings carry this theme yet."
  const groups = t.groups
    .filter((g) => g.participants > 0)
    .map((g) => `${Format.group(g.group)} ${g.participants}`)
  const parts = [
    `Supported by **${c.participants}** participant${c.participants === 1 ? "" : "s"} from **${c.groups}** group${c.groups === 1 ? "" : "s"}${groups.length ? ` (${esc(groups.join(", "))})` : ""}`,
    `in ${c.segments} interview segment${c.segments === 1 ? "" : "s"} across ${c.interviews} interview${c.interviews === 1 ? "" : "s"}`,
  ]
  const docs =
    c.documents > 0
      ? ` Carried by ${c.documentSegments} segment${c.documentSegments === 1 ? "" : "s"} in ${c.documents} document${c.documents === 1 ? "" : "s"}.`
      : ""
  return `${parts.join(" ")}.${docs}${t.participants.length ? `\n\nParticipants: ${esc(t.participants.join(", "))}.` : ""}`
}

const theme = (f: Findings, t: Theme, level: string): string => {
  const out: string[] = [`${level} ${esc(t.name)}`, `_${Format.kind(t.kind)} · \`${t.id}\`_`]
  if (t.definition) out.push(`**Definition.** ${esc(t.definition)}`)
  if (t.deficit) out.push(`**What a deficit looks like.** ${esc(t.deficit)}`)
  if (t.drives.length)
    out.push(
      `**Hypothesised to drive:** ${esc(t.drives.map((v) => f.themes.find((x) => x.id === v)?.name ?? v).join(", "))}.`,
    )
  out.push(support(t))
  if (t.quotations.length) {
    out.push("**Exemplar quotations**")
    for (const q of t.quotations) out.push(`> ${esc(q.text)} ${esc(q.citation)}`)
  }
  out.push("**Documentary corroboration**")
  out.push(
    t.documentary.length
      ? fromTable(Tables.documentary(f, t), ["theme"])
      : "No document in the project carries this theme.",
  )
  out.push("**Statistical corroboration**")
  out.push(
    t.statistical === null
      ? "Not computed: triangulation was not run for this report."
      : t.statistical.length
        ? fromTable(Tables.statistical(f, t), ["theme"])
        : "No statistic bears on this theme.",
  )
  out.push("**Convergence**")
  out.push(
    t.convergence === null
      ? "Not computed: triangulation was not run for this report."
      : t.convergence.length
        ? fromTable(Tables.convergence(f, t), ["theme"])
        : "No pair of evidence types was compared for this theme.",
  )
  return out.join("\n\n")
}

const section = (f: Findings, id: Sections.SectionId): string => {
  const body: string[] = []
  switch (id) {
    case "summary": {
      body.push(Prose.summary(f))
      body.push(fromTable(Tables.sources(f)), fromTable(Tables.participants(f)))
      break
    }
    case "themes":
      if (f.themes.length === 0) body.push(Prose.NO_THEMES)
      for (const g of Sections.themeGroups(f)) {
        body.push(`### ${esc(g.heading)}`)
        if (g.themes.length === 0) body.push("No theme is linked to this question.")
        for (const t of g.themes) body.push(theme(f, t, "####"))
      }
      break
    case "matrix":
      body.push(
        f.themes.length && Tables.matrixGroups(f).length
          ? `Supporting participants per theme and participant group.\n\n${fromTable(Tables.matrix(f))}`
          : "No participants or no themes: nothing to cross-tabulate.",
      )
      break
    case "model":
      if (!f.model) body.push(Sections.notComputed.model!)
      else {
        body.push(`Link strength: ${esc(f.model.measure)}. Hypothesised links are those the framework names.`)
        body.push(
          f.model.links.length
            ? fromTable(Tables.links(f), ["participant ids"])
            : "No factor co-occurs with a value.",
        )
      }
      break
    case "saturation":
      if (!f.saturation) body.push(Sections.notComputed.saturation!)
      else {
        body.push(esc(f.saturation.verdict.statement))
        body.push(fromTable(Tables.saturationParameters(f)))
        body.push(fromTable(Tables.saturation(f)))
      }
      break
    case "reliability":
      if (!f.reliability) body.push(Sections.notComputed.reliability!)
      else {
        const r = f.reliability
        body.push(`Coders ${esc(r.coders.join(", "))} over ${r.units} units (${esc(r.unit)}).`)
        body.push(fromTable(Tables.reliabilityOverall(f)))
        if (r.perCode.length) body.push(fromTable(Tables.reliabilityPerCode(f)))
      }
      break
    case "comparison":
      if (!f.comparison) body.push(Sections.notComputed.comparison!)
      else
        for (const c of f.comparison.countries) {
          body.push(`### ${esc(c.name)} (${esc(c.iso3)})`)
          body.push(c.tiers.length ? fromTable(Tables.tiers(f, c), ["country"]) : "No TIP tiers recorded.")
          if (c.indicators.length) body.push(fromTable(Tables.indicators(f, c), ["country"]))
          if (c.institutions.length) body.push(fromTable(Tables.institutions(f, c), ["country"]))
        }
      break
    case "memos":
      body.push(f.memos?.length ? fromTable(Tables.memos(f)) : "No memos.")
      break
    case "method": {
      const m = f.method
      body.push(fromTable(Tables.plugins(f)))
      body.push(m.coders.length ? fromTable(Tables.coders(f)) : "No coders recorded.")
      body.push(esc(m.codings))
      body.push(esc(m.quotationRule))
      body.push(
        [
          `- Sources imported: ${esc(m.firstImport ?? "—")} to ${esc(m.lastImport ?? "—")}`,
          `- Interviews dated: ${esc(m.interviewDates.from ?? "—")} to ${esc(m.interviewDates.to ?? "—")}`,
          `- Report generated: ${esc(m.generatedAt)} (findings model version ${f.version})`,
          ...m.analyses.map((a) => `- ${esc(a)}`),
        ].join("\n"),
      )
      break
    }
    case "plugins":
      break
  }
  return [`## ${Sections.titles[id]}`, ...body].join("\n\n")
}

export const render = (f: Findings, options: RenderOptions = {}): string => {
  const parts = [`# ${esc(f.project.name)}: findings`]
  for (const step of Sections.plan(f, options.sections))
    parts.push(
      step.kind === "builtin"
        ? section(f, step.id)
        : `## ${esc(step.section.title)}\n\n${Escape.markdownSource(step.section.markdown.trim())}`,
    )
  return `${parts.join("\n\n")}\n`
}

export const renderer: Renderer = {
  format: "md",
  description: "Markdown (GitHub-flavoured tables)",
  layout: "file",
  extension: ".md",
  render: (f, options) => Effect.sync(() => [{ path: "", content: render(f, options) }]),
}
