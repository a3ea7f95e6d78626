import { Box, Text } from "ink"
import { fit, thousands } from "../components/Line.js"
import { matrixRows, triangulationRows } from "../state/countries.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

export const Triangulation = ({ state }: { state: State }) => {
  const p = state.data
  if (!p) return <Text>loading…</Text>
  const rows = triangulationRows(p)
  const w = state.width
  const name = Math.max(12, w - 53)
  const selected = rows[state.triangulation.cursor]
  const evidenceRows = Math.max(1, state.height - 2 - 3 - matrixRows(state) - 2)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {fit("Verdicts: not computed (run the triangulation to fill them in)", w)}
      </Text>
      <Text bold wrap="truncate-end">
        {"  "}
        {fit("value", name)}
        {["interviews", "documents", "statistics"].map((k) => ` ${fit(k, 11, "right")}`).join("")}{" "}
        {fit("verdict", 14)}
      </Text>
      <Box flexDirection="column" height={matrixRows(state)}>
        {visible(rows, state.triangulation, matrixRows(state)).map((r, i) => {
          const here = state.triangulation.top + i === state.triangulation.cursor
          return (
            <Text key={r.codeId} inverse={here} wrap="truncate-end">
              {here ? "> " : "  "}
              {fit(r.name, name)}
              {r.counts.map((n) => ` ${fit(thousands(n), 11, "right")}`).join("")} {fit("not computed", 14)}
            </Text>
          )
        })}
        {rows.length === 0 ? <Text>No value codes in this project.</Text> : null}
      </Box>
      <Text>{"─".repeat(Math.min(40, w))}</Text>
      <Text bold wrap="truncate-end">
        {fit(selected ? `Evidence for ${selected.name} (Enter opens the first)` : "Evidence", w)}
      </Text>
      {(selected?.evidence ?? []).slice(0, evidenceRows).map((c) => (
        <Text key={c.id} wrap="truncate-end">
          {fit(`• ${c.sourceTitle}: “${c.text}”`, w)}
        </Text>
      ))}
    </Box>
  )
}
