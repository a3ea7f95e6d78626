import { Convergence } from "@valuelens/triangulation"
import { Box, Text } from "ink"
import { fit } from "../components/Line.js"
import { evidenceRows, matrixRows, selectedCell } from "../state/countries.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

const PAIR_TITLES: Readonly<Record<Convergence.Pair, string>> = {
  "interview-document": "int–doc",
  "interview-statistics": "int–stat",
  "document-statistics": "doc–stat",
}

const SHORT: Readonly<Record<Convergence.Verdict, string>> = {
  agreement: "agreement",
  "partial agreement": "partial",
  silence: "silence",
  dissonance: "dissonance",
}

const CELL = 13

/** A verdict cell; the selected one is bracketed, an overridden one starred, so neither rests on colour. */
const cell = (v: Convergence.PairVerdict, selected: boolean) => {
  const text = `${SHORT[v.verdict]}${v.override ? "*" : ""}`
  return ` ${fit(selected ? `[${text}]` : ` ${text}`, CELL - 1)}`
}

export const Triangulation = ({ state }: { state: State }) => {
  const p = state.data
  const t = state.triangulation
  if (!p || !t.result) return <Text>triangulating…</Text>
  const w = state.width
  const themes = t.result.themes
  if (themes.length === 0)
    return <Text>No themes to triangulate: add a framework plugin or value and factor codes.</Text>
  const name = Math.max(12, w - 2 - CELL * Convergence.pairs.length)
  const { theme: selected, pair, verdict, evidence } = selectedCell(state)
  const rows = evidenceRows(state)
  const shown = visible(evidence, t.evidence, rows)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {fit(
          `Convergence (Farmer et al. 2006) · countries ${t.result.countries.join(", ") || "none"} · * overridden`,
          w,
        )}
      </Text>
      <Text bold wrap="truncate-end">
        {"  "}
        {fit("theme", name)}
        {Convergence.pairs.map((x) => ` ${fit(` ${PAIR_TITLES[x]}`, CELL - 1)}`).join("")}
      </Text>
      <Box flexDirection="column" height={matrixRows(state)}>
        {visible(themes, t.list, matrixRows(state)).map((r, i) => {
          const here = t.list.top + i === t.list.cursor
          return (
            <Text key={r.theme.id} inverse={here} wrap="truncate-end">
              {here ? "> " : "  "}
              {fit(`${r.theme.name} (${r.theme.kind})`, name)}
              {r.verdicts.map((v) => cell(v, here && v.pair === pair)).join("")}
            </Text>
          )
        })}
      </Box>
      <Text>{"─".repeat(Math.min(40, w))}</Text>
      {selected && verdict ? (
        <Box flexDirection="column">
          <Text bold wrap="truncate-end">
            {fit(`${selected.theme.name} · ${pair}: ${verdict.verdict}`, w)}
          </Text>
          <Text wrap="truncate-end">
            {fit(
              verdict.override
                ? `Overridden by ${verdict.override.author} (rules give ${verdict.computed}): ${verdict.override.memo}`
                : `Rule: ${verdict.rule.text}`,
              w,
            )}
          </Text>
          {verdict.readings.map((r) => (
            <Text key={r.evidence} wrap="truncate-end">
              {fit(`${r.evidence}: ${r.basis}`, w)}
            </Text>
          ))}
          <Text bold wrap="truncate-end">
            {fit(
              evidence.length === 0
                ? "No evidence"
                : `Evidence ${t.evidence.top + 1}–${t.evidence.top + shown.length} of ${evidence.length} · j k move · Enter opens the marked passage`,
              w,
            )}
          </Text>
          {shown.map((e, i) => (
            // evidence lines are positional and redrawn whole
            <Text key={i} wrap="truncate-end">
              {fit(`${t.evidence.top + i === t.evidence.cursor ? ">" : "•"} ${e.text}`, w)}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  )
}
