/**
 * A source's text as another program saw it, and the map from that program's offsets to ValueLens offsets.
 *
 * REFI-QDA offsets count characters of the original plain text: `\r\n` is two characters there, and the BOM is
 * not counted. ValueLens stores the normalised text (`\r\n` → `\n`, NFC) and counts code points, so every
 * offset is mapped through the normalisation, one grapheme cluster at a time (NFC never composes across a
 * cluster boundary, and `\r\n` is one cluster). Most programs count code points; NVivo, a .NET program, counts
 * UTF-16 code units, which differ after every emoji.
 */
import { BadInput, Text } from "@valuelens/core"

export type OffsetUnit = "code-point" | "utf-16"

/**
 * How a producer counted offsets: the character unit, and whether a CRLF pair counts as two characters (the
 * text as stored in the file) or one (the text as the producer showed it, with line ends as one character:
 * ATLAS.ti, and QualCoder's "MAXQDA line endings" export).
 */
export interface Convention {
  readonly unit: OffsetUnit
  readonly crlf: "two" | "one"
}

export interface SourceText {
  /** The normalised text ValueLens stores. */
  readonly text: string
  /** Length of `text` in code points. */
  readonly length: number
  /** The stored text between two code point offsets. */
  readonly slice: (start: number, end: number) => string
  /** Whether the original has characters outside the BMP, where the two units disagree. */
  readonly hasAstral: boolean
  /** Whether the original has CRLF pairs, where counting them as one or two disagree. */
  readonly hasCrlf: boolean
  /**
   * Maps an offset in the original text, counted under a convention (a bare unit counts CRLF as two), to a code
   * point offset in `text`. A start inside a cluster moves to the cluster's start, an end to its end. Undefined
   * when the offset lies outside the original text.
   */
  readonly map: (
    offset: number,
    convention: OffsetUnit | Convention,
    edge: "start" | "end",
  ) => number | undefined
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

/** Decodes UTF-8 bytes (a BOM is dropped), failing with the byte offset of the first invalid sequence. */
export const decodeUtf8 = (bytes: Uint8Array, file: string): string | BadInput => {
  try {
    const s = strictUtf8.decode(bytes)
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s
  } catch {
    const byte = Text.firstInvalidUtf8Byte(bytes)
    return new BadInput({
      reason: "invalid-utf8",
      file,
      byte,
      message: `${file}: invalid UTF-8 at byte ${byte}; REFI-QDA text sources are UTF-8`,
    })
  }
}

const segmenter = new Intl.Segmenter("und", { granularity: "grapheme" })

/** Builds the stored text and the offset map for an original text (BOM already removed). */
export const make = (original: string): SourceText => {
  const raw = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original
  const n = raw.length
  // floor[i] / ceil[i]: normalised UTF-16 index of the cluster boundary at or before / at or after raw index i
  const floor = new Int32Array(n + 1)
  const ceil = new Int32Array(n + 1)
  const pieces: string[] = []
  let out = 0
  const cluster = (from: number, to: number, piece: string) => {
    floor[from] = out
    ceil[from] = out
    const next = out + piece.length
    for (let i = from + 1; i < to; i++) {
      floor[i] = out
      ceil[i] = next
    }
    pieces.push(piece)
    out = next
  }
  const lf = raw.replace(/\r\n?/g, "\n")
  if (lf.normalize("NFC") === lf) {
    // The common case: only line endings change; clusters are CRLF, surrogate pairs and single units.
    let i = 0
    while (i < n) {
      const c = raw.charCodeAt(i)
      if (c === 13) {
        const to = raw.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
        cluster(i, to, "\n")
        i = to
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = raw.charCodeAt(i + 1)
        const to = d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1
        cluster(i, to, raw.slice(i, to))
        i = to
      } else {
        cluster(i, i + 1, raw[i]!)
        i++
      }
    }
  } else
    for (const { segment, index } of segmenter.segment(raw))
      cluster(index, index + segment.length, segment.replace(/\r\n?/g, "\n").normalize("NFC"))
  floor[n] = out
  ceil[n] = out
  const text = pieces.join("")
  const stored = new Text.OffsetMap(text)
  const original16 = new Text.OffsetMap(raw)
  const hasAstral = original16.length !== raw.length
  const hasCrlf = raw.includes("\r\n")
  // the original with each CRLF as one character, and where each of its UTF-16 indices lies in the original
  let lines: { readonly map: Text.OffsetMap; readonly toRaw: Int32Array } | undefined
  const linesView = () => {
    if (lines) return lines
    const toRaw = new Int32Array(n + 1)
    let j = 0
    for (let i = 0; i < n; i++) {
      if (raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) continue
      toRaw[j++] = raw.charCodeAt(i) === 10 && i > 0 && raw.charCodeAt(i - 1) === 13 ? i - 1 : i
    }
    toRaw[j] = n
    lines = { map: new Text.OffsetMap(raw.replaceAll("\r\n", "\n")), toRaw: toRaw.subarray(0, j + 1) }
    return lines
  }
  return {
    text,
    length: stored.length,
    slice: (start, end) => stored.slice(start, end),
    hasAstral,
    hasCrlf,
    map: (offset, convention, edge) => {
      if (!Number.isInteger(offset) || offset < 0) return undefined
      const { unit, crlf } = typeof convention === "string" ? { unit: convention, crlf: "two" } : convention
      const view = crlf === "one" && hasCrlf ? linesView() : undefined
      const units = view ? view.map : original16
      if (unit === "code-point" && offset > units.length) return undefined
      const k = unit === "utf-16" ? offset : units.toUtf16(offset)
      if (k > (view ? view.toRaw.length - 1 : n)) return undefined
      const i = view ? view.toRaw[k]! : k
      return stored.toCodePoint((edge === "start" ? floor : ceil)[i]!)
    },
  }
}
