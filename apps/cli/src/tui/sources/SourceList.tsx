import { Box, Text } from "ink"
import { fit, thousands } from "../components/Line.js"
import { visible } from "../state/list.js"
import { acceptedIn, filtered, listRows } from "../state/sources.js"
import type { State } from "../state/types.js"

export const SourceList = ({ state }: { state: State }) => {
  const p = state.data
  if (!p) return <Text>loading…</Text>
  const f = state.sources.filter
  const items = filtered(p, f)
  const w = state.width
  const title = Math.max(10, w - 44)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {fit(`kind: ${f.kind} · group: ${f.group} · coded: ${f.coded}   (f / g / c)`, w - 14)}
        {fit(`${thousands(items.length)} of ${thousands(p.sources.length)}`, 14, "right")}
      </Text>
      <Text bold wrap="truncate-end">
        {"  "}
        {fit("title", title)} {fit("kind", 10)} {fit("participant", 22)} {fit("coded", 7, "right")}
      </Text>
      {visible(items, state.sources.list, listRows(state)).map((s, i) => {
        const here = state.sources.list.top + i === state.sources.list.cursor
        const who = s.participantId ? `${s.participantId}${s.group ? ` (${s.group})` : ""}` : "–"
        return (
          <Text key={s.id} inverse={here} wrap="truncate-end">
            {here ? "> " : "  "}
            {fit(s.title, title)} {fit(s.kind, 10)} {fit(who, 22)}{" "}
            {fit(thousands(acceptedIn(p, s.id).length), 7, "right")}
          </Text>
        )
      })}
      {items.length === 0 ? <Text>No source matches these filters.</Text> : null}
    </Box>
  )
}
