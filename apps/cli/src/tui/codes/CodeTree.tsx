import { Box, Text } from "ink"
import { fit, thousands } from "../components/Line.js"
import { segmentRows, segmentsOf, treeRows } from "../state/codes.js"
import { codeName, codeTree, countsOf, guidanceOf, memoLine, memosOn } from "../state/data.js"
import { visible } from "../state/list.js"
import type { State } from "../state/types.js"

export const CodeTree = ({ state }: { state: State }) => {
  const p = state.data
  if (!p) return <Text>loading…</Text>
  const tree = codeTree(p.codes)
  const w = state.width
  const name = w - 26
  const selected = tree[state.codes.list.cursor]?.code
  const memo = selected ? memosOn(p, "code", selected.id)[0] : undefined
  const guidance = selected ? guidanceOf(p, selected.id) : undefined
  const examples = guidance?.examples ?? []
  const rows = treeRows(state)
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {"  "}
        {fit(`code (${thousands(tree.length)})`, name)} {fit("accepted", 11, "right")}{" "}
        {fit("suggested", 11, "right")}
      </Text>
      <Box flexDirection="column" height={rows}>
        {visible(tree, state.codes.list, rows).map(({ code, depth }, i) => {
          const here = state.codes.list.top + i === state.codes.list.cursor
          const n = countsOf(p, code.id)
          return (
            <Text key={code.id} inverse={here} wrap="truncate-end">
              {here ? "> " : "  "}
              {fit(`${"  ".repeat(depth)}${code.name}`, name)} {fit(thousands(n.accepted), 11, "right")}{" "}
              {fit(thousands(n.suggested), 11, "right")}
            </Text>
          )
        })}
        {tree.length === 0 ? <Text>No codes yet: press n to create one.</Text> : null}
      </Box>
      <Text>{"─".repeat(Math.min(40, w))}</Text>
      {selected ? (
        <>
          <Text wrap="truncate-end">
            {fit(
              `${selected.id} · ${selected.kind}${selected.plugin ? ` · from ${selected.plugin}` : ""}`,
              w,
            )}
          </Text>
          <Text wrap="truncate-end">{fit(`definition: ${selected.description ?? "none (d)"}`, w)}</Text>
          <Text wrap="truncate-end">
            {fit(
              `include: ${guidance?.inclusion ?? "none (i)"} · exclude: ${guidance?.exclusion ?? "none (x)"}`,
              w,
            )}
          </Text>
          <Text wrap="truncate-end">
            {fit(
              [
                examples.length === 0
                  ? "examples: none (e)"
                  : `examples (${examples.length}): ${examples[0]}`,
                ...(memo ? [`memo: ${memoLine(memo)}`] : []),
              ].join(" · "),
              w,
            )}
          </Text>
        </>
      ) : null}
    </Box>
  )
}

export const CodeSegments = ({ state }: { state: State }) => {
  const p = state.data
  const codeId = state.codes.codeId
  if (!p || !codeId) return <Text>loading…</Text>
  const list = segmentsOf(p, codeId)
  const w = state.width
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {fit(
          `${codeName(p, codeId)}: ${thousands(list.length)} segments (accepted and suggested)${state.codes.marked.length > 0 ? ` · ${state.codes.marked.length} marked` : ""}`,
          w,
        )}
      </Text>
      <Text bold wrap="truncate-end">
        {"  "}
        {fit("source", 22)} {fit("status", 9)} {fit("text", w - 36)}
      </Text>
      {visible(list, state.codes.segments, segmentRows(state)).map((c, i) => {
        const here = state.codes.segments.top + i === state.codes.segments.cursor
        return (
          <Text key={c.id} inverse={here} wrap="truncate-end">
            {here ? ">" : " "}
            {state.codes.marked.includes(c.id) ? "*" : " "}
            {fit(c.sourceTitle, 22)} {fit(c.status, 9)} {fit(c.text, w - 36)}
          </Text>
        )
      })}
    </Box>
  )
}
