/**
 * Units of analysis: the spans a source is cut into when coders are compared, when a person codes "this
 * sentence" or "this turn", and when the reader moves through a text. One definition, used by the CLI, the TUI,
 * agreement and the analyses alike:
 * - a **turn** is a participant's speaker turn (interviewer turns are not evidence); a source without turns
 *   (a document) is cut into paragraphs instead;
 * - a **paragraph** is text between blank lines, trimmed;
 * - a **sentence** is what `Sentences` finds within a speaker turn, or within a paragraph of a source without
 *   turns (abbreviations such as `Dr.` and `Insp.` do not end one); as a unit of analysis, only the sentences
 *   of participant turns count.
 * Spans are code point offsets into the normalised text, end-exclusive, like every stored offset.
 */
import { Text, type Turn } from "@valuelens/core"
import * as Sentences from "./Sentences.js"

export type UnitKind = "turn" | "sentence" | "paragraph"
export const unitKinds: ReadonlyArray<UnitKind> = ["turn", "sentence", "paragraph"]

/** A span of text in code points, end-exclusive. */
export interface Span {
  readonly start: number
  readonly end: number
}

const trimmedSpans = (text: string, pattern: RegExp): Span[] => {
  const out: Span[] = []
  let from = 0
  const push = (a: number, b: number) => {
    const piece = text.slice(a, b)
    const leading = piece.length - piece.trimStart().length
    const trail = piece.length - piece.trimEnd().length
    if (a + leading < b - trail) out.push({ start: a + leading, end: b - trail })
  }
  for (const m of text.matchAll(pattern)) {
    push(from, m.index)
    from = m.index + m[0].length
  }
  push(from, text.length)
  return out
}

const paragraphsUtf16 = (text: string): Span[] => trimmedSpans(text, /\n[ \t]*\n\s*/g)

const inCodePoints = (text: string, spans: ReadonlyArray<Span>): Span[] => {
  const map = new Text.OffsetMap(text)
  return spans.map((s) => ({ start: map.toCodePoint(s.start), end: map.toCodePoint(s.end) }))
}

/** Paragraphs: text between blank lines, trimmed. */
export const paragraphs = (text: string): Span[] => inCodePoints(text, paragraphsUtf16(text))

/**
 * Every sentence of a source: within each speaker turn (a sentence never runs from one speaker into the next),
 * or within each paragraph when the source has no turns.
 */
export const sentences = (text: string, sourceTurns: ReadonlyArray<Turn> = []): Span[] => {
  if (sourceTurns.length === 0)
    return inCodePoints(
      text,
      paragraphsUtf16(text).flatMap((p) => Sentences.splitUtf16(text, p.start, p.end)),
    )
  const map = new Text.OffsetMap(text)
  return [...sourceTurns]
    .sort((a, b) => a.index - b.index)
    .flatMap((t) => Sentences.splitUtf16(text, map.toUtf16(t.start), map.toUtf16(t.end)))
    .map((s) => ({ start: map.toCodePoint(s.start), end: map.toCodePoint(s.end) }))
}

/** The participant turns of a source, in order; paragraphs when it has no turns (a document). */
export const turns = (text: string, sourceTurns: ReadonlyArray<Turn>): Span[] =>
  sourceTurns.length > 0
    ? participantTurns(sourceTurns).map((t) => ({ start: t.start, end: t.end }))
    : paragraphs(text)

const participantTurns = (sourceTurns: ReadonlyArray<Turn>): Turn[] =>
  [...sourceTurns].sort((a, b) => a.index - b.index).filter((t) => !t.interviewer)

/**
 * A source cut into units of analysis of one kind: what participants said (interviewer turns are never
 * evidence), or the whole text of a source without turns.
 */
export const of = (kind: UnitKind, text: string, sourceTurns: ReadonlyArray<Turn>): Span[] =>
  kind === "turn"
    ? turns(text, sourceTurns)
    : kind === "sentence"
      ? sentences(text, sourceTurns.length > 0 ? participantTurns(sourceTurns) : [])
      : paragraphs(text)

/** The unit containing code point `offset`, or undefined when it falls between units. */
export const at = (units: ReadonlyArray<Span>, offset: number): Span | undefined =>
  units.find((u) => u.start <= offset && offset < u.end)
