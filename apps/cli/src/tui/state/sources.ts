/**
 * Sources: a filtered list, and the reader. The reader moves a cursor by sentence or by turn, selects a span
 * (`v` anchors it, moving extends it, `←`/`→` trim or extend its end by a word), codes it from the picker,
 * uncodes, and adds memos.
 */
import { Units } from "@valuelens/coding"
import type { CodingInfo, Project, SourceInfo, SourceText } from "./data.js"
import { codeName } from "./data.js"
import type { KeyPress } from "./keys.js"
import { moveTo, navigate } from "./list.js"
import { codePicker } from "./review.js"
import { chars, overlaps, type Range, rangeAt, wordStep, wrap } from "./text.js"
import { bodyRows, push, type Reader, type SourceFilter, type State, type Step } from "./types.js"

const kinds: ReadonlyArray<SourceFilter["kind"]> = ["all", "interview", "document", "statistics"]
const coded: ReadonlyArray<SourceFilter["coded"]> = ["all", "coded", "uncoded"]

const cycle = <A>(list: ReadonlyArray<A>, current: A): A => list[(list.indexOf(current) + 1) % list.length]!

export const groupsOf = (p: Project): ReadonlyArray<string> => [
  "all",
  ...[...new Set(p.participants.map((x) => x.group))].sort(),
]

export const acceptedIn = (p: Project, sourceId: string): ReadonlyArray<CodingInfo> =>
  (p.bySource.get(sourceId) ?? []).filter((c) => c.status === "accepted")

export const filtered = (p: Project, f: SourceFilter): ReadonlyArray<SourceInfo> =>
  p.sources.filter(
    (x) =>
      (f.kind === "all" || x.kind === f.kind) &&
      (f.group === "all" || x.group === f.group) &&
      (f.coded === "all" || acceptedIn(p, x.id).length > 0 === (f.coded === "coded")),
  )

/** Rows of the source list: the body minus the filter line and the column header. */
export const listRows = (s: State): number => Math.max(1, bodyRows(s) - 2)

export const onListKey = (s: State, key: KeyPress): Step => {
  if (!s.data) return [s, []]
  const items = filtered(s.data, s.sources.filter)
  const moved = navigate(s.sources.list, key, items.length, listRows(s))
  if (moved) return [{ ...s, sources: { ...s.sources, list: moved } }, []]
  const refilter = (filter: SourceFilter): Step => [
    { ...s, sources: { filter, list: { cursor: 0, top: 0 } } },
    [],
  ]
  const f = s.sources.filter
  switch (key) {
    case "f":
      return refilter({ ...f, kind: cycle(kinds, f.kind) })
    case "g":
      return refilter({ ...f, group: cycle(groupsOf(s.data), f.group) })
    case "c":
      return refilter({ ...f, coded: cycle(coded, f.coded) })
    case "enter": {
      const source = items[s.sources.list.cursor]
      if (!source) return [s, []]
      return openSource(s, source.id, 0)
    }
    default:
      return [s, []]
  }
}

/** Opens the reader on a source, at a code point offset; the text arrives as `source-loaded`. */
export const openSource = (s: State, sourceId: string, focus: number): Step => [
  { ...push(s, "reader"), reader: undefined },
  [{ kind: "source", sourceId, focus, purpose: "read" }],
]

/** Width of the reader's text column: the screen minus the bracket gutter and the code margin. */
export const MARGIN = 18
export const textWidth = (s: State): number => Math.max(20, s.width - MARGIN - 3)
/** Rows of text: the body minus the source's title line. */
export const readerRows = (s: State): number => Math.max(1, bodyRows(s) - 1)

export const makeReader = (s: State, source: SourceText, focus: number): Reader => {
  const cs = chars(source.text)
  // every speaker turn, the interviewer's too: the reader shows all of the text
  const turns =
    source.turns.length > 0
      ? source.turns.map((t) => ({ start: t.start, end: t.end }))
      : Units.paragraphs(source.text)
  const speakers = source.turns.length > 0 ? source.turns.map((t) => t.speaker) : []
  const ss = Units.sentences(source.text, source.turns)
  const reader: Reader = {
    sourceId: source.sourceId,
    chars: cs,
    sentences: ss,
    turns,
    speakers,
    unit: "sentence",
    at: rangeAt(ss, focus),
    anchor: undefined,
    end: undefined,
    lines: wrap(cs, textWidth(s)),
    top: 0,
  }
  return scroll(s, reader)
}

/** The range under the cursor. */
export const cursorRange = (r: Reader): Range => {
  const units = r.unit === "sentence" ? r.sentences : r.turns
  return units[r.at] ?? { start: 0, end: Math.min(1, r.chars.length) }
}

/** The selected span: from the anchor to the cursor (either way round), or the cursor's unit. */
export const selection = (r: Reader): Range => {
  const c = cursorRange(r)
  const base = r.anchor ? { start: Math.min(r.anchor.start, c.start), end: Math.max(r.anchor.end, c.end) } : c
  return r.end === undefined ? base : { start: base.start, end: Math.max(base.start + 1, r.end) }
}

/** Keeps the cursor's first line on screen. */
const scroll = (s: State, r: Reader): Reader => {
  const line = rangeAt(r.lines, selection(r).start)
  const rows = readerRows(s)
  return { ...r, top: moveTo({ cursor: line, top: r.top }, line, r.lines.length, rows).top }
}

/** Rewraps the reader after the terminal changed size. */
export const rewrap = (s: State): State =>
  s.reader ? { ...s, reader: scroll(s, { ...s.reader, lines: wrap(s.reader.chars, textWidth(s)) }) } : s

const moveUnit = (r: Reader, unit: "sentence" | "turn", delta: number): Reader => {
  const here = selection(r)
  const ranges = unit === "sentence" ? r.sentences : r.turns
  if (ranges.length === 0) return r
  const from = unit === r.unit ? r.at : rangeAt(ranges, delta > 0 ? here.end - 1 : here.start)
  const at = Math.max(
    0,
    Math.min(ranges.length - 1, unit === r.unit ? from + delta : from + (delta > 0 ? 1 : -1)),
  )
  return { ...r, unit, at, end: undefined }
}

export const onReaderKey = (s: State, key: KeyPress): Step => {
  const r = s.reader
  if (!r || !s.data) return [s, []]
  const set = (next: Reader, message?: string): Step => [{ ...s, reader: scroll(s, next), message }, []]
  const span = selection(r)
  switch (key) {
    case "s":
    case "down":
    case "j":
      return set(moveUnit(r, "sentence", 1))
    case "S":
    case "up":
    case "k":
      return set(moveUnit(r, "sentence", -1))
    case "t":
    case "pagedown":
      return set(moveUnit(r, "turn", 1))
    case "T":
    case "pageup":
      return set(moveUnit(r, "turn", -1))
    case "right":
      return set({ ...r, end: wordStep(r.chars, span.end, 1) })
    case "left": {
      const end = wordStep(r.chars, span.end, -1)
      let e = end
      while (e > span.start && (r.chars[e - 1] === " " || r.chars[e - 1] === "\n")) e--
      return e > span.start ? set({ ...r, end: e }) : [s, []]
    }
    case "v":
      return r.anchor
        ? set({ ...r, anchor: undefined, end: undefined }, "selection cleared")
        : set({ ...r, anchor: cursorRange(r) }, "selecting: move to extend, c to code it")
    case "esc":
      if (r.anchor || r.end !== undefined) return set({ ...r, anchor: undefined, end: undefined })
      return [s, []]
    case "c":
      return [
        {
          ...s,
          prompt: codePicker(s.data, "Code the selection with", {
            for: "code-span",
            sourceId: r.sourceId,
            start: span.start,
            end: span.end,
          }),
        },
        [],
      ]
    case "x": {
      const here = acceptedIn(s.data, r.sourceId).filter((c) => overlaps(c, span))
      if (here.length === 0) return [{ ...s, message: "nothing coded here to uncode" }, []]
      if (here.length === 1)
        return [
          { ...s, message: `uncoding ${codeName(s.data, here[0]!.codeId)}…` },
          [{ kind: "uncode", codingId: here[0]!.id }],
        ]
      return [
        {
          ...s,
          prompt: {
            kind: "picker",
            label: "Uncode which coding?",
            query: "",
            items: here.map((c) => ({
              id: c.id,
              label: `${codeName(s.data!, c.codeId)}: ${c.text.slice(0, 40).replace(/\s+/g, " ")}`,
            })),
            list: { cursor: 0, top: 0 },
            purpose: { for: "uncode" },
          },
        },
        [],
      ]
    }
    case "m":
      return [
        {
          ...s,
          prompt: {
            kind: "text",
            label: "Memo on this source",
            value: "",
            purpose: { for: "memo", target: "source", targetId: r.sourceId },
          },
        },
        [],
      ]
    default:
      return [s, []]
  }
}
