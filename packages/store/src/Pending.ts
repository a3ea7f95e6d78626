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
   * Little-endian: u32 count, u32 number of int32s, `count` float64 scores, then per suggestion the int32s
   * start, end, code, origin, note (-1 for none), number of matches, and per match term, rule, start, end.
   */
  readonly data: Uint8Array
}

const HEADER = 8

// The pack is little-endian wherever it is written; typed arrays use the machine's order, so a big-endian machine
// swaps the bytes after writing and before reading.
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0
const swap = (bytes: Uint8Array, count: number): void => {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  b.subarray(0, HEADER).swap32()
  b.subarray(HEADER, HEADER + 8 * count).swap64()
  b.subarray(HEADER + 8 * count).swap32()
}

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
  const count = suggestions.length
  let ints = 0
  for (const s of suggestions) ints += 6 + 4 * s.explanation.matches.length
  const buffer = new ArrayBuffer(HEADER + 8 * count + 4 * ints)
  const header = new Uint32Array(buffer, 0, 2)
  header[0] = count
  header[1] = ints
  const scores = new Float64Array(buffer, HEADER, count)
  const data = new Int32Array(buffer, HEADER + 8 * count, ints)
  const perCode = new Map<string, number>()
  let i = 0
  for (let k = 0; k < count; k++) {
    const s = suggestions[k]!
    scores[k] = s.score
    perCode.set(s.codeId, (perCode.get(s.codeId) ?? 0) + 1)
    data[i++] = s.start
    data[i++] = s.end
    data[i++] = intern(s.codeId)
    data[i++] = intern(s.origin)
    data[i++] = s.explanation.note === undefined ? -1 : intern(s.explanation.note)
    const matches = s.explanation.matches
    data[i++] = matches.length
    for (const m of matches) {
      data[i++] = intern(m.term)
      data[i++] = intern(m.rule)
      data[i++] = m.start
      data[i++] = m.end
    }
  }
  const bytes = new Uint8Array(buffer)
  if (bigEndian) swap(bytes, count)
  return {
    strings: JSON.stringify(strings),
    codes: JSON.stringify(Object.fromEntries(perCode)),
    count,
    data: bytes,
  }
}

export const unpack = (p: Pick<Packed, "strings" | "data">): PendingSuggestion[] => {
  const strings = JSON.parse(p.strings) as string[]
  // a copy: typed arrays need aligned offsets, which a buffer read from the database need not have
  const bytes = new Uint8Array(p.data)
  const count = new DataView(bytes.buffer).getUint32(0, true)
  if (bigEndian) swap(bytes, count)
  const ints = new Uint32Array(bytes.buffer, 4, 1)[0]!
  const scores = new Float64Array(bytes.buffer, HEADER, count)
  const data = new Int32Array(bytes.buffer, HEADER + 8 * count, ints)
  const out: PendingSuggestion[] = new Array(count)
  let i = 0
  for (let k = 0; k < count; k++) {
    const start = data[i++]!
    const end = data[i++]!
    const codeId = strings[data[i++]!]!
    const origin = strings[data[i++]!]!
    const note = data[i++]!
    const matches = new Array<Explanation["matches"][number]>(data[i++]!)
    for (let m = 0; m < matches.length; m++) {
      matches[m] = {
        term: strings[data[i]!]!,
        rule: strings[data[i + 1]!]!,
        start: data[i + 2]!,
        end: data[i + 3]!,
      }
      i += 4
    }
    out[k] = {
      start,
      end,
      codeId,
      origin,
      score: scores[k]!,
      explanation: note === -1 ? { matches } : { matches, note: strings[note]! },
    }
  }
  return out
}
