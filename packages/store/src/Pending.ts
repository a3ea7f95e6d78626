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
 * `sug:<sourceId>:<start>-<end>:<codeId>` for the coding (`sug.<coderId>:…` for an engine other than the rules) and
 * `seg:<sourceId>:<start>-<end>` for its segment. Each coder has its own pack per source.
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

/**
 * The coder whose suggestion ids carry no coder: the rule auto-coder's ids keep the form they had before other
 * engines existed, so ids already written in projects, exports and undo histories still name the same suggestion.
 */
export const UNNAMED_CODER = "rules"

/**
 * A pending suggestion's id. Engines suggest on their own (`code auto --engine both`), so two of them may propose
 * the same code on the same span: every coder but the rule auto-coder is named in the id (`sug.model:…`).
 */
export const codingIdOf = (
  sourceId: string,
  start: number,
  end: number,
  codeId: string,
  coderId: string = UNNAMED_CODER,
): string => `sug${coderId === UNNAMED_CODER ? "" : `.${coderId}`}:${sourceId}:${start}-${end}:${codeId}`

export const segmentIdOf = (sourceId: string, start: number, end: number): string =>
  `seg:${sourceId}:${start}-${end}`

/** The coder, source, span and code a pending suggestion's id names, or undefined for any other id. */
export const parseCodingId = (
  id: string,
): { coderId: string; sourceId: string; start: number; end: number; codeId: string } | undefined => {
  const m = /^sug(?:\.([^:]+))?:(.+?):(\d+)-(\d+):(.+)$/.exec(id)
  return m
    ? {
        coderId: m[1] ?? UNNAMED_CODER,
        sourceId: m[2]!,
        start: Number(m[3]),
        end: Number(m[4]),
        codeId: m[5]!,
      }
    : undefined
}

/** A source's pending suggestions, packed: what the `pending_suggestions` row holds. */
export interface Packed {
  /** Every string the suggestions use (codes, origins, terms, rules), as a JSON array; the data refers to them by index. */
  readonly strings: string
  /** Suggestions per code, as a JSON object, so counts need no unpacking. */
  readonly codes: string
  readonly count: number
  /**
   * Per suggestion: the varints start (from the previous suggestion's start), length, code, origin, note (+1; 0
   * for none), its score (float64, little-endian), the varint number of matches, and per match the varints term,
   * rule, start (from the suggestion's start) and length. Strings are indexes into `strings`; starts and lengths
   * are zigzag-encoded differences. Varints are unsigned LEB128, so most numbers here take one byte.
   */
  readonly data: Uint8Array
}

// zigzag: small negative and positive numbers both become small unsigned ones
const zig = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1)
const zag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2)

/**
 * Packs one source's suggestions as they are found, without an object per suggestion or match: `suggestion`,
 * then `match` for each of its matches. One packer serves source after source (`finish` starts it afresh).
 */
export class Packer {
  private bytes = new Uint8Array(1 << 16)
  private view = new DataView(this.bytes.buffer)
  private at = 0
  private strings: string[] = []
  private index = new Map<string, number>()
  // suggestions per code, by the code's string index
  private perCode: number[] = []
  private count = 0
  private previous = 0
  private start = 0

  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return
    const more = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n))
    more.set(this.bytes)
    this.bytes = more
    this.view = new DataView(more.buffer)
  }

  private uint(v: number): void {
    this.room(5)
    while (v >= 0x80) {
      this.bytes[this.at++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.bytes[this.at++] = v
  }

  private intern(s: string): number {
    let i = this.index.get(s)
    if (i === undefined) {
      i = this.strings.length
      this.strings.push(s)
      this.index.set(s, i)
    }
    return i
  }

  /** Adds a suggestion, whose `matches` matches follow. */
  suggestion(
    start: number,
    end: number,
    codeId: string,
    origin: string,
    score: number,
    note: string | undefined,
    matches: number,
  ): void {
    const code = this.intern(codeId)
    this.perCode[code] = (this.perCode[code] ?? 0) + 1
    this.count++
    this.uint(zig(start - this.previous))
    this.previous = start
    this.start = start
    this.uint(zig(end - start))
    this.uint(code)
    this.uint(this.intern(origin))
    this.uint(note === undefined ? 0 : this.intern(note) + 1)
    this.room(8)
    this.view.setFloat64(this.at, score, true)
    this.at += 8
    this.uint(matches)
  }

  /** Adds a match of the last suggestion. */
  match(term: string, rule: string, start: number, end: number): void {
    this.uint(this.intern(term))
    this.uint(this.intern(rule))
    this.uint(zig(start - this.start))
    this.uint(zig(end - start))
  }

  /** The pack of everything added since the last `finish`. */
  finish(): Packed {
    const perCode = this.perCode.flatMap((n, i) => [[this.strings[i]!, n] as const])
    const out: Packed = {
      strings: JSON.stringify(this.strings),
      codes: JSON.stringify(Object.fromEntries(perCode)),
      count: this.count,
      data: this.bytes.slice(0, this.at),
    }
    this.at = 0
    this.strings = []
    this.index = new Map()
    this.perCode = []
    this.count = 0
    this.previous = 0
    return out
  }
}

const packer = new Packer()

export const pack = (suggestions: ReadonlyArray<PendingSuggestion>): Packed => {
  for (const s of suggestions) {
    const matches = s.explanation.matches
    packer.suggestion(s.start, s.end, s.codeId, s.origin, s.score, s.explanation.note, matches.length)
    for (const m of matches) packer.match(m.term, m.rule, m.start, m.end)
  }
  return packer.finish()
}

export const unpack = (p: Pick<Packed, "strings" | "data">): PendingSuggestion[] => {
  const strings = JSON.parse(p.strings) as string[]
  const bytes = p.data
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
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
  const out: PendingSuggestion[] = []
  let previous = 0
  while (at < bytes.length) {
    const start = previous + zag(uint())
    previous = start
    const end = start + zag(uint())
    const codeId = strings[uint()]!
    const origin = strings[uint()]!
    const note = uint()
    const score = view.getFloat64(at, true)
    at += 8
    const matches = new Array<Explanation["matches"][number]>(uint())
    for (let m = 0; m < matches.length; m++) {
      const term = strings[uint()]!
      const rule = strings[uint()]!
      const mStart = start + zag(uint())
      matches[m] = { term, rule, start: mStart, end: mStart + zag(uint()) }
    }
    out.push({
      start,
      end,
      codeId,
      origin,
      score,
      explanation: note === 0 ? { matches } : { matches, note: strings[note - 1]! },
    })
  }
  return out
}
