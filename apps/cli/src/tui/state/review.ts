/**
 * The review queue: suggestions one at a time. `a` and `r` decide the current one and move to the next open
 * one; the decision shows at once and is written in the background (one transaction, one undo entry).
 */
import { type CodingInfo, codeName, type Project, withStatus } from "./data.js"
import type { KeyPress } from "./keys.js"
import { chars, type Range, wordStep } from "./text.js"
import { bodyRows, type Purpose, type ReviewEdit, type State, type Step, screenOf } from "./types.js"

/** The queue as it opens: every suggestion, in source order. */
export const open = (s: State): State => {
  const ids = s.data ? s.data.codings.filter((c) => c.status === "suggested").map((c) => c.id) : []
  return { ...s, review: { ...s.review, ids, at: 0, edit: undefined } }
}

/**
 * Asks for the text of the current suggestion's source when the queue reaches a source it has not got, so the
 * passage can be shown in its turn with the turns before and after.
 */
export const withContext = ([s, tasks]: Step): Step => {
  if (screenOf(s) !== "review" || s.review.edit) return [s, tasks]
  const c = current(s)
  if (!c || s.review.contextFor === c.sourceId) return [s, tasks]
  return [
    { ...s, review: { ...s.review, contextFor: c.sourceId } },
    [...tasks, { kind: "source", sourceId: c.sourceId, focus: c.start, purpose: "context" }],
  ]
}

/** The passage of a suggestion in its turn, with the turns before and after, as code point ranges of its source. */
export const contextOf = (
  c: Pick<CodingInfo, "start" | "end">,
  turns: ReadonlyArray<Range>,
): { readonly before: Range; readonly after: Range } | undefined => {
  const i = turns.findIndex((t) => t.start <= c.start && c.start < t.end)
  if (i < 0) return undefined
  const first = turns[Math.max(0, i - 1)]!
  const last = turns[Math.min(turns.length - 1, i + 1)]!
  const own = turns[i]!
  return {
    before: { start: first.start, end: c.start },
    after: { start: c.end, end: Math.max(own.end, last.end) },
  }
}

/**
 * After a reload: the queue keeps the suggestions it had (decided ones too, while they exist) and gains any
 * new ones, staying on the same suggestion.
 */
export const refresh = (s: State, data: Project): State => {
  const current = s.review.ids[s.review.at]
  const kept = s.review.ids.filter((id) => data.codingById.has(id))
  const known = new Set(kept)
  const ids = [
    ...kept,
    ...data.codings.filter((c) => c.status === "suggested" && !known.has(c.id)).map((c) => c.id),
  ]
  const at = current === undefined ? 0 : ids.indexOf(current)
  return {
    ...s,
    review: { ...s.review, ids, at: at >= 0 ? at : Math.min(s.review.at, Math.max(0, ids.length - 1)) },
  }
}

export const current = (s: State): CodingInfo | undefined => {
  const id = s.review.ids[s.review.at]
  return id === undefined ? undefined : s.data?.codingById.get(id)
}

export const openCount = (s: State): number =>
  s.data
    ? s.review.ids.reduce((n, id) => (s.data!.codingById.get(id)?.status === "suggested" ? n + 1 : n), 0)
    : 0

/** The next still-open suggestion after `at`, wrapping round; `at` itself when none is left. */
const nextOpen = (s: State, data: Project, from: number): number => {
  const n = s.review.ids.length
  for (let k = 1; k <= n; k++) {
    const i = (from + k) % n
    if (data.codingById.get(s.review.ids[i]!)?.status === "suggested") return i
  }
  return from
}

const decide = (s: State, status: "accepted" | "rejected"): Step => {
  const c = current(s)
  if (!c || !s.data) return [s, []]
  const data = withStatus(s.data, [c.id], status)
  const at = nextOpen(s, data, s.review.at)
  const verb = status === "accepted" ? "accepted" : "rejected"
  return [
    {
      ...s,
      data,
      review: { ...s.review, at },
      message: `${verb}: ${codeName(data, c.codeId)} in ${c.sourceTitle}`,
    },
    [{ kind: "decide", ids: [c.id], status }],
  ]
}

const move = (s: State, to: number): Step => [
  { ...s, review: { ...s.review, at: Math.max(0, Math.min(s.review.ids.length - 1, to)) } },
  [],
]

export const onKey = (s: State, key: KeyPress): Step => {
  if (s.review.edit) return onEditKey(s, s.review.edit, key)
  const c = current(s)
  switch (key) {
    case "a":
      return decide(s, "accepted")
    case "r":
      return decide(s, "rejected")
    case "n":
    case "down":
    case "j":
      return move(s, s.review.at + 1)
    case "p":
    case "up":
    case "k":
      return move(s, s.review.at - 1)
    case "pagedown":
      return move(s, s.review.at + 10)
    case "pageup":
      return move(s, s.review.at - 10)
    case "home":
      return move(s, 0)
    case "end":
      return move(s, s.review.ids.length - 1)
    case "e":
      if (!c) return [s, []]
      return [
        { ...s, message: "loading the source…" },
        [{ kind: "source", sourceId: c.sourceId, focus: c.start, purpose: "edit" }],
      ]
    case "b":
      if (!c || !s.data) return [s, []]
      return [
        {
          ...s,
          prompt: {
            kind: "text",
            label: `Accept every open suggestion of ${codeName(s.data, c.codeId)} with score at least`,
            value: c.score === undefined ? "0.8" : String(c.score),
            purpose: { for: "bulk-score", codeId: c.codeId },
          },
        },
        [],
      ]
    default:
      return [s, []]
  }
}

/** The source text arrived for `e`: edit the current suggestion's range and code. */
export const startEdit = (s: State, text: string): State => {
  const c = current(s)
  if (!c) return s
  return {
    ...s,
    message: undefined,
    review: {
      ...s.review,
      edit: { codingId: c.id, chars: chars(text), start: c.start, end: c.end, codeId: c.codeId },
    },
  }
}

const onEditKey = (s: State, e: ReviewEdit, key: KeyPress): Step => {
  const set = (patch: Partial<ReviewEdit>): Step => {
    const next = { ...e, ...patch }
    if (next.end <= next.start) return [{ ...s, message: "a segment needs at least one character" }, []]
    return [{ ...s, review: { ...s.review, edit: next } }, []]
  }
  switch (key) {
    case "[":
      return set({ start: wordStep(e.chars, e.start, -1) })
    case "]":
      return set({ start: skipSpace(e.chars, wordStep(e.chars, e.start, 1)) })
    case "{":
      return set({ end: trimSpace(e.chars, wordStep(e.chars, e.end, -1)) })
    case "}":
      return set({ end: wordStep(e.chars, e.end, 1) })
    case "c":
      if (!s.data) return [s, []]
      return [{ ...s, prompt: codePicker(s.data, "Code for this segment", { for: "edit-code" }) }, []]
    case "enter": {
      const c = s.data?.codingById.get(e.codingId)
      if (!c || !s.data) return [s, []]
      const data = withStatus(s.data, [c.id], "accepted")
      return [
        {
          ...s,
          data,
          review: { ...s.review, edit: undefined, at: nextOpen(s, data, s.review.at) },
          message: `edited and accepted: ${codeName(data, e.codeId)}`,
        },
        [{ kind: "edit", codingId: e.codingId, start: e.start, end: e.end, codeId: e.codeId }],
      ]
    }
    case "esc":
    case "q":
      return [{ ...s, review: { ...s.review, edit: undefined }, message: "edit cancelled" }, []]
    default:
      return [s, []]
  }
}

const skipSpace = (cs: ReadonlyArray<string>, at: number) => {
  let i = at
  while (i < cs.length && (cs[i] === " " || cs[i] === "\n")) i++
  return i
}
const trimSpace = (cs: ReadonlyArray<string>, at: number) => {
  let i = at
  while (i > 0 && (cs[i - 1] === " " || cs[i - 1] === "\n")) i--
  return i
}

/** A searchable picker over the codes, for coding a span or changing a suggestion's code. */
export const codePicker = (data: Project, label: string, purpose: Purpose) =>
  ({
    kind: "picker",
    label,
    query: "",
    items: [...data.codes]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({ id: c.id, label: `${c.name} (${c.id})` })),
    list: { cursor: 0, top: 0 },
    purpose,
  }) as const

/** Bulk accept: every open suggestion of a code with a score at or above the threshold. */
export const bulkAccept = (s: State, codeId: string, threshold: number): Step => {
  if (!s.data) return [s, []]
  const ids = s.data.codings
    .filter((c) => c.status === "suggested" && c.codeId === codeId && (c.score ?? 0) >= threshold)
    .map((c) => c.id)
  const name = codeName(s.data, codeId)
  if (ids.length === 0)
    return [{ ...s, message: `no open suggestion of ${name} scores ${threshold} or more` }, []]
  const data = withStatus(s.data, ids, "accepted")
  const stillOpen = data.codingById.get(s.review.ids[s.review.at] ?? "")?.status === "suggested"
  return [
    {
      ...s,
      data,
      review: { ...s.review, at: stillOpen ? s.review.at : nextOpen(s, data, s.review.at) },
      message: `accepted ${ids.length} suggestion${ids.length === 1 ? "" : "s"} of ${name} (score ≥ ${threshold})`,
    },
    [{ kind: "decide", ids, status: "accepted" }],
  ]
}

/** Lines of text the review screen gives the segment. */
export const textRows = (s: State): number => Math.max(3, bodyRows(s) - 9)

/** The matched terms of a suggestion relative to its segment, clipped to it. */
export const matchesInSegment = (c: CodingInfo): ReadonlyArray<Range> =>
  c.matches
    .map((m) => ({ start: Math.max(m.start, c.start) - c.start, end: Math.min(m.end, c.end) - c.start }))
    .filter((m) => m.end > m.start)
