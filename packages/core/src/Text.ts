/**
 * Text normalisation and offsets. Every offset ValueLens stores is a Unicode code point index into the
 * normalised text (UTF-8 decoded, BOM dropped, `\r\n` and `\r` as `\n`, NFC), end-exclusive, as REFI-QDA
 * counts them. JavaScript strings index UTF-16 code units, so conversion lives here and nowhere else.
 */
import { Buffer, isUtf8 } from "node:buffer"
import { Effect } from "effect"
import { BadInput } from "./Errors.js"

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export const firstInvalidUtf8Byte = (bytes: Uint8Array): number => {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** True when the bytes look like a binary file rather than text: a NUL, or many C0 control bytes. */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const n = Math.min(bytes.length, 8192)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++
  }
  return n > 0 && controls / n > 0.1
}

/** Line (1-based) of a byte offset, for error messages. */
export const lineOfByte = (bytes: Uint8Array, offset: number): number => {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** `\r\n` and lone `\r` become `\n`, then Unicode NFC. */
export const normalise = (text: string): string => {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return (noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom).normalize("NFC")
}

/**
 * Decodes a file's bytes into normalised text. Empty, binary and invalid UTF-8 input fail with the file
 * named and, for invalid UTF-8, the byte offset and line of the first bad sequence.
 */
export const decode = (bytes: Uint8Array, file: string): Effect.Effect<string, BadInput> =>
  Effect.suspend(() => {
    if (
      bytes.length === 0 ||
      (bytes.length === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    )
      return Effect.fail(new BadInput({ reason: "empty-file", file, message: `${file}: the file is empty` }))
    if (looksBinary(bytes))
      return Effect.fail(
        new BadInput({
          reason: "binary-file",
          file,
          message: `${file}: this looks like a binary file, expected UTF-8 text`,
        }),
      )
    // validated first (simdutf, gigabytes a second) and then decoded without a check: a fatal TextDecoder
    // validates as it decodes, several times slower on the text of a thousand interviews
    if (isUtf8(bytes))
      return Effect.succeed(
        normalise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")),
      )
    const byte = firstInvalidUtf8Byte(bytes)
    const line = lineOfByte(bytes, byte)
    return Effect.fail(
      new BadInput({
        reason: "invalid-utf8",
        file,
        byte,
        line,
        message: `${file}: invalid UTF-8 at byte ${byte} (line ${line}); save the file as UTF-8`,
      }),
    )
  })

/** Number of code points in a string. */
export const codePointLength = (text: string): number => {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/

/**
 * Converts between code point offsets and UTF-16 indices for one text. Built once per text; O(1) for text
 * without astral characters, O(log n) otherwise (binary search over the astral positions).
 */
export class OffsetMap {
  /** UTF-16 indices of the high surrogate of every astral character. */
  private readonly astral: number[]
  readonly length: number

  constructor(readonly text: string) {
    const astral: number[] = []
    // found by a regular expression rather than a loop over every code unit: most texts have none or few, and
    // for the one-byte strings V8 keeps Latin-1 text in the search is instant
    const pairs = new RegExp(SURROGATE_PAIR.source, "g")
    for (let m = pairs.exec(text); m !== null; m = pairs.exec(text)) astral.push(m.index)
    this.astral = astral
    this.length = text.length - astral.length
  }

  /** UTF-16 index → code point offset. An index inside a surrogate pair maps to that character's start. */
  toCodePoint(utf16: number): number {
    const a = this.astral
    if (a.length === 0) return utf16
    // number of astral characters whose high surrogate is before `utf16`
    let lo = 0
    let hi = a.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (a[mid]! < utf16) lo = mid + 1
      else hi = mid
    }
    // inside a pair (utf16 === a[k] + 1) the pair is already counted, which lands on its start
    return utf16 - lo
  }

  /** Code point offset → UTF-16 index. */
  toUtf16(codePoint: number): number {
    const a = this.astral
    if (a.length === 0) return codePoint
    // the k-th astral char sits at code point a[k] - k; count those before `codePoint`
    let lo = 0
    let hi = a.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (a[mid]! - mid < codePoint) lo = mid + 1
      else hi = mid
    }
    return codePoint + lo
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end))
  }
}

/** The substring between code point offsets, for one-off use (build an OffsetMap for many). */
export const sliceCodePoints = (text: string, start: number, end: number): string =>
  new OffsetMap(text).slice(start, end)
