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

/**
 * Factors on the left, values on the right, a line for each link: thicker for a stronger link, its strength
 * written on it; solid where the framework hypothesises the link, dashed where it does not.
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
  const rowH = 40
  const width = 760
  const boxW = 250
  const top = 30
  const height = top + rowH * Math.max(factorIds.length, valueIds.length, 1) + 40
  const fy = (i: number) => top + i * rowH + rowH / 2
  const max = Math.max(0.0001, ...model.links.map((l) => l.strength))
  const body: string[] = [
    text(10, 18, "Organisational and structural factors", `font-weight="bold"`),
    text(width - 10, 18, "Value deficits", `font-weight="bold" text-anchor="end"`),
  ]
  const label = (s: string) => (s.length > 38 ? `${s.slice(0, 37)}…` : s)
  factorIds.forEach((fid, i) => {
    body.push(`<rect x="10" y="${fy(i) - 14}" width="${boxW}" height="28" rx="4" fill="#fff" stroke="#000"/>`)
    body.push(text(18, fy(i) + 4, label(nameOf(fid))))
  })
  valueIds.forEach((vid, i) => {
    body.push(
      `<rect x="${width - 10 - boxW}" y="${fy(i) - 14}" width="${boxW}" height="28" rx="4" fill="#eee" stroke="#000"/>`,
    )
    body.push(text(width - 18 - boxW + 16, fy(i) + 4, label(nameOf(vid))))
  })
  for (const l of [...model.links].sort((a, b) => a.strength - b.strength)) {
    const i = factorIds.indexOf(l.factor)
    const j = valueIds.indexOf(l.value)
    const x1 = 10 + boxW
    const x2 = width - 10 - boxW
    const y1 = fy(i)
    const y2 = fy(j)
    const w = 1 + (l.strength / max) * 6
    body.push(
      `<line x1="${x1}" y1="${r1(y1)}" x2="${x2}" y2="${r1(y2)}" stroke="#000" stroke-width="${r1(w)}"${l.hypothesised ? "" : ` stroke-dasharray="6 4"`}><title>${e(`${l.factorName} → ${l.valueName}: ${Format.number(l.strength)} (${l.cooccurrences} co-occurrences, ${l.participants.length} participants)`)}</title></line>`,
    )
    // each factor's labels sit at their own distance along the lines, so labels of links into one value
    // do not pile up at the same point
    const t = 0.2 + (0.6 * i) / Math.max(1, factorIds.length - 1)
    const mx = x1 + (x2 - x1) * t
    const my = y1 + (y2 - y1) * t
    body.push(
      `<text x="${r1(mx)}" y="${r1(my - 3)}" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${e(Format.number(l.strength))}</text>`,
    )
  }
  const ly = height - 12
  body.push(`<line x1="10" y1="${ly - 4}" x2="50" y2="${ly - 4}" stroke="#000" stroke-width="2"/>`)
  body.push(text(56, ly, "hypothesised by the framework"))
  body.push(
    `<line x1="260" y1="${ly - 4}" x2="300" y2="${ly - 4}" stroke="#000" stroke-width="2" stroke-dasharray="6 4"/>`,
  )
  body.push(text(306, ly, "not hypothesised; thicker = stronger"))
  return svg(
    id,
    width,
    height,
    "Factor → value deficit links",
    `${model.links.length} links between ${factorIds.length} factors and ${valueIds.length} values; strength is ${model.measure}.`,
    body,
  )
}
