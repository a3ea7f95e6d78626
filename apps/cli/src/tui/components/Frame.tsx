/** The frame of every screen: a title line, the body, and a status line with a message or key hints. */
import { Box, Text } from "ink"
import type { ReactNode } from "react"
import { fit } from "./Line.js"

export const Frame = ({
  width,
  height,
  project,
  title,
  status,
  children,
}: {
  width: number
  height: number
  project: string | undefined
  title: string
  status: string
  children: ReactNode
}) => {
  const right = "? keys"
  const left = `ValueLens${project ? ` · ${project}` : ""} · ${title}`
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {fit(left, width - right.length - 1)} {right}
      </Text>
      <Box flexDirection="column" height={Math.max(1, height - 2)} overflow="hidden">
        {children}
      </Box>
      <Text wrap="truncate-end" dimColor>
        {fit(status, width)}
      </Text>
    </Box>
  )
}
