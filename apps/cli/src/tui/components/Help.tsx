import { Box, Text } from "ink"
import type { Keys } from "../state/help.js"
import { fit } from "./Line.js"

export const Help = ({ title, keys, width }: { title: string; keys: Keys; width: number }) => (
  <Box flexDirection="column">
    <Text bold>Keys: {title}</Text>
    <Text> </Text>
    {keys.map(([key, what]) => (
      <Text key={key} wrap="truncate-end">
        {fit(key, 18)} {fit(what, width - 19)}
      </Text>
    ))}
    <Text> </Text>
    <Text dimColor>any key closes this</Text>
  </Box>
)
