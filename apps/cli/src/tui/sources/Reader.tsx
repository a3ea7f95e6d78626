import { Box, Text } from "ink"
import { fit, Runs, runsOf } from "../components/Line.js"
import { codeName, memoLine, memosOn } from "../state/data.js"
import { acceptedIn, cursorRange, MARGIN, readerRows, selection, textWidth } from "../state/sources.js"
import { overlaps, rangeAt } from "../state/text.js"
import type { State } from "../state/types.js"

/**
 * The bracket in the gutter beside a line: `[` a coded span starts and ends on it, `┌` starts, `└` ends,
 * `│` runs through. It marks coding where colour is not shown; `>` beside it marks the lines of the selection.
 */
const bracket = (
  line: { start: number; end: number },
  spans: ReadonlyArray<{ start: number; end: number }>,
) => {
  let mark = " "
  for (const s of spans) {
    if (!overlaps(s, { start: line.start, end: Math.max(line.end, line.start + 1) })) continue
    const starts = s.start >= line.start
    const ends = s.end <= line.end
    const m = starts && ends ? "[" : starts ? "┌" : ends ? "└" : "│"
    if (mark === " " || mark === "│" || (m === "[" && mark !== "[")) mark = m
  }
  return mark
}

export const Reader = ({ state }: { state: State }) => {
  const p = state.data
  const r = state.reader
  if (!p || !r) return <Text>loading the source…</Text>
  const source = p.sources.find((s) => s.id === r.sourceId)
  const spans = acceptedIn(p, r.sourceId)
  const sel = selection(r)
  const cur = cursorRange(r)
  const units = r.unit === "sentence" ? r.sentences : r.turns
  const turn = r.speakers.length > 0 ? r.speakers[rangeAt(r.turns, cur.start)] : undefined
  const width = textWidth(state)
  const rows = readerRows(state)
  const memos = memosOn(p, "source", r.sourceId)
  const head = `${source?.title ?? r.sourceId} · ${r.unit} ${r.at + 1}/${units.length}${turn ? ` · ${turn}` : ""} · ${
    r.anchor || r.end !== undefined ? `selected ${sel.start}–${sel.end}` : `at ${sel.start}–${sel.end}`
  }${memos.length > 0 ? ` · memo ${memos.length}: ${memoLine(memos[0]!)}` : ""}`
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {fit(head, state.width)}
      </Text>
      {r.lines.slice(r.top, r.top + rows).map((line, i) => {
        const starting = spans.filter(
          (s) => s.start >= line.start && s.start < Math.max(line.end, line.start + 1),
        )
        const names = [...new Set(starting.map((s) => codeName(p, s.codeId)))]
        const margin = names.length > 1 ? `${names[0]} +${names.length - 1}` : (names[0] ?? "")
        const inLine = spans.filter((s) => overlaps(s, line))
        return (
          <Box key={`${r.top + i}`}>
            <Text>
              {bracket(line, spans)}
              {overlaps(sel, line) ? ">" : " "}
            </Text>
            <Box width={width}>
              <Runs
                runs={runsOf(r.chars, line.start, line.end, (k) => ({
                  coded: inLine.some((s) => k >= s.start && k < s.end),
                  selected: k >= sel.start && k < sel.end,
                }))}
              />
            </Box>
            <Text dimColor wrap="truncate-end">
              {" "}
              {fit(margin, MARGIN)}
            </Text>
          </Box>
        )
      })}
    </Box>
  )
}
