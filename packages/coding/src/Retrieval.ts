/**
 * Retrieval of coded passages, as in a coding query of NVivo or ATLAS.ti: the passages coded A, kept when they
 * also overlap a passage coded B (AND), when they overlap none coded C (NOT), when a passage coded D lies within
 * N words (NEAR), and when their participant is in a group or has an attribute. Pure: it reads coding rows, the
 * participants, and the texts NEAR needs.
 */
import type { CodingRow } from "@valuelens/store"

export interface Query {
  readonly code: string
  readonly and?: ReadonlyArray<string>
  readonly not?: ReadonlyArray<string>
  readonly near?: ReadonlyArray<{ readonly code: string; readonly words: number }>
  readonly groups?: ReadonlyArray<string>
  /** Participant attributes that must all hold (`region=north`). */
  readonly attributes?: ReadonlyArray<readonly [key: string, value: string]>
}

export interface Passage {
  readonly sourceId: string
  readonly sourceTitle: string
  readonly sourceKind: CodingRow["sourceKind"]
  readonly participantId: string | undefined
  readonly group: string | undefined
  readonly start: number
  readonly end: number
  readonly text: string
  readonly codeId: string
  readonly coders: ReadonlyArray<string>
}

interface Span {
  readonly start: number
  readonly end: number
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Words between two spans of one text (0 when they touch or overlap). */
const wordsBetween = (text: string, a: Span, b: Span): number => {
  if (overlaps(a, b)) return 0
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start]
  return (
    [...text]
      .slice(from, to)
      .join("")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).length
}

/** Spans coded `code`, by source. */
const spansOf = (rows: ReadonlyArray<CodingRow>, code: string): Map<string, Span[]> => {
  const out = new Map<string, Span[]>()
  for (const r of rows)
    if (r.codeId === code) {
      const list = out.get(r.sourceId) ?? []
      list.push(r)
      out.set(r.sourceId, list)
    }
  return out
}

export const retrieve = (
  rows: ReadonlyArray<CodingRow>,
  query: Query,
  context: {
    readonly attributes: (participantId: string) => Readonly<Record<string, unknown>> | undefined
    readonly text: (sourceId: string) => string | undefined
  },
): Passage[] => {
  const and = (query.and ?? []).map((c) => spansOf(rows, c))
  const not = (query.not ?? []).map((c) => spansOf(rows, c))
  const near = (query.near ?? []).map((n) => ({ words: n.words, spans: spansOf(rows, n.code) }))
  const passages = new Map<string, Passage>()
  for (const r of rows) {
    if (r.codeId !== query.code) continue
    if (query.groups?.length && !(r.group && query.groups.includes(r.group))) continue
    if (query.attributes?.length) {
      const attrs = r.participantId ? context.attributes(r.participantId) : undefined
      if (!attrs || !query.attributes.every(([k, v]) => String(attrs[k] ?? "") === v)) continue
    }
    if (!and.every((m) => (m.get(r.sourceId) ?? []).some((s) => overlaps(s, r)))) continue
    if (not.some((m) => (m.get(r.sourceId) ?? []).some((s) => overlaps(s, r)))) continue
    if (
      !near.every((n) => {
        const text = context.text(r.sourceId)
        return (
          text !== undefined &&
          (n.spans.get(r.sourceId) ?? []).some((s) => wordsBetween(text, s, r) <= n.words)
        )
      })
    )
      continue
    const key = `${r.sourceId}\u0000${r.start}\u0000${r.end}`
    const seen = passages.get(key)
    if (seen) {
      if (!seen.coders.includes(r.coderId))
        passages.set(key, { ...seen, coders: [...seen.coders, r.coderId] })
      continue
    }
    passages.set(key, {
      sourceId: r.sourceId,
      sourceTitle: r.sourceTitle,
      sourceKind: r.sourceKind,
      participantId: r.participantId,
      group: r.group,
      start: r.start,
      end: r.end,
      text: r.text,
      codeId: r.codeId,
      coders: [r.coderId],
    })
  }
  return [...passages.values()]
}

/** How a passage is cited in findings: `(AGC 1)` for a participant's words, the title for a document. */
export const citation = (p: Pick<Passage, "participantId" | "sourceTitle">): string =>
  `(${p.participantId ?? p.sourceTitle})`
