/**
 * DOCX for researchers who write in Word: real headings (so Word's navigation pane and table of contents work),
 * real tables with a repeating header row, quotations in Word's "Quote" paragraph style, and the charts as the
 * tables they are drawn from (no pictures: the numbers stay editable and readable by screen readers).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx"
import { Effect } from "effect"
import type { Findings, Theme } from "../Findings.js"
import * as Format from "../Format.js"
import * as MarkdownText from "../MarkdownText.js"
import * as Prose from "../Prose.js"
import { type Renderer, type RenderOptions, ReportError } from "../Renderer.js"
import * as Sections from "../Sections.js"
import * as Tables from "../Tables.js"
import * as Widths from "./Widths.js"

type Block = Paragraph | Table

const cellText = (x: Tables.Cell): string => Prose.cell(x)

const para = (text: string, style?: string) => new Paragraph(style ? { text, style } : { text })
const heading = (text: string, level: 1 | 2 | 3 | 4 | 5) =>
  new Paragraph({
    text,
    heading: [
      HeadingLevel.HEADING_1,
      HeadingLevel.HEADING_2,
      HeadingLevel.HEADING_3,
      HeadingLevel.HEADING_4,
      HeadingLevel.HEADING_5,
    ][level - 1]!,
  })
const labelled = (label: string, text: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(text)] })

const table = (t: Tables.Table, drop: ReadonlyArray<string> = []): Block[] => {
  const keep = t.header.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0)
  const widths = Widths.fit(keep.map((i) => [t.header[i]!, ...t.rows.map((r) => cellText(r[i] ?? null))]))
  const row = (cells: ReadonlyArray<Tables.Cell>, header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: keep.map(
        (i, k) =>
          new TableCell({
            width: { size: widths[k]!, type: WidthType.DXA },
            children: [
              new Paragraph({
                alignment: !header && typeof cells[i] === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: cellText(cells[i] ?? null), bold: header })],
              }),
            ],
          }),
      ),
    })
  return [
    new Paragraph({ text: t.title, style: "Caption" }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: [...widths],
      layout: TableLayoutType.FIXED,
      rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
    }),
    para(""),
  ]
}

const runs = (spans: ReadonlyArray<MarkdownText.Span>) =>
  spans.map(
    (s) =>
      new TextRun({
        text: s.text,
        bold: s.bold ?? false,
        italics: s.italic ?? false,
        ...(s.code ? { font: "Consolas" } : {}),
      }),
  )

const markdownBlocks = (markdown: string): Block[] =>
  MarkdownText.parse(markdown).flatMap((b): Block[] => {
    switch (b.kind) {
      case "heading":
        return [
          new Paragraph({
            heading: b.level <= 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
            children: runs(b.spans),
          }),
        ]
      case "paragraph":
        return [new Paragraph({ children: runs(b.spans) })]
      case "quote":
        return [new Paragraph({ style: "Quote", children: runs(b.spans) })]
      case "list":
        return b.items.map((item, i) =>
          b.ordered
            ? new Paragraph({ children: [new TextRun(`${i + 1}. `), ...runs(item)] })
            : new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
        )
      case "code":
        return b.text
          .split("\n")
          .map((l) => new Paragraph({ children: [new TextRun({ text: l, font: "Consolas" })] }))
    }
    return []
  })

const plural = Prose.plural

const theme = (f: Findings, t: Theme): Block[] => {
  const c = t.counts
  const out: Block[] = [heading(t.name, 4), para(`${Format.kind(t.kind)} · ${t.id}`)]
  if (t.definition) out.push(labelled("Definition.", t.definition))
  if (t.deficit) out.push(labelled("What a deficit looks like.", t.deficit))
  if (t.drives.length)
    out.push(
      labelled(
        "Hypothesised to drive:",
        `${t.drives.map((v) => f.themes.find((x) => x.id === v)?.name ?? v).join(", ")}.`,
      ),
    )
  if (c.segments === 0 && c.documentSegments === 0)
    out.push(para("No accepted codings carry this theme yet."))
  else {
    const groups = t.groups
      .filter((g) => g.participants > 0)
      .map((g) => `${Format.group(g.group)} ${g.participants}`)
    out.push(
      para(
        `Supported by ${plural(c.participants, "participant")} from ${plural(c.groups, "group")}${groups.length ? ` (${groups.join(", ")})` : ""} in ${plural(c.segments, "interview segment")} across ${plural(c.interviews, "interview")}.` +
          (c.documents > 0
            ? ` Carried by ${plural(c.documentSegments, "segment")} in ${plural(c.documents, "document")}.`
            : ""),
      ),
    )
    if (t.participants.length) out.push(para(`Participants: ${t.participants.join(", ")}.`))
  }
  if (t.quotations.length) {
    out.push(heading("Exemplar quotations", 5))
    for (const q of t.quotations)
      out.push(
        new Paragraph({
          style: "Quote",
          children: [new TextRun(q.text), new TextRun({ text: ` ${q.citation}`, italics: false })],
        }),
      )
  }
  if (t.documentary.length) out.push(...table(Tables.documentary(f, t), ["theme"]))
  else out.push(para("Documentary corroboration: no document in the project carries this theme."))
  if (t.statistical === null)
    out.push(para("Statistical corroboration: not computed (triangulation was not run for this report)."))
  else if (t.statistical.length) out.push(...table(Tables.statistical(f, t), ["theme"]))
  else out.push(para("Statistical corroboration: no statistic bears on this theme."))
  if (t.convergence === null)
    out.push(para("Convergence: not computed (triangulation was not run for this report)."))
  else if (t.convergence.length) out.push(...table(Tables.convergence(f, t), ["theme"]))
  else out.push(para("Convergence: no pair of evidence types was compared for this theme."))
  return out
}

const section = (f: Findings, id: Sections.SectionId): Block[] => {
  const out: Block[] = [heading(Sections.titles[id], 2)]
  switch (id) {
    case "summary": {
      out.push(para(Prose.summary(f)), ...table(Tables.sources(f)), ...table(Tables.participants(f)))
      break
    }
    case "themes":
      if (f.themes.length === 0) out.push(para(Prose.NO_THEMES))
      for (const g of Sections.themeGroups(f)) {
        out.push(heading(g.heading, 3))
        if (g.themes.length === 0) out.push(para("No theme is linked to this question."))
        for (const t of g.themes) out.push(...theme(f, t))
      }
      break
    case "matrix":
      if (f.themes.length && Tables.matrixGroups(f).length) out.push(...table(Tables.matrix(f)))
      else out.push(para("No participants or no themes: nothing to cross-tabulate."))
      break
    case "model":
      if (!f.model) out.push(para(Sections.notComputed.model!))
      else {
        out.push(para(`Link strength: ${f.model.measure}. Hypothesised links are those the framework names.`))
        out.push(
          ...(f.model.links.length ? table(Tables.links(f)) : [para("No factor co-occurs with a value.")]),
        )
      }
      break
    case "saturation":
      if (!f.saturation) out.push(para(Sections.notComputed.saturation!))
      else
        out.push(
          para(f.saturation.verdict.statement),
          ...table(Tables.saturationParameters(f)),
          ...table(Tables.saturation(f)),
        )
      break
    case "reliability":
      if (!f.reliability) out.push(para(Sections.notComputed.reliability!))
      else {
        const r = f.reliability
        out.push(para(`Coders ${r.coders.join(", ")} over ${plural(r.units, "unit")} (${r.unit}).`))
        out.push(...table(Tables.reliabilityOverall(f)))
        if (r.perCode.length) out.push(...table(Tables.reliabilityPerCode(f)))
      }
      break
    case "comparison":
      if (!f.comparison) out.push(para(Sections.notComputed.comparison!))
      else
        for (const c of f.comparison.countries) {
          out.push(heading(`${c.name} (${c.iso3})`, 3))
          out.push(
            ...(c.tiers.length ? table(Tables.tiers(f, c), ["country"]) : [para("No TIP tiers recorded.")]),
          )
          if (c.indicators.length) out.push(...table(Tables.indicators(f, c), ["country"]))
          if (c.institutions.length) out.push(...table(Tables.institutions(f, c), ["country"]))
        }
      break
    case "memos":
      out.push(...(f.memos?.length ? table(Tables.memos(f)) : [para("No memos.")]))
      break
    case "method": {
      const m = f.method
      out.push(...table(Tables.plugins(f)))
      out.push(...(m.coders.length ? table(Tables.coders(f)) : [para("No coders recorded.")]))
      out.push(para(m.codings), para(m.quotationRule))
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          text: `Sources imported: ${m.firstImport ?? "—"} to ${m.lastImport ?? "—"}`,
        }),
        new Paragraph({
          bullet: { level: 0 },
          text: `Interviews dated: ${m.interviewDates.from ?? "—"} to ${m.interviewDates.to ?? "—"}`,
        }),
        new Paragraph({
          bullet: { level: 0 },
          text: `Report generated: ${m.generatedAt} (findings model version ${f.version})`,
        }),
        ...m.analyses.map((text) => new Paragraph({ bullet: { level: 0 }, text })),
      )
      break
    }
    case "plugins":
      break
  }
  return out
}

export const document = (f: Findings, options: RenderOptions = {}): Document => {
  const children: Block[] = [
    new Paragraph({ text: `${f.project.name}: findings`, heading: HeadingLevel.TITLE }),
    para(`Generated ${f.generatedAt} from findings model version ${f.version}.`),
  ]
  for (const step of Sections.plan(f, options.sections))
    if (step.kind === "builtin") children.push(...section(f, step.id))
    else
      children.push(
        heading(step.section.title, 2),
        ...(step.section.plugin ? [para(`From the plugin ${step.section.plugin}.`)] : []),
        ...markdownBlocks(step.section.markdown),
      )
  return new Document({
    creator: "ValueLens",
    title: `${f.project.name}: findings`,
    description: `Findings model version ${f.version}`,
    styles: {
      paragraphStyles: [
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
        },
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    // A4 with one-inch margins: the text width the tables' columns are fitted to
    sections: [
      {
        properties: {
          page: {
            size: Widths.A4,
            margin: {
              top: Widths.MARGIN,
              right: Widths.MARGIN,
              bottom: Widths.MARGIN,
              left: Widths.MARGIN,
            },
          },
        },
        children,
      },
    ],
  })
}

export const render = (f: Findings, options: RenderOptions = {}): Promise<Uint8Array> =>
  Packer.toBuffer(document(f, options)).then((b) => new Uint8Array(b))

export const renderer: Renderer = {
  format: "docx",
  description: "a Word document (headings, tables, quotations in the Quote style)",
  layout: "file",
  extension: ".docx",
  render: (f, options) =>
    Effect.tryPromise({
      try: () => render(f, options).then((content) => [{ path: "", content }]),
      catch: (cause) => new ReportError({ message: `writing the DOCX failed: ${String(cause)}`, cause }),
    }),
}
