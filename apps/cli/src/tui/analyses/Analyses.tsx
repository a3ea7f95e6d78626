import { Box, Text } from "ink"
import { bar, fit, thousands } from "../components/Line.js"
import * as A from "../state/analyses.js"
import { codeName, describeFact, type Project } from "../state/data.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

const Table = ({
  state,
  header,
  rows,
}: {
  state: State
  header: string
  rows: ReadonlyArray<{ key: string; text: string }>
}) => (
  <Box flexDirection="column">
    <Text bold wrap="truncate-end">
      {fit(header, state.width)}
    </Text>
    {visible(rows, state.analyses.list, A.tableRows(state)).map((r, i) => {
      const here = state.analyses.list.top + i === state.analyses.list.cursor
      return (
        <Text key={r.key} inverse={here} wrap="truncate-end">
          {here ? "> " : "  "}
          {fit(r.text, state.width - 2)}
        </Text>
      )
    })}
    {rows.length === 0 ? <Text>Nothing to count yet: accept some codings first.</Text> : null}
  </Box>
)

const body = (
  state: State,
  p: Project,
): { header: string; note: string; rows: { key: string; text: string }[] } => {
  const w = state.width
  switch (state.analyses.tab) {
    case "matrix": {
      const m = A.codeByGroup(p)
      const col = Math.max(5, Math.min(12, Math.floor((w - 26) / Math.max(1, m.groups.length)) - 1))
      return {
        note: "accepted codings per code and participant group",
        header: `  ${fit("code", 24)}${m.groups.map((g) => ` ${fit(g, col, "right")}`).join("")}`,
        rows: m.rows.map((r) => ({
          key: r.codeId,
          text: `${fit(r.name, 24)}${r.counts.map((n) => ` ${fit(thousands(n), col, "right")}`).join("")}`,
        })),
      }
    }
    case "cooccurrence":
      return {
        note: "codes applied to overlapping spans of the same source",
        header: `  ${fit("code", 30)}   ${fit("code", 30)} ${fit("together", 9, "right")}`,
        rows: A.codePairs(p).map((x) => ({
          key: `${x.a}+${x.b}`,
          text: `${fit(codeName(p, x.a), 30)} × ${fit(codeName(p, x.b), 30)} ${fit(thousands(x.count), 9, "right")}`,
        })),
      }
    case "links":
      return {
        note: "organisational factors coded on the same spans as value deficits",
        header: `  ${fit("factor", 30)}   ${fit("value", 30)} ${fit("together", 9, "right")}`,
        rows: A.factorValueLinks(p).map((x) => ({
          key: `${x.a}>${x.b}`,
          text: `${fit(codeName(p, x.a), 30)} → ${fit(codeName(p, x.b), 30)} ${fit(thousands(x.count), 9, "right")}`,
        })),
      }
    case "saturation": {
      const points = A.saturation(p)
      const max = Math.max(1, ...points.map((x) => x.added))
      const chart = Math.max(5, w - 44)
      return {
        note: describeFact(p.saturation) ?? A.saturationVerdict(points),
        header: `  ${fit("#", 4)}${fit("interview", 24)} ${fit("new codes", chart)} ${fit("new", 4, "right")} ${fit("all", 5, "right")}`,
        rows: points.map((x, i) => ({
          key: `${i}`,
          text: `${fit(String(i + 1), 4)}${fit(x.title, 24)} ${fit(bar(x.added, max, chart, "█", " "), chart)} ${fit(`+${x.added}`, 4, "right")} ${fit(String(x.total), 5, "right")}`,
        })),
      }
    }
    case "agreement": {
      const a = A.agreement(p)
      return {
        note:
          describeFact(p.agreement) !== undefined
            ? `last agreement run: ${describeFact(p.agreement)}`
            : a.coders.length < 2
              ? "one coder so far: agreement needs two coders on the same sources"
              : `percent agreement between ${a.coders.join(", ")}`,
        header: `  ${fit("code", 34)} ${fit("spans", 8, "right")} ${fit("agreed", 8, "right")} ${fit("percent", 8, "right")}`,
        rows: a.rows.map((r) => ({
          key: r.codeId,
          text: `${fit(r.name, 34)} ${fit(thousands(r.units), 8, "right")} ${fit(thousands(r.agreed), 8, "right")} ${fit(`${Math.round((100 * r.agreed) / r.units)}%`, 8, "right")}`,
        })),
      }
    }
  }
}

export const Analyses = ({ state }: { state: State }) => {
  const p = state.data
  if (!p) return <Text>loading…</Text>
  const b = body(state, p)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {A.tabs.map((t) => (t.id === state.analyses.tab ? `[${t.title}]` : ` ${t.title} `)).join(" ")}
      </Text>
      <Text dimColor wrap="truncate-end">
        {fit(b.note, state.width)}
      </Text>
      <Table state={state} header={b.header} rows={b.rows} />
    </Box>
  )
}
