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
  let ints = 0
  for (const s of suggestions) ints += 6 + 4 * s.explanation.matches.length
  const bytes = new Uint8Array(HEADER + 8 * suggestions.length + 4 * ints)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, suggestions.length, true)
  view.setUint32(4, ints, true)
  const perCode: Record<string, number> = {}
  let f = HEADER
  let i = HEADER + 8 * suggestions.length
  const int = (v: number) => {
    view.setInt32(i, v, true)
    i += 4
  }
  for (const s of suggestions) {
    view.setFloat64(f, s.score, true)
    f += 8
    perCode[s.codeId] = (perCode[s.codeId] ?? 0) + 1
    int(s.start)
    int(s.end)
    int(intern(s.codeId))
    int(intern(s.origin))
    int(s.explanation.note === undefined ? -1 : intern(s.explanation.note))
    int(s.explanation.matches.length)
    for (const m of s.explanation.matches) {
      int(intern(m.term))
      int(intern(m.rule))
      int(m.start)
      int(m.end)
    }
  }
  return {
    strings: JSON.stringify(strings),
    codes: JSON.stringify(perCode),
    count: suggestions.length,
    data: bytes,
  }
}

export const unpack = (p: Pick<Packed, "strings" | "data">): PendingSuggestion[] => {
  const strings = JSON.parse(p.strings) as string[]
  const view = new DataView(p.data.buffer, p.data.byteOffset, p.data.byteLength)
  const count = view.getUint32(0, true)
  const out: PendingSuggestion[] = new Array(count)
  let f = HEADER
  let i = HEADER + 8 * count
  const int = () => {
    const v = view.getInt32(i, true)
    i += 4
    return v
  }
  for (let k = 0; k < count; k++) {
    const score = view.getFloat64(f, true)
    f += 8
    const start = int()
    const end = int()
    const codeId = strings[int()]!
    const origin = strings[int()]!
    const note = int()
    const matches = new Array<Explanation["matches"][number]>(int())
    for (let m = 0; m < matches.length; m++)
      matches[m] = { term: strings[int()]!, rule: strings[int()]!, start: int(), end: int() }
    out[k] = {
      start,
      end,
      codeId,
      origin,
      score,
      explanation: note === -1 ? { matches } : { matches, note: strings[note]! },
    }
  }
  return out
}
