/** A question in place of the screen: a line of text to type, or a searchable list to pick from. */
import { Box, Text } from "ink"
import { matching, pickerRows } from "../state/app.js"
import { visible } from "../state/list.js"
import type { Prompt, State } from "../state/types.js"
import { fit } from "./Line.js"

export const PromptView = ({ prompt, state }: { prompt: Prompt; state: State }) => {
  const w = state.width - 4
  if (prompt.kind === "text")
    return (
      <Box flexDirection="column" borderStyle="single" paddingX={1} width={state.width}>
        <Text wrap="truncate-end">{prompt.label}</Text>
        <Text wrap="wrap">&gt; {prompt.value}_</Text>
        <Text dimColor>Enter confirm · Esc cancel · {[...prompt.value].length} characters</Text>
      </Box>
    )
  const items = matching(prompt)
  const rows = pickerRows(state)
  return (
    <Box flexDirection="column" borderStyle="single" paddingX={1} width={state.width}>
      <Text wrap="truncate-end">{prompt.label}</Text>
      <Text wrap="truncate-end">
        search: {prompt.query}_ ({items.length} of {prompt.items.length})
      </Text>
      {visible(items, prompt.list, rows).map((item, i) => {
        const here = prompt.list.top + i === prompt.list.cursor
        return (
          <Text key={item.id} inverse={here} wrap="truncate-end">
            {here ? "> " : "  "}
            {fit(item.label, w - 2)}
          </Text>
        )
      })}
      {items.length === 0 ? <Text>no match</Text> : null}
      <Text dimColor>type to search · ↑ ↓ choose · Enter pick · Esc cancel</Text>
    </Box>
  )
}
