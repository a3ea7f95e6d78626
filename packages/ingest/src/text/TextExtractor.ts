/** Plain text and Markdown: the bytes must be UTF-8 (`Text.decode` says where they are not). */
import { Text } from "@valuelens/core"
import { Effect } from "effect"
import type { Extractor } from "../Extractor.js"

export const extractor: Extractor = {
  format: "text",
  extensions: [".txt", ".md", ".markdown"],
  extract: (bytes, file) =>
    Text.decode(bytes, file).pipe(
      Effect.map((text) => ({ text, frontMatter: true, lineUnit: "line" as const })),
    ),
}
