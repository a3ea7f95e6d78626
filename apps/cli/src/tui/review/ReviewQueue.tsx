import { Box, Text } from "ink"
import { fit, Runs, runsOf, thousands } from "../components/Line.js"
import { type CodingInfo, codeName, type Project } from "../state/data.js"
import { contextOf, current, matchesInSegment, openCount, textRows } from "../state/review.js"
import { chars, type Range, wrap } from "../state/text.js"
import type { ReviewEdit, State } from "../state/types.js"

const statusLabel = (c: CodingInfo) =>
  c.status === "accepted" ? "[✓ accepted]" : c.status === "rejected" ? "[✗ rejected]" : "[ open ]"

/** Inserts `open` and `close` around ranges so the marks survive without colour, then wraps. */
const marked = (cs: ReadonlyArray<string>, ranges: ReadonlyArray<Range>, open: string, close: string) => {
  const out: string[] = []
  const inside: boolean[] = []
  const starts = new Set(ranges.map((r) => r.start))
  const ends = new Set(ranges.map((r) => r.end))
  const covered = (i: number) => ranges.some((r) => i >= r.start && i < r.end)
  for (let i = 0; i <= cs.length; i++) {
    if (ends.has(i)) {
      out.push(close)
      inside.push(true)
    }
    if (starts.has(i)) {
      out.push(open)
      inside.push(true)
    }
    if (i < cs.length) {
      out.push(cs[i]!)
      inside.push(covered(i))
    }
  }
  return { out, inside }
}

const Text_ = ({
  cs,
  ranges,
  rows,
  width,
  from,
  open,
  close,
  style,
}: {
  cs: ReadonlyArray<string>
  ranges: ReadonlyArray<Range>
  rows: number
  width: number
  from: number
  open: string
  close: string
  style: "matched" | "selected"
}) => {
  const { out, inside } = marked(cs, ranges, open, close)
  const lines = wrap(out, width)
  const first = Math.max(0, Math.min(from, lines.length - rows))
  return (
    <Box flexDirection="column" height={rows}>
      {lines.slice(first, first + rows).map((l, i) => (
        <Runs key={`${first + i}`} runs={runsOf(out, l.start, l.end, (k) => ({ [style]: inside[k] }))} />
      ))}
    </Box>
  )
}

/** Lines of `cs` wrapped at `width`, without the empty lines the turn breaks leave at either end. */
const lines = (cs: ReadonlyArray<string>, width: number): ReadonlyArray<Range> => {
  const all = wrap(cs, width)
  let from = 0
  let to = all.length
  while (from < to && all[from]!.start === all[from]!.end) from++
  while (to > from && all[to - 1]!.start === all[to - 1]!.end) to--
  return all.slice(from, to)
}

/**
 * The passage in its turn, with the turn before and the turn after: the passage's lines marked `│` (so it
 * stands out without colour), as much of what comes before and after as the rows allow, shared between them.
 */
const InTurn = ({ c, state }: { c: CodingInfo; state: State }) => {
  const rows = textRows(state)
  const width = state.width - 2
  const passage = marked(chars(c.text), matchesInSegment(c), "«", "»")
  const context = state.review.context
  const around = context?.sourceId === c.sourceId ? contextOf(c, context.turns) : undefined
  const text = around && context ? chars(context.text) : []
  const slice = (r: Range | undefined) => (r && r.end > r.start ? text.slice(r.start, r.end) : [])
  const before = slice(around?.before)
  const after = slice(around?.after)
  const [b, p, a] = [lines(before, width), wrap(passage.out, width), lines(after, width)]
  const shown = Math.min(p.length, Math.max(1, rows - (b.length > 0 ? 1 : 0) - (a.length > 0 ? 1 : 0)))
  const left = rows - shown
  let above = Math.min(b.length, Math.ceil(left / 2))
  const below = Math.min(a.length, left - above)
  above = Math.min(b.length, left - below)
  const plain = (cs: ReadonlyArray<string>, l: Range, key: string) => (
    <Text key={key} dimColor wrap="truncate-end">
      {"  "}
      {cs.slice(l.start, l.end).join("")}
    </Text>
  )
  return (
    <Box flexDirection="column" height={rows}>
      {b.slice(b.length - above).map((l, i) => plain(before, l, `b${i}`))}
      {p.slice(0, shown).map((l, i) => (
        <Box key={`p${i}`}>
          <Text>│ </Text>
          <Runs runs={runsOf(passage.out, l.start, l.end, (k) => ({ matched: passage.inside[k] }))} />
        </Box>
      ))}
      {a.slice(0, below).map((l, i) => plain(after, l, `a${i}`))}
    </Box>
  )
}

const Explanation = ({ c, width }: { c: CodingInfo; width: number }) => {
  const why =
    c.matches.length === 0
      ? "no matched terms recorded"
      : c.matches.map((m) => `«${m.term}» (${m.rule}) at ${m.start}–${m.end}`).join(" · ")
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">Why: {fit(why, width - 5)}</Text>
      <Text wrap="truncate-end">{c.note ? `     ${fit(c.note, width - 5)}` : " "}</Text>
    </Box>
  )
}

const Edit = ({ e, p, state }: { e: ReviewEdit; p: Project; state: State }) => {
  const rows = textRows(state) + 2
  const from = Math.max(0, e.start - 240)
  const to = Math.min(e.chars.length, e.end + 240)
  const cs = e.chars.slice(from, to)
  const lineOf = wrap(cs, state.width).findIndex((l) => l.end >= e.start - from)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Editing: {codeName(p, e.codeId)} · {e.start}–{e.end} ({e.end - e.start} characters)
      </Text>
      <Text wrap="truncate-end">
        [ ] start by a word · {"{ }"} end by a word · c code · Enter save · Esc cancel
      </Text>
      <Text>{"─".repeat(Math.min(40, state.width))}</Text>
      <Text_
        cs={cs}
        ranges={[{ start: e.start - from, end: e.end - from }]}
        rows={rows}
        width={state.width}
        from={Math.max(0, lineOf - 2)}
        open="⟦"
        close="⟧"
        style="selected"
      />
    </Box>
  )
}

export const ReviewQueue = ({ state }: { state: State }) => {
  const p = state.data
  if (!p) return <Text>loading…</Text>
  if (state.review.edit) return <Edit e={state.review.edit} p={p} state={state} />
  const c = current(state)
  if (!c) return <Text>No suggestions to review. Run the auto-coder, then come back.</Text>
  const w = state.width
  const code = p.codeById.get(c.codeId)
  const who = c.participantId ? `${c.participantId}${c.group ? ` (${c.group})` : ""}` : c.sourceKind
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Suggestion {thousands(state.review.at + 1)} of {thousands(state.review.ids.length)} ·{" "}
        {thousands(openCount(state))} open
      </Text>
      <Text wrap="truncate-end">
        {fit(
          `Code: ${code?.name ?? c.codeId} (${c.codeId}) · score ${c.score === undefined ? "–" : c.score.toFixed(2)} · ${c.origin}`,
          w - 13,
        )}{" "}
        <Text bold color={c.status === "accepted" ? "green" : c.status === "rejected" ? "red" : undefined}>
          {fit(statusLabel(c), 12, "right")}
        </Text>
      </Text>
      <Text wrap="truncate-end">{fit(`Source: ${c.sourceTitle} · ${who} · ${c.start}–${c.end}`, w)}</Text>
      <Text>{"─".repeat(Math.min(40, w))}</Text>
      <InTurn c={c} state={state} />
      <Text>{"─".repeat(Math.min(40, w))}</Text>
      <Explanation c={c} width={w} />
    </Box>
  )
}
