/**
 * Re-anchoring coded passages when a source's text changes (`import --replace`). A passage follows its own
 * words, not its offsets: the old and new texts are compared word by word (jsdiff, after Myers 1986), and a
 * passage is placed from the first to the last of its characters that survive the edit, as long as at least
 * half of its words survive. One whose words are gone but whose exact text now stands elsewhere (a moved
 * paragraph) is placed on the occurrence nearest its old start. Any other passage cannot be placed: it is
 * detached, for the researcher to place or drop. Offsets are code points, end-exclusive.
 */
import { Text } from "@valuelens/core"
import { diffWordsWithSpace } from "diff"

export interface Anchored {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface Placed extends Anchored {
  /** Whether its offsets or its text changed. */
  readonly moved: boolean
}

export interface Reanchored {
  readonly placed: ReadonlyArray<Placed>
  /** Passages whose words are no longer in the text. */
  readonly detached: ReadonlyArray<Anchored>
}

/** A stretch of text the edit left alone: `length` UTF-16 units at `before` in the old text, `after` in the new. */
interface Kept {
  readonly before: number
  readonly after: number
  readonly length: number
}

// Beyond this many token edits the texts are different documents, and only moved passages are looked for.
const MAX_EDITS = 20_000

const keptStretches = (before: string, after: string): ReadonlyArray<Kept> | undefined => {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS })
  if (changes === undefined) return undefined
  const kept: Kept[] = []
  let b = 0
  let a = 0
  for (const c of changes) {
    if (c.added) a += c.value.length
    else if (c.removed) b += c.value.length
    else {
      kept.push({ before: b, after: a, length: c.value.length })
      b += c.value.length
      a += c.value.length
    }
  }
  return kept
}

const WORD = /[\p{L}\p{N}]+/gu

const space = /\s/u

/**
 * Where the passage `[from, to)` (UTF-16, old text) lands in the new text: from the first to the last of its
 * characters that survive the edit, white space aside; undefined when fewer than half of its words survive.
 */
const follow = (
  kept: ReadonlyArray<Kept>,
  before: string,
  from: number,
  to: number,
): { readonly start: number; readonly end: number } | undefined => {
  // the stretches are in text order: find the first that ends after `from`, and stop at the first past `to`
  let lo = 0
  let hi = kept.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (kept[mid]!.before + kept[mid]!.length <= from) lo = mid + 1
    else hi = mid
  }
  const overlapping: Kept[] = []
  for (let i = lo; i < kept.length && kept[i]!.before < to; i++) overlapping.push(kept[i]!)
  const pieces = overlapping.flatMap((k) => {
    let s = Math.max(from, k.before)
    let e = Math.min(to, k.before + k.length)
    while (s < e && space.test(before[s]!)) s++
    while (e > s && space.test(before[e - 1]!)) e--
    return s < e ? [{ from: s, to: e, start: k.after + (s - k.before), end: k.after + (e - k.before) }] : []
  })
  if (pieces.length === 0) return undefined
  const survives = (i: number, j: number) => pieces.some((p) => p.from <= i && j <= p.to)
  const words = [...before.slice(from, to).matchAll(WORD)].map((m) => [
    from + m.index,
    from + m.index + m[0].length,
  ])
  if (words.filter(([i, j]) => survives(i!, j!)).length * 2 < words.length) return undefined
  return { start: pieces[0]!.start, end: pieces.at(-1)!.end }
}

/** The occurrence of `passage` in `text` nearest code point `near`, as a code point offset. */
const nearest = (text: string, map: Text.OffsetMap, passage: string, near: number): number | undefined => {
  let best: number | undefined
  if (passage.length > 0)
    for (let i = text.indexOf(passage); i !== -1; i = text.indexOf(passage, i + 1)) {
      const at = map.toCodePoint(i)
      if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at
      if (at > near) break
    }
  return best
}

/** Places each passage of the old text `before` in the new text `after`, or detaches it. */
export const reanchor = (passages: ReadonlyArray<Anchored>, before: string, after: string): Reanchored => {
  if (before === after) return { placed: passages.map((p) => ({ ...p, moved: false })), detached: [] }
  const oldMap = new Text.OffsetMap(before)
  const newMap = new Text.OffsetMap(after)
  const kept = keptStretches(before, after)
  const placed: Placed[] = []
  const detached: Anchored[] = []
  for (const p of passages) {
    const inOld = p.end <= oldMap.length && oldMap.slice(p.start, p.end) === p.text
    const landed =
      kept && inOld ? follow(kept, before, oldMap.toUtf16(p.start), oldMap.toUtf16(p.end)) : undefined
    if (landed) {
      const { start, end } = landed
      const at = { start: newMap.toCodePoint(start), end: newMap.toCodePoint(end) }
      const text = after.slice(start, end)
      placed.push({
        id: p.id,
        ...at,
        text,
        moved: at.start !== p.start || at.end !== p.end || text !== p.text,
      })
      continue
    }
    const elsewhere = nearest(after, newMap, p.text, p.start)
    if (elsewhere === undefined) detached.push(p)
    else {
      const end = elsewhere + Text.codePointLength(p.text)
      placed.push({ ...p, start: elsewhere, end, moved: elsewhere !== p.start })
    }
  }
  return { placed, detached }
}
