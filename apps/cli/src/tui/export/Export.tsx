import { Box, Text } from "ink"
import { bar, fit } from "../components/Line.js"
import { reportFormats } from "../state/data.js"
import type { State } from "../state/types.js"

const NAMES = { md: "Markdown", html: "HTML", docx: "Word" } as const

export const Export = ({ state }: { state: State }) => {
  const e = state.export
  const width = Math.max(10, state.width - 30)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {fit("The report: findings, themes with quotations, analyses, triangulation, countries", state.width)}
      </Text>
      <Text wrap="truncate-end">
        {"Format: "}
        {reportFormats.map((f) => (f === e.format ? `[${NAMES[f]}]` : ` ${NAMES[f]} `)).join(" ")}
        {`  → reports/report.${e.format}`}
      </Text>
      <Text> </Text>
      {e.state === "idle" ? <Text>← → choose the format · Enter write the report</Text> : null}
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
