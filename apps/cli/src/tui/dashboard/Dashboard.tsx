import { Box, Text } from "ink"
import { coefficient, fit, thousands } from "../components/Line.js"
import * as Analyses from "../state/analyses.js"
import { menu } from "../state/app.js"
import type { Project } from "../state/data.js"
import type { State } from "../state/types.js"

const tally = (values: ReadonlyArray<string>): string => {
  const m = new Map<string, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return [...m.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${thousands(n)}`)
    .join(" · ")
}

const Row = ({
  label,
  count,
  detail,
  width,
}: {
  label: string
  count: string
  detail: string
  width: number
}) => (
  <Text wrap="truncate-end">
    {fit(label, 18)}
    {fit(count, 8, "right")}
    {"  "}
    {fit(detail, width - 28)}
  </Text>
)

const Figures = ({ p, width }: { p: Project; width: number }) => (
  <Box flexDirection="column">
    <Row
      label="Sources"
      count={thousands(p.sources.length)}
      detail={tally(p.sources.map((s) => s.kind))}
      width={width}
    />
    <Row
      label="Participants"
      count={thousands(p.participants.length)}
      detail={tally(p.participants.map((x) => x.group))}
      width={width}
    />
    <Row
      label="Codes"
      count={thousands(p.codes.length)}
      detail={tally(p.codes.map((c) => c.kind))}
      width={width}
    />
    <Row
      label="Codings"
      count={thousands(p.codings.length)}
      detail={`accepted ${thousands(p.accepted)} · suggested ${thousands(p.suggested)} · rejected ${thousands(p.rejected)}`}
      width={width}
    />
    <Row
      label="Open suggestions"
      count={thousands(p.suggested)}
      detail={p.suggested > 0 ? "press r to review them" : "none waiting"}
      width={width}
    />
    <Row label="Memos" count={thousands(p.memos)} detail="" width={width} />
    <Row label="Saturation" count="" detail={Analyses.saturation(p).verdict} width={width} />
    <Row
      label="Agreement"
      count=""
      detail={
        p.agreement
          ? `α ${coefficient(p.agreement.overall.alpha)} · κ ${coefficient(p.agreement.overall.kappa)} · ${p.agreement.coders.join(", ")}`
          : "not computed"
      }
      width={width}
    />
  </Box>
)

export const Dashboard = ({ state }: { state: State }) => {
  const p = state.data
  return (
    <Box flexDirection="column">
      {p ? <Figures p={p} width={state.width} /> : <Text>loading the project…</Text>}
      <Text> </Text>
      {menu.map(([key, screen, title], i) => {
        const here = i === state.dashboard.cursor
        const extra = screen === "review" && p ? ` (${thousands(p.suggested)} open)` : ""
        return (
          <Text key={screen} inverse={here} wrap="truncate-end">
            {here ? "> " : "  "}[{key}] {title}
            {extra}
          </Text>
        )
      })}
    </Box>
  )
}
