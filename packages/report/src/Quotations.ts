/**
 * Exemplar quotations for a theme, chosen by one documented rule so that a report is reproducible and does not
 * lean on one voice:
 *
 * 1. **Rank** every candidate by its coding score (highest first; a coding without a score, such as a manual
 *    one, counts as 0), then by length: longer first up to `maxLength` code points (a quotation needs enough
 *    context to stand alone), with any longer than that after all that fit, shorter first. Ties go to the earlier
 *    source and the earlier position in it.
 * 2. **Cover groups first**: take the best-ranked quotation of each participant group, the group with the
 *    best-ranked quotation first. Documents count as one more group, after every participant group.
 * 3. **Then new voices**: fill the remaining places in rank order with participants (or documents) not yet
 *    quoted.
 * 4. **Then the rest**, in rank order.
 *
 * A quotation that overlaps one already chosen in the same source is never taken. Interviews are cited by
 * participant, `(AGC 1)`; documents by title and page, `(TIP Report 2023, p. 12)`.
 */
import { Text } from "@valuelens/core"
import type { Quotation } from "./Findings.js"
import * as MarkdownText from "./MarkdownText.js"

export const DEFAULT_COUNT = 3
export const DEFAULT_MAX_LENGTH = 500

/** The rule above in one paragraph, for the report's method notes. */
export const rule =
  "Exemplar quotations are chosen per theme by a fixed rule: first the best-ranked quotation from each " +
  "participant group (documents count as one more group, after the participant groups), then quotations from " +
  "participants not yet quoted, then the rest. Rank is the coding score (highest first; unscored codings " +
  "count as 0), then length (longer first up to 500 characters, longer ones last), then source order. " +
  "Overlapping quotations are never both shown."

export interface Candidate {
  readonly segmentId: string
  readonly sourceId: string
  readonly sourceTitle: string
  readonly sourceKind: "interview" | "document"
  /** Import order of the source, for ties. */
  readonly sourcePosition: number
  readonly participantId?: string | undefined
  readonly group?: string | undefined
  readonly year?: number | undefined
  readonly page?: number | undefined
  readonly start: number
  readonly end: number
  readonly text: string
  readonly score?: number | undefined
}

export interface Options {
  readonly count?: number
  readonly maxLength?: number
}

/** How a quotation is cited in running text. */
export const citation = (c: Candidate): string => {
  if (c.sourceKind === "interview") return `(${c.participantId ?? c.sourceTitle})`
  const year = c.year !== undefined && !c.sourceTitle.includes(String(c.year)) ? `, ${c.year}` : ""
  const page = c.page !== undefined ? `, p. ${c.page}` : ""
  return `(${c.sourceTitle}${year}${page})`
}

const DOCUMENTS = "\u0000documents"
const groupOf = (c: Candidate) => (c.sourceKind === "document" ? DOCUMENTS : (c.group ?? "other"))
const voiceOf = (c: Candidate) =>
  c.sourceKind === "document" ? `doc:${c.sourceId}` : `p:${c.participantId ?? c.sourceId}`

/** Orders candidates by rank (step 1). Exported so tests and callers can see the ranking itself. */
export const rank = (candidates: ReadonlyArray<Candidate>, maxLength = DEFAULT_MAX_LENGTH): Candidate[] => {
  const keyed = candidates.map((c) => ({ c, length: Text.codePointLength(c.text.trim()) }))
  keyed.sort((x, y) => {
    const ds = (y.c.score ?? 0) - (x.c.score ?? 0)
    if (ds !== 0) return ds
    const xFits = x.length <= maxLength
    const yFits = y.length <= maxLength
    if (xFits !== yFits) return xFits ? -1 : 1
    const dl = xFits ? y.length - x.length : x.length - y.length
    if (dl !== 0) return dl
    return x.c.sourcePosition - y.c.sourcePosition || x.c.start - y.c.start || x.c.end - y.c.end
  })
  return keyed.map((k) => k.c)
}

/** Chooses up to `count` exemplar quotations by the rule above. */
export const choose = (candidates: ReadonlyArray<Candidate>, options: Options = {}): Quotation[] => {
  const count = options.count ?? DEFAULT_COUNT
  if (count <= 0) return []
  const ranked = rank(candidates, options.maxLength ?? DEFAULT_MAX_LENGTH)
  const chosen: Candidate[] = []
  const voices = new Set<string>()
  const overlaps = (c: Candidate) =>
    chosen.some((d) => d.sourceId === c.sourceId && d.start < c.end && c.start < d.end)
  const take = (c: Candidate) => {
    chosen.push(c)
    voices.add(voiceOf(c))
  }

  // step 2: the best of each group, participant groups in order of their best candidate, documents last
  const bestOfGroup = new Map<string, Candidate>()
  for (const c of ranked) if (!bestOfGroup.has(groupOf(c))) bestOfGroup.set(groupOf(c), c)
  const groups = [...bestOfGroup.keys()].sort((a, b) => Number(a === DOCUMENTS) - Number(b === DOCUMENTS))
  for (const g of groups) {
    if (chosen.length >= count) break
    const c = ranked.find((d) => groupOf(d) === g && !overlaps(d))
    if (c) take(c)
  }
  // step 3: new voices; step 4: the rest
  for (const newVoicesOnly of [true, false])
    for (const c of ranked) {
      if (chosen.length >= count) break
      if (chosen.includes(c) || overlaps(c)) continue
      if (newVoicesOnly && voices.has(voiceOf(c))) continue
      take(c)
    }

  return chosen.map((c) => ({
    segmentId: c.segmentId,
    sourceId: c.sourceId,
    sourceTitle: c.sourceTitle,
    sourceKind: c.sourceKind,
    participantId: c.participantId ?? null,
    group: c.sourceKind === "interview" ? (c.group ?? null) : null,
    page: c.page ?? null,
    start: c.start,
    end: c.end,
    // plain text in every format: Markdown sources keep no heading marks or emphasis in a quotation
    text: MarkdownText.plain(c.text.trim()),
    score: c.score ?? null,
    citation: citation(c),
  }))
}
