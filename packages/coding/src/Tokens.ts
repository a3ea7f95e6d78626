/**
 * Word tokens: runs of letters, digits and combining marks, with inner apostrophes and hyphens kept
 * (`victim's`, `inter-agency`). Lexicon terms and source text are tokenised by the same code, so both sides of
 * a match agree on what a word is. Offsets are UTF-16 indices; callers convert to code points once per source.
 */

/** 1 for letters, digits and combining marks in the Basic Multilingual Plane, built once. */
export const WORD = (() => {
  const table = new Uint8Array(65536)
  const re = /[\p{L}\p{N}\p{M}]/u
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (c < 128) {
      table[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
    } else if (re.test(String.fromCharCode(c))) table[c] = 1
  }
  return table
})()

// apostrophes (' ’) and hyphens (- ‐ ‑) join two word characters into one token
export const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011

/** Growable token buffers: start and end (UTF-16) and a number per token (the caller's term id). */
export class TokenBuffer {
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  ids = new Int32Array(1024)
  length = 0

  reset(): void {
    this.length = 0
  }

  push(start: number, end: number, id: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2)
        b.set(a)
        return b
      }
      this.starts = grow(this.starts)
      this.ends = grow(this.ends)
      this.ids = grow(this.ids)
    }
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.ids[this.length] = id
    this.length++
  }
}

/** Calls `f(start, end)` for each word token of `text[from, to)`. */
export const each = (
  text: string,
  from: number,
  to: number,
  f: (start: number, end: number) => void,
): void => {
  let i = from
  while (i < to) {
    if (WORD[text.charCodeAt(i)] !== 1) {
      i++
      continue
    }
    const start = i
    i++
    for (;;) {
      while (i < to && WORD[text.charCodeAt(i)] === 1) i++
      if (i + 1 < to && isJoiner(text.charCodeAt(i)) && WORD[text.charCodeAt(i + 1)] === 1) {
        i += 2
        continue
      }
      break
    }
    f(start, i)
  }
}

/** The tokens of a string, as strings (for lexicon terms and tests). */
export const words = (text: string): string[] => {
  const out: string[] = []
  each(text, 0, text.length, (s, e) => {
    out.push(text.slice(s, e))
  })
  return out
}

/** Case-folds a token and drops an English possessive (`Victim’s` → `victim`), before stemming. */
export const fold = (word: string): string => {
  let w = word.toLowerCase()
  if (w.includes("\u2019")) w = w.replaceAll("\u2019", "'")
  if (w.endsWith("'s") && w.length > 2) w = w.slice(0, -2)
  return w
}
