import { Box, Text } from "ink"
import { bar, coefficient, fit, thousands } from "../components/Line.js"
import * as A from "../state/analyses.js"
import { codeName, type Project } from "../state/data.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

const Table = ({
  state,
  header,
  rows,
  empty,
}: {
  state: State
  header: string
  rows: ReadonlyArray<{ key: string; text: string }>
  empty: string
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
    {rows.length === 0 ? <Text>{empty}</Text> : null}
  </Box>
)

const body = (
  state: State,
  p: Project,
): { header: string; note: string; rows: { key: string; text: string }[]; empty?: string } => {
  const w = state.width
  switch (state.analyses.tab) {
    case "matrix": {
      const m = A.matrix(p)
      const col = Math.max(5, Math.min(12, Math.floor((w - 26) / Math.max(1, m.columns.length)) - 1))
      return {
        note: "accepted segments per code and participant group",
        header: `  ${fit("code", 24)}${m.columns.map((g) => ` ${fit(g, col, "right")}`).join("")}`,
        rows: m.rows.map((code, r) => ({
          key: code,
          text: `${fit(codeName(p, code), 24)}${m.cells[r]!.map((n) => ` ${fit(thousands(n), col, "right")}`).join("")}`,
        })),
      }
    }
    case "cooccurrence":
      return {
        note: "codes on overlapping spans; c = n12 / (n1 + n2 − n12)",
        header: `  ${fit("code", 28)}   ${fit("code", 28)} ${fit("together", 9, "right")} ${fit("c", 6, "right")}`,
        rows: A.cooccurrence(p).map((x) => ({
          key: `${x.a}+${x.b}`,
          text: `${fit(codeName(p, x.a), 28)} × ${fit(codeName(p, x.b), 28)} ${fit(thousands(x.count), 9, "right")} ${fit(x.c.toFixed(2), 6, "right")}`,
        })),
      }
    case "links":
      return {
        note: "factors on the same spans as values; model: the framework expects the link",
        header: `  ${fit("factor", 24)}   ${fit("value", 24)} ${fit("together", 9, "right")} ${fit("c", 6, "right")} ${fit("model", 5)}`,
        rows: A.links(p).map((x) => ({
          key: `${x.factor}>${x.value}`,
          text: `${fit(codeName(p, x.factor), 24)} → ${fit(codeName(p, x.value), 24)} ${fit(thousands(x.count), 9, "right")} ${fit(x.c.toFixed(2), 6, "right")} ${fit(x.expected ? "yes" : "", 5)}`,
        })),
      }
    case "saturation": {
      const s = A.saturation(p)
      const titles = new Map(p.sources.map((x) => [x.id, x.title]))
      const max = Math.max(1, ...s.steps.map((x) => x.newCodes.length))
      const chart = Math.max(5, w - 44)
      return {
        note: s.verdict,
        header: `  ${fit("#", 4)}${fit("interview", 24)} ${fit("new codes", chart)} ${fit("new", 4, "right")} ${fit("all", 5, "right")}`,
        rows: s.steps.map((x) => ({
          key: x.interview,
          text: `${fit(String(x.position), 4)}${fit(titles.get(x.interview) ?? x.interview, 24)} ${fit(bar(x.newCodes.length, max, chart, "█", " "), chart)} ${fit(`+${x.newCodes.length}`, 4, "right")} ${fit(String(x.cumulative), 5, "right")}`,
        })),
      }
    }
    case "agreement": {
      const a = p.agreement
      return {
        note: a
          ? `${a.coders.join(", ")} by ${a.unit} (${thousands(a.units)} units): overall α ${coefficient(a.overall.alpha)} · κ ${coefficient(a.overall.kappa)}`
          : "not computed: run valuelens agreement --coders A,B",
        empty: a ? "No codes in the last agreement run." : "No agreement figures stored yet.",
        header: `  ${fit("code", 44)} ${fit("α", 8, "right")} ${fit("κ", 8, "right")} ${fit("agreed", 8, "right")}`,
        rows: (a?.perCode ?? []).map((r) => ({
          key: r.codeId,
          text: `${fit(r.codeName, 44)} ${fit(coefficient(r.alpha), 8, "right")} ${fit(coefficient(r.kappa), 8, "right")} ${fit(r.percent?.value == null ? "–" : `${Math.round(r.percent.value * 100)}%`, 8, "right")}`,
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
      <Table
        state={state}
        header={b.header}
        rows={b.rows}
        empty={b.empty ?? "Nothing to count yet: accept some codings first."}
      />
    </Box>
  )
}
