/**
 * Text in code points for the reader: words and wrapped lines, each a `[start, end)` range of code point
 * offsets into the source's normalised text (the offsets codings store). Sentences and turns are the coding
 * package's `Units`, so the reader moves by the same units the CLI codes and agreement compares.
 */
export interface Range {
  readonly start: number
  readonly end: number
}

export const chars = (text: string): ReadonlyArray<string> => Array.from(text)

const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t"

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
