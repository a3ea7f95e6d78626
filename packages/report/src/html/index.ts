/**
 * One self-contained HTML file: inline CSS and inline SVG charts, no scripts, nothing loaded from anywhere (a
 * Content-Security-Policy forbids it as a second line of defence), every string from the model escaped, and a
 * print style sheet so the same file prints as a paper. The markup is also well-formed XML (void elements
 * self-closed), so XML tools can read it.
 */
import { Effect } from "effect"
import * as Charts from "../Charts.js"
import * as Escape from "../Escape.js"
import type { Findings, Theme } from "../Findings.js"
import * as Format from "../Format.js"
import * as MarkdownText from "../MarkdownText.js"
import * as Prose from "../Prose.js"
import type { Renderer, RenderOptions } from "../Renderer.js"
import * as Sections from "../Sections.js"
import * as Tables from "../Tables.js"

const e = Escape.html

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; color: #111; background: #fff;
  max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3, h4, caption, nav, .meta, table, .chart-note { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #111; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 2rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 0.3rem; }
.meta, .kind { color: #444; font-size: 0.9rem; }
nav.toc ol { columns: 2; font-size: 0.95rem; }
table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.85rem; width: auto; max-width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: 0.8rem 0 0.8rem 1rem; padding: 0.3rem 0 0.3rem 1rem; border-left: 4px solid #555; font-style: italic; }
blockquote footer { font-style: normal; font-size: 0.9rem; margin-top: 0.2rem; }
.not-computed { border: 1px dashed #555; padding: 0.4rem 0.6rem; background: #f6f6f6; }
article.theme { border-top: 1px solid #ccc; margin-top: 1.5rem; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.85rem; color: #333; }
svg.chart { max-width: 100%; height: auto; display: block; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
.plugin-section { border-left: 3px double #555; padding-left: 1rem; }
@page { margin: 2cm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { display: none; }
  h2, h3, h4 { break-after: avoid; }
  table, blockquote, figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  th { background: #ddd !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim()

/** A slug safe for an id attribute. */
const slug = (s: string) => s.replaceAll(/[^a-zA-Z0-9_-]/g, "-")

const cellHtml = (x: Tables.Cell): string => e(Prose.cell(x))

export const table = (t: Tables.Table, drop: ReadonlyArray<string> = [], caption = t.title): string => {
  const keep = t.header.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0)
  const num = (r: ReadonlyArray<Tables.Cell>, i: number) => typeof r[i] === "number"
  return [
    `<table class="${e(t.name)}">`,
    `<caption>${e(caption)}</caption>`,
    `<thead><tr>${keep.map((i) => `<th scope="col">${e(t.header[i]!)}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...t.rows.map(
      (r) =>
        `<tr>${keep.map((i) => `<td${num(r, i) ? ` class="num"` : ""}>${cellHtml(r[i] ?? null)}</td>`).join("")}</tr>`,
    ),
    "</tbody></table>",
  ].join("\n")
}

const p = (s: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ""}>${s}</p>`
const notComputed = (s: string) => p(e(s), "not-computed")
const figure = (svg: string, caption: string) =>
  `<figure>${svg}<figcaption>${e(caption)}</figcaption></figure>`

const spans = (xs: ReadonlyArray<MarkdownText.Span>) =>
  xs
    .map((s) => {
      const t = e(s.text)
      if (s.code) return `<code>${t}</code>`
      if (s.bold) return `<strong>${t}</strong>`
      if (s.italic) return `<em>${t}</em>`
      return t
    })
    .join("")

/** A plugin's Markdown as HTML, headings nested under the section's own heading. */
export const markdownToHtml = (markdown: string): string =>
  MarkdownText.parse(markdown)
    .map((b) => {
      switch (b.kind) {
        case "heading": {
          const level = Math.min(6, b.level + 2)
          return `<h${level}>${spans(b.spans)}</h${level}>`
        }
        case "paragraph":
          return `<p>${spans(b.spans)}</p>`
        case "quote":
          return `<blockquote><p>${spans(b.spans)}</p></blockquote>`
        case "list": {
          const tag = b.ordered ? "ol" : "ul"
          return `<${tag}>${b.items.map((i) => `<li>${spans(i)}</li>`).join("")}</${tag}>`
        }
        case "code":
          return `<pre><code>${e(b.text)}</code></pre>`
      }
      return ""
    })
    .join("\n")

const plural = Prose.plural

const theme = (f: Findings, t: Theme): string => {
  const c = t.counts
  const out: string[] = [
    `<article class="theme" id="theme-${slug(t.id)}">`,
    `<h4>${e(t.name)}</h4>`,
    p(`${e(Format.kind(t.kind))} · <code>${e(t.id)}</code>`, "kind"),
  ]
  if (t.definition) out.push(p(`<strong>Definition.</strong> ${e(t.definition)}`))
  if (t.deficit) out.push(p(`<strong>What a deficit looks like.</strong> ${e(t.deficit)}`))
  if (t.drives.length)
    out.push(
      p(
        `<strong>Hypothesised to drive:</strong> ${e(t.drives.map((v) => f.themes.find((x) => x.id === v)?.name ?? v).join(", "))}.`,
      ),
    )
  if (c.segments === 0 && c.documentSegments === 0) out.push(p("No accepted codings carry this theme yet."))
  else {
    const groups = t.groups
      .filter((g) => g.participants > 0)
      .map((g) => `${Format.group(g.group)} ${g.participants}`)
    out.push(
      p(
        `Supported by <strong>${plural(c.participants, "participant")}</strong> from <strong>${plural(c.groups, "group")}</strong>${groups.length ? ` (${e(groups.join(", "))})` : ""} in ${plural(c.segments, "interview segment")} across ${plural(c.interviews, "interview")}.` +
          (c.documents > 0
            ? ` Carried by ${plural(c.documentSegments, "segment")} in ${plural(c.documents, "document")}.`
            : ""),
      ),
    )
    if (t.participants.length) out.push(p(`Participants: ${e(t.participants.join(", "))}.`, "participants"))
  }
  if (t.quotations.length) {
    out.push(`<h5>Exemplar quotations</h5>`)
    for (const q of t.quotations)
      out.push(
        `<blockquote class="quotation"><p>${e(q.text)}</p><footer>${e(q.citation)}</footer></blockquote>`,
      )
  }
  out.push(
    t.documentary.length
      ? table(Tables.documentary(f, t), ["theme"])
      : p("Documentary corroboration: no document in the project carries this theme."),
  )
  out.push(
    t.statistical === null
      ? notComputed("Statistical corroboration: not computed (triangulation was not run for this report).")
      : t.statistical.length
        ? table(Tables.statistical(f, t), ["theme"])
        : p("Statistical corroboration: no statistic bears on this theme."),
  )
  out.push(
    t.convergence === null
      ? notComputed("Convergence: not computed (triangulation was not run for this report).")
      : t.convergence.length
        ? table(Tables.convergence(f, t), ["theme"])
        : p("Convergence: no pair of evidence types was compared for this theme."),
  )
  out.push("</article>")
  return out.join("\n")
}

const section = (f: Findings, id: Sections.SectionId): string => {
  const body: string[] = []
  switch (id) {
    case "summary": {
      body.push(p(Prose.summary(f)))
      body.push(table(Tables.sources(f)), table(Tables.participants(f)))
      break
    }
    case "themes":
      if (f.themes.length === 0) body.push(p(Prose.NO_THEMES))
      for (const g of Sections.themeGroups(f)) {
        body.push(`<h3>${e(g.heading)}</h3>`)
        if (g.themes.length === 0) body.push(p("No theme is linked to this question."))
        for (const t of g.themes) body.push(theme(f, t))
      }
      break
    case "matrix":
      if (f.themes.length && Tables.matrixGroups(f).length) {
        body.push(
          figure(
            Charts.heatMap(f, "chart-heat-map"),
            "Supporting participants by theme and participant group (darker cells: more participants).",
          ),
        )
        body.push(table(Tables.matrix(f)))
      } else body.push(p("No participants or no themes: nothing to cross-tabulate."))
      break
    case "model":
      if (!f.model) body.push(notComputed(Sections.notComputed.model!))
      else {
        body.push(
          p(`Link strength: ${e(f.model.measure)}. Hypothesised links are those the framework names.`),
        )
        if (f.model.links.length) {
          body.push(
            figure(
              Charts.factorValueDiagram(f.model, f, "chart-factor-value"),
              "Factor → value deficit links.",
            ),
          )
          body.push(table(Tables.links(f)))
        } else body.push(p("No factor co-occurs with a value."))
      }
      break
    case "saturation":
      if (!f.saturation) body.push(notComputed(Sections.notComputed.saturation!))
      else {
        body.push(p(e(f.saturation.verdict.statement), "verdict"))
        body.push(figure(Charts.saturationCurve(f.saturation, "chart-saturation"), "Saturation curve."))
        body.push(table(Tables.saturationParameters(f)))
        body.push(table(Tables.saturation(f)))
      }
      break
    case "reliability":
      if (!f.reliability) body.push(notComputed(Sections.notComputed.reliability!))
      else {
        const r = f.reliability
        body.push(p(`Coders ${e(r.coders.join(", "))} over ${plural(r.units, "unit")} (${e(r.unit)}).`))
        body.push(table(Tables.reliabilityOverall(f)))
        if (r.perCode.length) body.push(table(Tables.reliabilityPerCode(f)))
      }
      break
    case "comparison":
      if (!f.comparison) body.push(notComputed(Sections.notComputed.comparison!))
      else
        f.comparison.countries.forEach((c, i) => {
          body.push(`<h3 id="country-${slug(c.iso3)}">${e(c.name)} (${e(c.iso3)})</h3>`)
          if (c.tiers.length) {
            body.push(
              figure(
                Charts.tierTimeline(c, f.comparison!, `chart-tiers-${i}`),
                `TIP tier by report year, ${c.name}.`,
              ),
            )
            body.push(table(Tables.tiers(f, c), ["country"]))
          } else body.push(p("No TIP tiers recorded."))
          if (c.indicators.length) body.push(table(Tables.indicators(f, c), ["country"]))
          if (c.institutions.length) body.push(table(Tables.institutions(f, c), ["country"]))
        })
      break
    case "memos":
      body.push(f.memos?.length ? table(Tables.memos(f)) : p("No memos."))
      break
    case "method": {
      const m = f.method
      body.push(table(Tables.plugins(f)))
      body.push(m.coders.length ? table(Tables.coders(f)) : p("No coders recorded."))
      body.push(p(e(m.codings)), p(e(m.quotationRule)))
      body.push(
        `<ul>`,
        `<li>Sources imported: ${e(m.firstImport ?? "—")} to ${e(m.lastImport ?? "—")}</li>`,
        `<li>Interviews dated: ${e(m.interviewDates.from ?? "—")} to ${e(m.interviewDates.to ?? "—")}</li>`,
        `<li>Report generated: ${e(m.generatedAt)} (findings model version ${f.version})</li>`,
        ...m.analyses.map((a) => `<li>${e(a)}</li>`),
        `</ul>`,
      )
      break
    }
    case "plugins":
      break
  }
  return [
    `<section class="report-section" id="section-${id}">`,
    `<h2>${e(Sections.titles[id])}</h2>`,
    ...body,
    "</section>",
  ].join("\n")
}

export const render = (f: Findings, options: RenderOptions = {}): string => {
  const steps = Sections.plan(f, options.sections)
  const title = `${f.project.name}: findings`
  const titleOf = (s: Sections.Step) => (s.kind === "builtin" ? Sections.titles[s.id] : s.section.title)
  const parts = steps.map((s) =>
    s.kind === "builtin"
      ? section(f, s.id)
      : [
          `<section class="report-section plugin-section" id="${Sections.anchor(s)}">`,
          `<h2>${e(s.section.title)}</h2>`,
          s.section.plugin ? p(`From the plugin ${e(s.section.plugin)}.`, "meta") : "",
          markdownToHtml(s.section.markdown),
          "</section>",
        ].join("\n"),
  )
  return [
    "<!DOCTYPE html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8" />`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1" />`,
    `<meta name="generator" content="ValueLens (findings model version ${f.version})" />`,
    `<title>${e(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${e(title)}</h1>`,
    p(`Generated ${e(f.generatedAt)} from findings model version ${f.version}.`, "meta"),
    "</header>",
    `<nav class="toc" aria-label="Contents"><ol>`,
    ...steps.map((s) => `<li><a href="#${Sections.anchor(s)}">${e(titleOf(s))}</a></li>`),
    "</ol></nav>",
    "<main>",
    ...parts,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n")
}

export const renderer: Renderer = {
  format: "html",
  description: "one self-contained HTML file with inline SVG charts",
  layout: "file",
  extension: ".html",
  render: (f, options) => Effect.sync(() => [{ path: "", content: render(f, options) }]),
}
