/**
 * Sentence splitting for interview speech and documents, in English and Malay. A sentence ends at `.`, `!`, `?`
 * or an ellipsis (with any closing quotes or brackets after it) when whitespace and then a capital letter, a
 * digit or an opening quote follow; a blank line always ends one. A single line break does not, so a sentence
 * (and a phrase in it) may run across a line break. A period after a known abbreviation (`Dr.`, `e.g.`,
 * `Sdn. Bhd.`, `No. 14`, Malay honorifics such as `Tn.`, `Hj.`) or a single initial does not end a sentence.
 */
import { Text } from "@valuelens/core"
import { grown } from "./Growable.js"

/** A span of text, end-exclusive. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** Never end a sentence: titles, honorifics, and abbreviations that are always followed by more. */
const NEVER_FINAL = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "prof",
  "sr",
  "jr",
  "st",
  "hon",
  "gen",
  "col",
  "capt",
  "lt",
  "sgt",
  "insp",
  "supt",
  "e.g",
  "i.e",
  "cf",
  "vs",
  "viz",
  "approx",
  "sdn",
  "dept",
  "govt",
  "tn",
  "pn",
  "en",
  "cik",
  "hj",
  "hjh",
  "yb",
  "ybhg",
  "kpd",
  "sdr",
  "sdri",
])
/** Abbreviations of a following number (`No. 14`, `Art. 5`, `Bil. 3`): final unless a digit follows. */
const BEFORE_NUMBER = new Set([
  "no",
  "nos",
  "art",
  "arts",
  "sec",
  "para",
  "p",
  "pp",
  "vol",
  "ch",
  "fig",
  "bil",
  "s",
])

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000
// what the scan stops at: terminators (. ! ? … 。) and the line break
const TERMINATORS = ".!?\u2026\u3002"
const STOPS = [...TERMINATORS, "\n"]
// by UTF-16 code unit: 1 for a terminator, 2 for a line break
const BREAK = (() => {
  const table = new Uint8Array(65536)
  for (const t of TERMINATORS) table[t.charCodeAt(0)] = 1
  table[10] = 2
  return table
})()
const isTerminator = (c: number) => BREAK[c] === 1
// closing quotes and brackets that belong to the sentence before them: " ' ) ] » ” ’
const isCloser = (c: number) =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x201d || c === 0x2019
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase()
// ASCII answered without case-mapping a string: this runs at every sentence end
const isLower = (ch: string) => {
  const c = ch.charCodeAt(0)
  if (c < 128) return c >= 97 && c <= 122
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}
const isDigit = (c: number) => c >= 48 && c <= 57

/** The longest word that can stop a period ending a sentence (an abbreviation above). */
const LONGEST = Math.max(...[...NEVER_FINAL, ...BEFORE_NUMBER].map((w) => w.length))

/**
 * The word (letters and inner periods) that ends just before `dot`, lower-cased; "" when it is longer than
 * any abbreviation, so the common case, a sentence ending in an ordinary word, makes no string. Lower-casing
 * never shortens a word that becomes an ASCII abbreviation, so nothing that could match is missed.
 */
const wordBefore = (text: string, dot: number, floor: number): string => {
  let i = dot
  while (i > floor) {
    const c = text.charCodeAt(i - 1)
    if (isSpace(c) || c === 40 || c === 34 || c === 0x201c) break
    if (dot - i === LONGEST) return ""
    i--
  }
  return text.slice(i, dot).toLowerCase()
}

/** Sentence spans (UTF-16 indices) in typed arrays reused from call to call, for callers that split many regions. */
export class SpanBuffer {
  starts = new Int32Array(256)
  ends = new Int32Array(256)
  length = 0

  push(start: number, end: number): void {
    const n = this.length++
    if (n === this.starts.length) {
      this.starts = grown(this.starts, n * 2)
      this.ends = grown(this.ends, n * 2)
    }
    this.starts[n] = start
    this.ends[n] = end
  }
}

// by stop character: where it next occurs in the region being split (the region's end when it does not)
const nextStop = new Int32Array(STOPS.length)

/**
 * Replaces the spans in `out` with the sentences of `text[from, to)`, as `splitUtf16` gives them. The scan
 * jumps from one stop character to the next with the engine's native search (`indexOf`, bounded to the region
 * by a slice, which shares the text's memory) rather than reading every code unit: most of a region is words.
 */
export const splitInto = (out: SpanBuffer, text: string, from = 0, to = text.length): void => {
  out.length = 0
  const region = text.slice(from, to)
  nextStop.fill(-1)
  // the first stop at or after `i`, re-searching only the characters whose last find lies behind `i`
  const stopAt = (i: number): number => {
    let first = to
    for (let k = 0; k < STOPS.length; k++) {
      if (nextStop[k]! < i) {
        const at = region.indexOf(STOPS[k]!, i - from)
        nextStop[k] = at < 0 ? to : from + at
      }
      if (nextStop[k]! < first) first = nextStop[k]!
    }
    return first
  }
  const push = (start: number, end: number) => {
    let s = start
    let e = end
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) out.push(s, e)
  }
  let start = from
  for (let i = stopAt(from); i < to; i = stopAt(i)) {
    const c = text.charCodeAt(i)
    if (BREAK[c] === 2) {
      // a blank line (only whitespace between two line breaks) ends a sentence
      let j = i + 1
      while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13))
        j++
      if (j < to && text.charCodeAt(j) === 10) {
        push(start, i)
        start = j + 1
        i = j + 1
        continue
      }
      i++
      continue
    }
    const first = i
    let j = i
    while (j < to && isTerminator(text.charCodeAt(j))) j++
    const runLength = j - first
    while (j < to && isCloser(text.charCodeAt(j))) j++
    if (j < to && !isSpace(text.charCodeAt(j))) {
      // "3.5", "e.g.,", "U.S.-based": no whitespace after, not an end
      i = j
      continue
    }
    let k = j
    while (k < to && isSpace(text.charCodeAt(k))) k++
    if (k >= to) {
      push(start, j)
      start = j
      i = j
      continue
    }
    const next = text[k]!
    const nextCode = text.charCodeAt(k)
    let final = !isLower(next)
    if (final && runLength === 1 && c === 46) {
      const word = wordBefore(text, first, start)
      if (NEVER_FINAL.has(word)) final = false
      else if (BEFORE_NUMBER.has(word) && isDigit(nextCode)) final = false
      // a single capital initial before a name: "J. Smith"
      else if (word.length === 1 && isUpper(word.toUpperCase()) && isUpper(text[first - 1]!) && isUpper(next))
        final = false
    }
    if (final) {
      push(start, j)
      start = k
    }
    i = k
  }
  push(start, to)
}

const spans = new SpanBuffer()

/**
 * Sentences of `text[from, to)` as UTF-16 index spans, trimmed of surrounding whitespace. Empty input gives no
 * sentences; text without a terminator is one sentence.
 */
export const splitUtf16 = (text: string, from = 0, to = text.length): Span[] => {
  splitInto(spans, text, from, to)
  const out: Span[] = []
  for (let s = 0; s < spans.length; s++) out.push({ start: spans.starts[s]!, end: spans.ends[s]! })
  return out
}

/** Sentences of `text` (or of `text[from, to)`), as code point spans like every stored offset. */
export const split = (text: string, from?: number, to?: number): Span[] => {
  const map = new Text.OffsetMap(text)
  const a = from === undefined ? 0 : map.toUtf16(from)
  const b = to === undefined ? text.length : map.toUtf16(to)
  return splitUtf16(text, a, b).map((s) => ({ start: map.toCodePoint(s.start), end: map.toCodePoint(s.end) }))
}

/** The sentence containing code point `offset`, or undefined when it falls between sentences. */
export const at = (text: string, offset: number, from?: number, to?: number): Span | undefined =>
  split(text, from, to).find((s) => s.start <= offset && offset < s.end)
