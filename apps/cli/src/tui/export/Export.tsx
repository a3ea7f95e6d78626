import { Box, Text } from "ink"
import { bar, fit } from "../components/Line.js"
import type { State } from "../state/types.js"

export const Export = ({ state }: { state: State }) => {
  const e = state.export
  const width = Math.max(10, state.width - 30)
  return (
    <Box flexDirection="column">
      <Text>Report: a Markdown summary of the project's counts (reports/summary.md)</Text>
      <Text> </Text>
      {e.state === "idle" ? <Text>Press Enter to write it.</Text> : null}
      {e.state !== "idle" ? (
        <Text wrap="truncate-end">
          [{bar(e.done, e.total, width)}] {e.done}/{e.total} {fit(e.step, 14)}
        </Text>
      ) : null}
      {e.state === "done" ? <Text wrap="truncate-end">Done: written to {e.path}</Text> : null}
      {e.state === "failed" ? <Text>Failed: see the message below. Press Enter to try again.</Text> : null}
    </Box>
  )
}
