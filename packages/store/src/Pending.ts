/**
 * Pending suggestions: the codings an auto-coder proposes that no person has decided yet. A run proposes them by
 * the hundred thousand, so they are stored packed, one row per source (`pending_suggestions`), rather than as a
 * segment row and a coding row each: writing a row per suggestion costs SQLite more than matching the text does.
 * They read back as ordinary codings with status `suggested` (`codings.rows`, `pending.list`). The first time
 * anything is done to one (accepted, rejected, edited, merged), it becomes an ordinary segment and coding row
 * (`pending.materialize`), under the same ids, and leaves the pack.
 *
 * Ids are derived from what a suggestion is (source, span, code), so they stay the same across reads, across
 * re-runs that suggest the same thing, and through materialisation:
 * `sug:<sourceId>:<start>-<end>:<codeId>` for the coding and `seg:<sourceId>:<start>-<end>` for its segment.
 */
import type { Explanation } from "@valuelens/core"

/** One suggestion as the auto-coder makes it, before any decision. Offsets in code points. */
export interface PendingSuggestion {
  readonly start: number
  readonly end: number
  readonly codeId: string
  /** `rule:<ruleId>` (or `model:<modelId>`). */
  readonly origin: string
  readonly score: number
  readonly explanation: Explanation
}

export const codingIdOf = (sourceId: string, start: number, end: number, codeId: string): string =>
  `sug:${sourceId}:${start}-${end}:${codeId}`

export const segmentIdOf = (sourceId: string, start: number, end: number): string =>
  `seg:${sourceId}:${start}-${end}`

/** The source, span and code a pending suggestion's id names, or undefined for any other id. */
export const parseCodingId = (
  id: string,
): { sourceId: string; start: number; end: number; codeId: string } | undefined => {
  const m = /^sug:(.+?):(\d+)-(\d+):(.+)$/.exec(id)
  return m ? { sourceId: m[1]!, start: Number(m[2]), end: Number(m[3]), codeId: m[4]! } : undefined
}

/** A source's pending suggestions, packed: what the `pending_suggestions` row holds. */
export interface Packed {
  /** Every string the suggestions use (codes, origins, terms, rules), as a JSON array; the data refers to them by index. */
  readonly strings: string
  /** Suggestions per code, as a JSON object, so counts need no unpacking. */
  readonly codes: string
  readonly count: number
  /**
   * The number of suggestions (a varint), their scores (float64, little-endian), then per suggestion the varints
   * start (from the previous suggestion's start), length, code, origin, note (+1; 0 for none), number of matches,
   * and per match term, rule, start (from the suggestion's start) and length. Strings are indexes into `strings`;
   * starts and lengths are zigzag-encoded differences. Varints are unsigned LEB128: most numbers here take a byte.
   */
  readonly data: Uint8Array
}

// zigzag: small negative and positive numbers both become small unsigned ones
const zig = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1)
const zag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2)

/** An append-only byte buffer of LEB128 varints and float64s, reused from one pack to the next. */
class Writer {
  bytes = new Uint8Array(1 << 16)
  at = 0

  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return
    const more = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n))
    more.set(this.bytes)
    this.bytes = more
  }

  uint(v: number): void {
    this.room(5)
    while (v >= 0x80) {
      this.bytes[this.at++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.bytes[this.at++] = v
  }

  float64s(xs: ReadonlyArray<number>): void {
    this.room(8 * xs.length)
    const view = new DataView(this.bytes.buffer, this.at, 8 * xs.length)
    for (let k = 0; k < xs.length; k++) view.setFloat64(8 * k, xs[k]!, true)
    this.at += 8 * xs.length
  }
}

const writer = new Writer()

export const pack = (suggestions: ReadonlyArray<PendingSuggestion>): Packed => {
  const strings: string[] = []
  const index = new Map<string, number>()
  const intern = (s: string) => {
    let i = index.get(s)
    if (i === undefined) {
      i = strings.length
      strings.push(s)
      index.set(s, i)
    }
    return i
  }
  // suggestions per code, by the code's string index
  const perCode: number[] = []
  const w = writer
  w.at = 0
  w.uint(suggestions.length)
  w.float64s(suggestions.map((s) => s.score))
  let previous = 0
  for (const s of suggestions) {
    const code = intern(s.codeId)
    perCode[code] = (perCode[code] ?? 0) + 1
    w.uint(zig(s.start - previous))
    previous = s.start
    w.uint(zig(s.end - s.start))
    w.uint(code)
    w.uint(intern(s.origin))
    w.uint(s.explanation.note === undefined ? 0 : intern(s.explanation.note) + 1)
    w.uint(s.explanation.matches.length)
    for (const m of s.explanation.matches) {
      w.uint(intern(m.term))
      w.uint(intern(m.rule))
      w.uint(zig(m.start - s.start))
      w.uint(zig(m.end - m.start))
    }
  }
  return {
    strings: JSON.stringify(strings),
    codes: JSON.stringify(
      Object.fromEntries(perCode.flatMap((n, i) => (n === undefined ? [] : [[strings[i], n]]))),
    ),
    count: suggestions.length,
    data: w.bytes.slice(0, w.at),
  }
}

export const unpack = (p: Pick<Packed, "strings" | "data">): PendingSuggestion[] => {
  const strings = JSON.parse(p.strings) as string[]
  const bytes = p.data
  let at = 0
  const uint = () => {
    let v = 0
    let shift = 0
    for (;;) {
      const b = bytes[at++]!
      v += (b & 0x7f) * 2 ** shift
      if (b < 0x80) return v
      shift += 7
    }
  }
  const count = uint()
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8 * count)
  at += 8 * count
  const out: PendingSuggestion[] = new Array(count)
  let previous = 0
  for (let k = 0; k < count; k++) {
    const start = previous + zag(uint())
    previous = start
    const end = start + zag(uint())
    const codeId = strings[uint()]!
    const origin = strings[uint()]!
    const note = uint()
    const matches = new Array<Explanation["matches"][number]>(uint())
    for (let m = 0; m < matches.length; m++) {
      const term = strings[uint()]!
      const rule = strings[uint()]!
      const mStart = start + zag(uint())
      matches[m] = { term, rule, start: mStart, end: mStart + zag(uint()) }
    }
    out[k] = {
      start,
      end,
      codeId,
      origin,
      score: view.getFloat64(8 * k, true),
      explanation: note === 0 ? { matches } : { matches, note: strings[note - 1]! },
    }
  }
  return out
}
