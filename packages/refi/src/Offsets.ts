/**
 * Which offset convention a file's producer used, proven from the file rather than assumed from its name.
 *
 * Producers disagree on two things: the character unit (code points, or UTF-16 code units as .NET programs
 * such as NVivo count them) and whether a CRLF pair counts as two characters or one (ATLAS.ti, and QualCoder's
 * "MAXQDA line endings" export, count offsets over the text with LF line ends but store it with CRLF). The two
 * only matter after an emoji or a CRLF. QualCoder, ATLAS.ti and ValueLens write each selection's quoted text as
 * its `name`, so the convention under which the names match the text is the producer's; a selection outside
 * its text rules a convention out. One convention holds for a whole file.
 */
import type * as Qde from "./Qde.js"
import type { Convention, SourceText } from "./SourceText.js"

export const conventions: ReadonlyArray<Convention> = [
  { unit: "code-point", crlf: "two" },
  { unit: "utf-16", crlf: "two" },
  { unit: "code-point", crlf: "one" },
  { unit: "utf-16", crlf: "one" },
]

/** The convention as a researcher reads it in a summary. */
export const describe = (c: Convention): string =>
  `${c.unit === "utf-16" ? "UTF-16 code units" : "code points"}, CRLF counted as ${c.crlf}`

/** What a producer is known to write when its file proves nothing (one of `conventions`). */
export const usual = (tool: string): Convention =>
  conventions[tool === "nvivo" ? 1 : tool === "atlas.ti" ? 2 : 0]!

/** A text source with its selections, as the detection reads it. */
export interface Text {
  readonly guid: string
  readonly label: string
  readonly text: SourceText
  readonly selections: ReadonlyArray<Qde.TextSelection>
}

/** A selection whose name quotes other text than its offsets select under the convention that fits best. */
export interface Disagreement {
  readonly source: string
  readonly selection: string
  readonly name: string
  readonly found: string
}

export interface Decision {
  readonly convention: Convention
  /**
   * `quotes`: the selections' names proved it; `same`: every convention selects the same text; `assumed`: the
   * names prove nothing (none quotes its text), so the producer's usual convention was taken.
   */
  readonly proof: "quotes" | "same" | "assumed"
  /** Selections whose name quotes their text under some convention, so they could be checked. */
  readonly checked: number
}

export type Result =
  | { readonly _tag: "fits"; readonly decision: Decision }
  | {
      readonly _tag: "none"
      readonly convention: Convention
      readonly disagreements: ReadonlyArray<Disagreement>
      readonly checked: number
    }
  | { readonly _tag: "outside"; readonly source: Text; readonly selection: Qde.TextSelection }

const collapse = (s: string) => s.replace(/\s+/g, " ").trim()

/** The quotation a selection's name carries, without a trailing ellipsis; too short to prove anything → undefined. */
const quotation = (name: string | undefined): string | undefined => {
  const q = collapse((name ?? "").replace(/(…|\.\.\.)$/, ""))
  return [...q].length >= 3 ? q : undefined
}

/** Decides the convention of one file from all its text sources. Pure. */
export const detect = (texts: ReadonlyArray<Text>, tool: string): Result => {
  const usualOne = usual(tool)
  const order = [usualOne, ...conventions.filter((c) => c !== usualOne)]
  // a convention that puts any selection outside its text is ruled out
  const possible = order.filter((c) =>
    texts.every(({ text, selections }) =>
      selections.every((sel) => {
        const s = text.map(sel.start, c, "start")
        const e = text.map(sel.end, c, "end")
        return s !== undefined && e !== undefined && sel.end >= sel.start
      }),
    ),
  )
  const first = possible[0]
  if (first === undefined) {
    for (const t of texts)
      for (const sel of t.selections) {
        const s = t.text.map(sel.start, usualOne, "start")
        const e = t.text.map(sel.end, usualOne, "end")
        if (s === undefined || e === undefined || sel.end < sel.start)
          return { _tag: "outside", source: t, selection: sel }
      }
    throw new Error("a convention was ruled out by no selection")
  }
  const matches = new Map(possible.map((c) => [c, 0]))
  let checked = 0
  let differ = false
  const quoted: { t: Text; sel: Qde.TextSelection; q: string; ok: Set<Convention> }[] = []
  for (const t of texts) {
    if (!t.text.hasAstral && !t.text.hasCrlf) continue
    for (const sel of t.selections) {
      // every convention, possible or not: a quotation that fits only a ruled-out one is a disagreement
      const spans = conventions.map((c) => {
        const s = t.text.map(sel.start, c, "start")
        const e = t.text.map(sel.end, c, "end")
        return s === undefined || e === undefined || e < s ? undefined : ([s, e] as const)
      })
      const key = (span: readonly [number, number] | undefined) => (span ? `${span[0]}:${span[1]}` : "")
      if (spans.every((span) => key(span) === key(spans[0]))) continue
      differ = true
      const q = quotation(sel.name)
      if (q === undefined) continue
      const ok = new Set<Convention>()
      conventions.forEach((c, i) => {
        const span = spans[i]
        if (span && collapse(t.text.slice(span[0], span[1])).startsWith(q)) ok.add(c)
      })
      if (ok.size === 0) continue // a name that is a label, not a quotation
      checked++
      quoted.push({ t, sel, q, ok })
      for (const c of possible) if (ok.has(c)) matches.set(c, (matches.get(c) ?? 0) + 1)
    }
  }
  if (!differ) return { _tag: "fits", decision: { convention: first, proof: "same", checked: 0 } }
  if (checked === 0) return { _tag: "fits", decision: { convention: first, proof: "assumed", checked } }
  const best = possible.reduce((a, b) => ((matches.get(b) ?? 0) > (matches.get(a) ?? 0) ? b : a))
  if ((matches.get(best) ?? 0) === checked)
    return { _tag: "fits", decision: { convention: best, proof: "quotes", checked } }
  const disagreements = quoted
    .filter((x) => !x.ok.has(best))
    .map(({ t, sel, q }) => ({
      source: t.label,
      selection: sel.guid,
      name: q,
      found: collapse(t.text.slice(t.text.map(sel.start, best, "start")!, t.text.map(sel.end, best, "end")!)),
    }))
  return { _tag: "none", convention: best, disagreements, checked }
}
