/**
 * Text in code points for the reader: sentences, words and wrapped lines, each a `[start, end)` range of
 * code point offsets into the source's normalised text (the offsets codings store).
 */
export interface Range {
  readonly start: number
  readonly end: number
}

export const chars = (text: string): ReadonlyArray<string> => Array.from(text)

const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t"

/** Sentences: runs ending in `.`, `!` or `?` followed by white space, or at a line break; spaces trimmed. */
export const sentences = (cs: ReadonlyArray<string>): ReadonlyArray<Range> => {
  const out: Range[] = []
  let start = 0
  const push = (end: number) => {
    let s = start
    let e = end
    while (s < e && isSpace(cs[s])) s++
    while (e > s && isSpace(cs[e - 1])) e--
    if (e > s) out.push({ start: s, end: e })
  }
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]
    if (c === "\n") {
      push(i)
      start = i + 1
    } else if ((c === "." || c === "!" || c === "?") && (i + 1 === cs.length || isSpace(cs[i + 1]))) {
      push(i + 1)
      start = i + 1
    }
  }
  push(cs.length)
  return out
}

/** Paragraphs (text between line breaks): the units of a document without speaker turns. */
export const paragraphs = (cs: ReadonlyArray<string>): ReadonlyArray<Range> => {
  const out: Range[] = []
  let start = 0
  for (let i = 0; i <= cs.length; i++) {
    if (i === cs.length || cs[i] === "\n") {
      if (cs.slice(start, i).some((c) => !isSpace(c))) out.push({ start, end: i })
      start = i + 1
    }
  }
  return out
}

/** The end of the next word after `at` (moving right) or the start of the word before it (moving left). */
export const wordStep = (cs: ReadonlyArray<string>, at: number, direction: 1 | -1): number => {
  let i = at
  if (direction === 1) {
    while (i < cs.length && isSpace(cs[i])) i++
    while (i < cs.length && !isSpace(cs[i])) i++
    return i
  }
  while (i > 0 && isSpace(cs[i - 1])) i--
  while (i > 0 && !isSpace(cs[i - 1])) i--
  return i
}

/**
 * Wraps text into lines of at most `width` code points, breaking at spaces where it can and always at `\n`.
 * Each line is the range it shows; the break character itself belongs to no line.
 */
export const wrap = (cs: ReadonlyArray<string>, width: number): ReadonlyArray<Range> => {
  const w = Math.max(1, width)
  const out: Range[] = []
  let start = 0
  while (start <= cs.length) {
    let nl = start
    while (nl < cs.length && cs[nl] !== "\n") nl++
    if (nl - start <= w) {
      out.push({ start, end: nl })
      start = nl + 1
      if (nl === cs.length) break
      continue
    }
    let cut = start + w
    let space = cut
    while (space > start && cs[space] !== " ") space--
    if (space > start) cut = space
    out.push({ start, end: cut })
    start = cs[cut] === " " ? cut + 1 : cut
  }
  return out
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end

/** Index of the first range that ends after `at` (the one containing it, or the next). */
export const rangeAt = (ranges: ReadonlyArray<Range>, at: number): number => {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return Math.min(lo, Math.max(0, ranges.length - 1))
}
