/**
 * Word tokens: runs of letters, digits and combining marks, with inner apostrophes and hyphens kept
 * (`victim's`, `inter-agency`). Lexicon terms and source text are tokenised by the same code, so both sides of
 * a match agree on what a word is. Offsets are UTF-16 indices; callers convert to code points once per source.
 */
import { grown } from "./Growable.js"
import type { TokenCache } from "./TokenCache.js"

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

/** FNV-1a over UTF-16 code units: the hash the token cache is keyed by, taken while tokens are scanned. */
const HASH_SEED = 0x811c9dc5 | 0
const mixHash = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)

/** The hash of `text[start, end)`, as `TokenBuffer.fill` computes it for a token. */
export const hash = (text: string, start: number, end: number): number => {
  let h = HASH_SEED
  for (let i = start; i < end; i++) h = mixHash(h, text.charCodeAt(i))
  return h
}

// Buffer.write gives little-endian code units, which a Uint16Array reads in the machine's byte order
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1

/**
 * `units`, or a larger array if it is too short, holding the UTF-16 code units of `text[from, to)` at the same
 * indices. Node's native string encoder copies them (lone surrogates included) several times faster than a loop
 * of `charCodeAt`, and the scans that follow read a typed array rather than a string of unknown representation.
 */
export const unitsOf = (text: string, from: number, to: number, units: Uint16Array): Uint16Array => {
  const out = units.length >= to ? units : new Uint16Array(Math.max(to, units.length * 2))
  const bytes = Buffer.from(out.buffer, out.byteOffset + from * 2, (to - from) * 2)
  bytes.write(text.slice(from, to), "utf16le")
  if (!LITTLE_ENDIAN) bytes.swap16()
  return out
}

/** Growable token buffers: start and end (UTF-16) and stem id of each token. */
export class TokenBuffer {
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  ids = new Int32Array(1024)
  length = 0
  /** The code units of the text being tokenised, at their indices in it. */
  private units: Uint16Array = new Uint16Array(4096)

  /**
   * Replaces the buffer's tokens with those of `text[from, to)`, each with its id in `cache` (-1 without one),
   * looked up by the hash of its code units taken as it is scanned.
   */
  fill(text: string, from: number, to: number, cache?: TokenCache): void {
    const units = unitsOf(text, from, to, this.units)
    this.units = units
    // the arrays in locals, so the loop reads no field per token
    let { starts, ends, ids } = this
    let n = 0
    let i = from
    while (i < to) {
      let c = units[i]!
      if (WORD[c] !== 1) {
        i++
        continue
      }
      const start = i
      let h = mixHash(HASH_SEED, c)
      i++
      for (;;) {
        while (i < to) {
          c = units[i]!
          if (WORD[c] !== 1) break
          h = mixHash(h, c)
          i++
        }
        // an apostrophe or hyphen between two word characters stays inside the token
        if (i + 1 < to && isJoiner(c) && WORD[units[i + 1]!] === 1) {
          h = mixHash(h, c)
          i++
          continue
        }
        break
      }
      if (n === starts.length) {
        this.grow()
        ;({ starts, ends, ids } = this)
      }
      starts[n] = start
      ends[n] = i
      ids[n] = cache ? cache.id(text, units, start, i, h) : -1
      n++
    }
    this.length = n
  }

  private grow(): void {
    const size = this.starts.length * 2
    this.starts = grown(this.starts, size)
    this.ends = grown(this.ends, size)
    this.ids = grown(this.ids, size)
  }
}

/** Calls `f(start, end)` for each word token of `text[from, to)`. */
export const each = (
  text: string,
  from: number,
  to: number,
  f: (start: number, end: number) => void,
): void => {
  const tokens = new TokenBuffer()
  tokens.fill(text, from, to)
  for (let k = 0; k < tokens.length; k++) f(tokens.starts[k]!, tokens.ends[k]!)
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
