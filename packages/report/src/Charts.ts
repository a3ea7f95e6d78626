/**
 * Charts as inline SVG, made in-process from the findings model. Each reads in grey-scale: values are labelled
 * or marked by shape, hatching and dashes, never by colour alone. Every string from the model is escaped.
 */
import * as Escape from "./Escape.js"
import type { Comparison, CountryFindings, FactorValueModel, Findings, Saturation } from "./Findings.js"
import * as Format from "./Format.js"

const e = Escape.html
const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12"`
const r1 = (x: number) => Math.round(x * 10) / 10

const svg = (id: string, width: number, height: number, title: string, desc: string, body: string[]) =>
  [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${e(id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${e(id)}-title ${e(id)}-desc" ${FONT}>`,
    `<title id="${e(id)}-title">${e(title)}</title>`,
    `<desc id="${e(id)}-desc">${e(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...body,
    "</svg>",
  ].join("\n")

const text = (x: number, y: number, s: string, attrs = "") =>
  `<text x="${r1(x)}" y="${r1(y)}" ${attrs}>${e(s)}</text>`

/** Axis ticks from `from` to `to`: a step of 1, 2 or 5 times a power of ten, at most about `max` of them. */
export const ticks = (from: number, to: number, max = 8): number[] => {
  const span = Math.max(1, to - from)
  let step = 1
  for (let p = 1; ; p *= 10) {
    const s = [1, 2, 5].map((m) => m * p).find((m) => span / m <= max)
    if (s !== undefined) {
      step = s
      break
    }
  }
  const out: number[] = []
  for (let v = Math.ceil(from / step) * step; v <= to; v += step) out.push(v)
  if (out.length === 0 || (out[0] !== from && out[0]! - from >= step / 2)) out.unshift(from)
  if (out.at(-1)! !== to && to - out.at(-1)! >= step / 2) out.push(to)
  return out
}

/**
 * One country's TIP tier by report year: a step line over bands of tier levels (best at the top). Filled
 * circles are confirmed placements, hollow ones any other confidence; missing years break the line.
 */
export const tierTimeline = (country: CountryFindings, comparison: Comparison, id: string): string => {
  const levels = comparison.levels
  const years = country.tiers.map((t) => t.year)
  const from = comparison.from ?? Math.min(...years)
  const to = comparison.to ?? Math.max(...years)
  const left = 140
  const top = 16
  const band = 26
  const width = 680
  const plotW = width - left - 24
  const height = top + band * levels.length + 48
  const x = (year: number) => left + (to === from ? plotW / 2 : ((year - from) / (to - from)) * plotW)
  const y = (tier: string) => top + band * Math.max(0, levels.indexOf(tier)) + band / 2
  const body: string[] = []
  levels.forEach((l, i) => {
    body.push(
      `<rect x="${left}" y="${top + i * band}" width="${plotW}" height="${band}" fill="${i % 2 ? "#f2f2f2" : "#fff"}" stroke="#ccc" stroke-width="0.5"/>`,
    )
    body.push(text(left - 8, top + i * band + band / 2 + 4, l, `text-anchor="end"`))
  })
  const axisY = top + band * levels.length
  for (const yr of ticks(from, to)) {
    body.push(`<line x1="${r1(x(yr))}" y1="${axisY}" x2="${r1(x(yr))}" y2="${axisY + 5}" stroke="#000"/>`)
    body.push(text(x(yr), axisY + 18, String(yr), `text-anchor="middle"`))
  }
  // one point per year: the first source listed for that year
  const points = [...new Map(country.tiers.map((t) => [t.year, t])).values()].sort((a, b) => a.year - b.year)
  let path = ""
  points.forEach((p, i) => {
    const prev = points[i - 1]
    if (prev && p.year === prev.year + 1) path += ` H${r1(x(p.year))} V${r1(y(p.tier))}`
    else path += ` M${r1(x(p.year))} ${r1(y(p.tier))}`
  })
  if (path) body.push(`<path d="${path.trim()}" fill="none" stroke="#000" stroke-width="2"/>`)
  for (const p of points) {
    const confirmed = p.confidence === "confirmed"
    body.push(
      `<circle cx="${r1(x(p.year))}" cy="${r1(y(p.tier))}" r="4.5" fill="${confirmed ? "#000" : "#fff"}" stroke="#000" stroke-width="1.5"><title>${e(`${p.year}: ${p.tier} (${p.confidence ?? "confidence not stated"}; ${p.source})`)}</title></circle>`,
    )
  }
  body.push(`<circle cx="${left + 6}" cy="${height - 10}" r="4.5" fill="#000" stroke="#000"/>`)
  body.push(text(left + 16, height - 6, "confirmed"))
  body.push(
    `<circle cx="${left + 110}" cy="${height - 10}" r="4.5" fill="#fff" stroke="#000" stroke-width="1.5"/>`,
  )
  body.push(text(left + 120, height - 6, "single source or less certain"))
  const first = points[0]
  const last = points.at(-1)
  return svg(
    id,
    width,
    height,
    `TIP tier by report year: ${country.name}`,
    first && last
      ? `${country.name}: ${first.tier} in ${first.year}, ${last.tier} in ${last.year}; ${points.length} report years.`
      : `${country.name}: no tier recorded.`,
    body,
  )
}

/**
 * New codes per interview (hatched bars) and the cumulative number of codes (line with dots), with the
 * interview at which saturation was reached marked by a dashed line and labelled.
 */
export const saturationCurve = (s: Saturation, id: string): string => {
  const width = 680
  const height = 280
  const left = 48
  const top = 20
  const plotW = width - left - 20
  const plotH = height - top - 56
  const n = Math.max(1, s.points.length)
  const maxY = Math.max(1, s.totalCodes, ...s.points.map((p) => p.newCodes.length))
  const slot = plotW / n
  const x = (pos: number) => left + (pos - 0.5) * slot
  const y = (v: number) => top + plotH - (v / maxY) * plotH
  const body: string[] = [
    `<defs><pattern id="${e(id)}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="2.5"/></pattern></defs>`,
  ]
  const steps = maxY <= 10 ? maxY : 5
  for (let i = 0; i <= steps; i++) {
    const v = Math.round((maxY * i) / steps)
    body.push(`<line x1="${left}" y1="${r1(y(v))}" x2="${left + plotW}" y2="${r1(y(v))}" stroke="#ddd"/>`)
    body.push(text(left - 6, y(v) + 4, String(v), `text-anchor="end"`))
  }
  const bw = Math.max(0.5, slot * 0.7)
  for (const p of s.points) {
    const h = y(0) - y(p.newCodes.length)
    if (h > 0)
      body.push(
        `<rect x="${r1(x(p.position) - bw / 2)}" y="${r1(y(p.newCodes.length))}" width="${r1(bw)}" height="${r1(h)}" fill="url(#${e(id)}-hatch)" stroke="#000" stroke-width="0.5"/>`,
      )
  }
  body.push(
    `<polyline points="${s.points.map((p) => `${r1(x(p.position))},${r1(y(p.cumulative))}`).join(" ")}" fill="none" stroke="#000" stroke-width="2"/>`,
  )
  if (s.points.length <= 60)
    for (const p of s.points)
      body.push(`<circle cx="${r1(x(p.position))}" cy="${r1(y(p.cumulative))}" r="3" fill="#000"/>`)
  body.push(`<line x1="${left}" y1="${r1(y(0))}" x2="${left + plotW}" y2="${r1(y(0))}" stroke="#000"/>`)
  for (const pos of ticks(1, s.points.length || 1))
    body.push(text(x(pos), y(0) + 16, String(pos), `text-anchor="middle"`))
  body.push(text(left + plotW / 2, height - 22, `interview (${s.order})`, `text-anchor="middle"`))
  const at = s.verdict.atInterview
  if (s.verdict.saturated && at !== null) {
    body.push(
      `<line x1="${r1(x(at))}" y1="${top}" x2="${r1(x(at))}" y2="${r1(y(0))}" stroke="#000" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    )
    body.push(text(x(at) + 4, top + 12, `saturation at interview ${at}`))
  }
  const ly = height - 6
  body.push(
    `<rect x="${left}" y="${ly - 10}" width="14" height="10" fill="url(#${e(id)}-hatch)" stroke="#000" stroke-width="0.5"/>`,
  )
  body.push(text(left + 20, ly, "new codes in this interview"))
  body.push(
    `<line x1="${left + 220}" y1="${ly - 4}" x2="${left + 250}" y2="${ly - 4}" stroke="#000" stroke-width="2"/>`,
  )
  body.push(text(left + 256, ly, "cumulative codes"))
  return svg(
    id,
    width,
    height,
    "Saturation: new and cumulative codes per interview",
    `${s.points.length} interviews, ${s.totalCodes} distinct codes. ${s.verdict.statement}`,
    body,
  )
}

/** Theme × participant group: supporting participants, the number in each cell, darker for more. */
export const heatMap = (f: Findings, id: string): string => {
  const groups = f.project.participantsByGroup.map((g) => g.group)
  const rowH = 24
  const colW = 96
  const left = 230
  const top = 44
  const width = left + colW * Math.max(1, groups.length) + 10
  const height = top + rowH * f.themes.length + 10
  const max = Math.max(1, ...f.themes.flatMap((t) => t.groups.map((g) => g.participants)))
  const body: string[] = []
  groups.forEach((g, j) => {
    const label = Format.group(g)
    const words = label.split(" ")
    const lines = words.length > 1 && label.length > 14 ? [words[0]!, words.slice(1).join(" ")] : [label]
    for (const [k, l] of lines.entries())
      body.push(
        text(left + j * colW + colW / 2, top - 8 - (lines.length - 1 - k) * 14, l, `text-anchor="middle"`),
      )
  })
  f.themes.forEach((t, i) => {
    const ty = top + i * rowH
    const name = t.name.length > 34 ? `${t.name.slice(0, 33)}…` : t.name
    body.push(text(left - 8, ty + rowH / 2 + 4, name, `text-anchor="end"`))
    groups.forEach((g, j) => {
      const n = t.groups.find((x) => x.group === g)?.participants ?? 0
      const shade = Math.round(255 - (n / max) * 200)
      const fill = `rgb(${shade},${shade},${shade})`
      const cx = left + j * colW
      body.push(
        `<rect x="${cx}" y="${ty}" width="${colW}" height="${rowH}" fill="${fill}" stroke="#fff" stroke-width="1"/>`,
      )
      body.push(
        text(
          cx + colW / 2,
          ty + rowH / 2 + 4,
          String(n),
          `text-anchor="middle" fill="${shade < 140 ? "#fff" : "#000"}"`,
        ),
      )
    })
  })
  return svg(
    id,
    width,
    height,
    "Supporting participants by theme and participant group",
    `${f.themes.length} themes by ${groups.length} groups; each cell shows the number of participants in that group who support the theme.`,
    body,
  )
}

/** The words of `s` in lines of at most `width` characters, at most `lines` of them (the last cut with "…"). */
export const wrap = (s: string, width: number, lines = 2): string[] => {
  const out: string[] = []
  let line = ""
  for (const word of s.split(/\s+/).filter((w) => w.length > 0)) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= width || !line) line = next
    else {
      out.push(line)
      line = word
    }
  }
  if (line) out.push(line)
  const kept = out.slice(0, lines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l))
  if (out.length > lines) kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1).trimEnd()}…`
  return kept
}

/** The width of the factor → value diagram: it fits the text width of an A4 page (160 mm at 96 dpi). */
export const DIAGRAM_WIDTH = 600

/**
 * Factors on the left, values on the right, a line for each link with evidence: thicker for a stronger link;
 * solid where the framework hypothesises the link, dashed where it does not. Black on white, so it reads in
 * grey-scale and in print. Each link has a port of its own beside its factor, where its strength is written and
 * from where its line leaves: ports are a line of text apart, so no two labels meet and no line crosses a label.
 * Links without a co-occurrence are not drawn (the table lists them).
 */
export const factorValueDiagram = (model: FactorValueModel, f: Findings, id: string): string => {
  const factorIds = [
    ...new Set([
      ...f.themes.filter((t) => t.kind === "factor").map((t) => t.id),
      ...model.links.map((l) => l.factor),
    ]),
  ]
  const valueIds = [
    ...new Set([
      ...f.themes.filter((t) => t.kind === "value").map((t) => t.id),
      ...model.links.map((l) => l.value),
    ]),
  ]
  const nameOf = (tid: string) =>
    f.themes.find((t) => t.id === tid)?.name ??
    model.links.find((l) => l.factor === tid)?.factorName ??
    model.links.find((l) => l.value === tid)?.valueName ??
    tid
  const drawn = model.links.filter((l) => l.strength > 0)
  // each factor's links leave in the order of their values, each value's arrive in the order of their factors
  const out = (fid: string) =>
    drawn
      .filter((l) => l.factor === fid)
      .sort((a, b) => valueIds.indexOf(a.value) - valueIds.indexOf(b.value))
  const into = (vid: string) =>
    drawn
      .filter((l) => l.value === vid)
      .sort((a, b) => factorIds.indexOf(a.factor) - factorIds.indexOf(b.factor))
  const PORT = 15
  const ports = Math.max(1, ...factorIds.map((x) => out(x).length), ...valueIds.map((x) => into(x).length))
  const rowH = Math.max(46, ports * PORT + 16)
  const width = DIAGRAM_WIDTH
  const boxW = 170
  const stub = 44
  const top = 30
  const rows = Math.max(factorIds.length, valueIds.length, 1)
  const height = top + rowH * rows + 36
  const cy = (i: number) => top + i * rowH + rowH / 2
  const portY = (centre: number, k: number, n: number) => centre + (k - (n - 1) / 2) * PORT
  const max = Math.max(0.0001, ...drawn.map((l) => l.strength))
  const body: string[] = [
    text(10, 18, "Organisational and structural factors", `font-weight="bold"`),
    text(width - 10, 18, "Value deficits", `font-weight="bold" text-anchor="end"`),
  ]
  const box = (x: number, i: number, name: string, fill: string) => {
    body.push(
      `<rect x="${x}" y="${r1(cy(i) - rowH / 2 + 4)}" width="${boxW}" height="${rowH - 8}" rx="4" fill="${fill}" stroke="#000"/>`,
    )
    const lines = wrap(name, 24)
    lines.forEach((l, k) => {
      body.push(text(x + 8, cy(i) + 4 + (k - (lines.length - 1) / 2) * 14, l))
    })
  }
  factorIds.forEach((fid, i) => {
    box(10, i, nameOf(fid), "#fff")
  })
  valueIds.forEach((vid, i) => {
    box(width - 10 - boxW, i, nameOf(vid), "#eee")
  })
  const x1 = 10 + boxW
  const x2 = width - 10 - boxW
  const lines: string[] = []
  const labels: string[] = []
  factorIds.forEach((fid, i) => {
    const links = out(fid)
    links.forEach((l, k) => {
      const j = valueIds.indexOf(l.value)
      const arriving = into(l.value)
      const y1 = portY(cy(i), k, links.length)
      const y2 = portY(cy(j), arriving.indexOf(l), arriving.length)
      const w = 1 + (l.strength / max) * 5
      lines.push(
        `<path d="M${x1 + stub} ${r1(y1)} L${x2 - 12} ${r1(y2)} H${x2}" fill="none" stroke="#000" stroke-width="${r1(w)}"${l.hypothesised ? "" : ` stroke-dasharray="6 4"`}><title>${e(`${l.factorName} → ${l.valueName}: ${Format.number(l.strength)} (${l.cooccurrences} co-occurrences, ${l.participants.length} participants)`)}</title></path>`,
      )
      labels.push(
        `<text x="${x1 + stub / 2}" y="${r1(y1 + 4)}" text-anchor="middle" stroke="#fff" stroke-width="4" paint-order="stroke">${e(Format.number(l.strength))}</text>`,
      )
    })
  })
  // labels over lines, so a label's white halo is never crossed
  body.push(...lines, ...labels)
  const ly = height - 12
  body.push(`<line x1="10" y1="${ly - 4}" x2="40" y2="${ly - 4}" stroke="#000" stroke-width="2"/>`)
  body.push(text(46, ly, "hypothesised"))
  body.push(
    `<line x1="140" y1="${ly - 4}" x2="170" y2="${ly - 4}" stroke="#000" stroke-width="2" stroke-dasharray="6 4"/>`,
  )
  body.push(text(176, ly, "not hypothesised; thicker = stronger"))
  return svg(
    id,
    width,
    height,
    "Factor → value deficit links",
    `${drawn.length} links with evidence between ${factorIds.length} factors and ${valueIds.length} values; strength is ${model.measure}.${drawn.length < model.links.length ? ` ${model.links.length - drawn.length} links without a co-occurrence are not drawn.` : ""}`,
    body,
  )
}
