/**
 * Re-anchoring segments when a source's text changes (`import --replace`): a segment whose text is still at its
 * offsets stays; one whose text moved is placed on the occurrence nearest its old start; one whose text is gone
 * cannot be kept. Offsets are code points.
 */
import { Text } from "@valuelens/core"

export interface Anchored {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface Reanchored {
  readonly kept: ReadonlyArray<Anchored & { readonly moved: boolean }>
  readonly lost: ReadonlyArray<Anchored>
}

export const reanchor = (segments: ReadonlyArray<Anchored>, text: string): Reanchored => {
  const map = new Text.OffsetMap(text)
  const kept: Array<Anchored & { moved: boolean }> = []
  const lost: Anchored[] = []
  for (const s of segments) {
    if (s.end <= map.length && map.slice(s.start, s.end) === s.text) {
      kept.push({ ...s, moved: false })
      continue
    }
    let best: number | undefined
    if (s.text.length > 0)
      for (let i = text.indexOf(s.text); i !== -1; i = text.indexOf(s.text, i + 1)) {
        const at = map.toCodePoint(i)
        if (best === undefined || Math.abs(at - s.start) < Math.abs(best - s.start)) best = at
        if (at > s.start) break
      }
    if (best === undefined) lost.push(s)
    else kept.push({ ...s, start: best, end: best + Text.codePointLength(s.text), moved: true })
  }
  return { kept, lost }
}
