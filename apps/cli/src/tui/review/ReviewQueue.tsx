import { Box, Text } from "ink"
import { fit, Runs, runsOf, thousands } from "../components/Line.js"
import { type CodingInfo, codeName, type Project } from "../state/data.js"
import { current, matchesInSegment, openCount, textRows } from "../state/review.js"
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
      <Text_
        cs={chars(c.text)}
        ranges={matchesInSegment(c)}
        rows={textRows(state)}
        width={w}
        from={0}
        open="«"
        close="»"
        style="matched"
      />
      <Text>{"─".repeat(Math.min(40, w))}</Text>
      <Explanation c={c} width={w} />
    </Box>
  )
}
