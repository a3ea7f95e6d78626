/**
 * Speaker turns of an interview transcript. A line `Speaker: text` starts a turn; the lines after it, up to the
 * next speaker line, belong to it. Offsets are code points into the text given (end-exclusive); a turn's span
 * covers what the speaker said, not the label.
 */
import { Text } from "@valuelens/core"

export const DEFAULT_INTERVIEWER_LABELS: ReadonlyArray<string> = ["Interviewer", "Q", "Moderator", "I"]

export interface ParsedTurn {
  readonly speaker: string
  /** Code point offsets of what was said, end-exclusive. */
  readonly start: number
  readonly end: number
  readonly interviewer: boolean
  /** 0-based line index (within the text given) of the speaker line. */
  readonly lineIndex: number
}

export interface TurnOptions {
  /** Labels that mark the interviewer, compared without regard to case. */
  readonly interviewerLabels?: ReadonlyArray<string>
  /** Labels always accepted as speakers (the participant's id, roster ids), whatever their shape. */
  readonly knownLabels?: ReadonlyArray<string>
  /**
   * Stop reading once more turns than this are found: a caller that refuses a transcript over its limit needs no
   * more, and a hostile file with millions of turns is never held whole.
   */
  readonly limit?: number
}

// `Label: text`, also `**Label:** text` and `**Label**: text` in Markdown. The colon must be followed by white
// space or the end of the line, so `10:30` and `https://` never start a turn.
const SPEAKER_LINE =
  /^[ \t]*(\*\*|__)?([\p{L}\p{N}][\p{L}\p{N}\p{M} .'’&()/_-]{0,47}?)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?=[ \t]|$)[ \t]*/u

const key = (label: string) => label.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase()

/**
 * Whether an unknown label looks like a speaker rather than the start of a sentence: at most five words, each
 * starting with a capital letter, a digit or a bracket (`AGC 2`, `UUM Academic 1`, `Dr. Tan`, `R`).
 */
const looksLikeLabel = (label: string): boolean => {
  const words = label.split(/\s+/).filter((w) => w.length > 0)
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}\p{Lt}\p{N}(]/u.test(w))
}

/** A label as the line may write it, and lower-cased once for comparing without regard to case. */
interface Label {
  readonly text: string
  readonly lower: string
}

const labelsOf = (labels: ReadonlyArray<string>): ReadonlyArray<Label> =>
  labels.map((text) => ({ text, lower: text.toLowerCase() }))

const LEAD = /^[ \t]*(?:\*\*|__)?/
const AFTER_LABEL = /^[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?=[ \t]|$)[ \t]*/

/**
 * A known label at the start of a line, whatever characters it holds (a participant id is the researcher's to
 * choose, so `<Dr. "X">` is as valid as `AGC 2`), followed by the colon and white space or the line's end.
 */
const knownLabelAt = (
  line: string,
  labels: ReadonlyArray<Label>,
): { readonly speaker: string; readonly textStart: number } | undefined => {
  const lead = LEAD.exec(line)![0].length
  for (const label of labels) {
    const end = lead + label.text.length
    // only the characters the label could cover are lower-cased: a transcript has thousands of lines
    if (line.slice(lead, end).toLowerCase() !== label.lower) continue
    const after = AFTER_LABEL.exec(line.slice(end))
    // the label as the line writes it (case included), not as it was configured
    if (after) return { speaker: line.slice(lead, end), textStart: end + after[0].length }
  }
  return undefined
}

/**
 * The speaker label a line starts with and where the speech begins (UTF-16 index), or undefined. Known labels
 * (longest first) are tried before the shape of an unknown one.
 */
export const speakerOf = (
  line: string,
  known: ReadonlySet<string>,
  knownLabels: ReadonlyArray<string> = [],
): { readonly speaker: string; readonly textStart: number } | undefined =>
  speakerAt(line, known, labelsOf(knownLabels))

const speakerAt = (
  line: string,
  known: ReadonlySet<string>,
  knownLabels: ReadonlyArray<Label>,
): { readonly speaker: string; readonly textStart: number } | undefined => {
  const exact = knownLabelAt(line, knownLabels)
  if (exact) return exact
  const m = SPEAKER_LINE.exec(line)
  if (!m) return undefined
  const speaker = m[2]!.replace(/\s+/g, " ").trim()
  if (speaker === "") return undefined
  if (!known.has(key(speaker)) && !looksLikeLabel(speaker)) return undefined
  return { speaker, textStart: m[0].length }
}

export const isInterviewer = (speaker: string, labels: ReadonlyArray<string> = DEFAULT_INTERVIEWER_LABELS) =>
  labels.some((l) => key(l) === key(speaker))

/**
 * Splits a transcript body into turns. Empty turns (a label with nothing said) are dropped. With a `limit`, at
 * most `limit + 1` turns are returned.
 */
export const parse = (text: string, options: TurnOptions = {}): ParsedTurn[] => {
  const interviewerLabels = options.interviewerLabels ?? DEFAULT_INTERVIEWER_LABELS
  const labels = [...interviewerLabels, ...(options.knownLabels ?? [])]
  const known = new Set(labels.map(key))
  const longestFirst = labelsOf(
    [...labels].map((l) => l.replace(/\s+/g, " ").trim()).sort((a, b) => b.length - a.length),
  )
  const interviewers = new Set(interviewerLabels.map(key))
  const map = new Text.OffsetMap(text)
  const turns: ParsedTurn[] = []
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  let current: { speaker: string; start: number; end: number; lineIndex: number } | undefined
  const close = () => {
    if (current && current.end > current.start)
      turns.push({
        speaker: current.speaker,
        start: map.toCodePoint(current.start),
        end: map.toCodePoint(current.end),
        interviewer: interviewers.has(key(current.speaker)),
        lineIndex: current.lineIndex,
      })
  }
  let at = 0
  let lineIndex = 0
  while (at <= text.length) {
    const nl = text.indexOf("\n", at)
    const lineEnd = nl === -1 ? text.length : nl
    const line = text.slice(at, lineEnd)
    const contentEnd = at + line.trimEnd().length
    const s = speakerAt(line, known, longestFirst)
    if (s) {
      close()
      if (turns.length > limit) return turns
      const start = Math.min(at + s.textStart, contentEnd)
      current = { speaker: s.speaker, start, end: Math.max(start, contentEnd), lineIndex }
    } else if (current && contentEnd > at + (line.length - line.trimStart().length)) {
      // a continuation line with something on it; an empty turn so far starts here
      if (current.end === current.start) current.start = at + (line.length - line.trimStart().length)
      current.end = contentEnd
    }
    if (nl === -1) break
    at = nl + 1
    lineIndex++
  }
  close()
  return turns
}
