/**
 * The code tree with counts and definitions; `enter` lists a code's segments and opens one in the reader;
 * `n` creates, `r` renames, `m` merges the code into another (its codings move, it disappears).
 */
import { type CodingInfo, codeName, codeTree, type Project } from "./data.js"
import type { KeyPress } from "./keys.js"
import { navigate } from "./list.js"
import { codePicker } from "./review.js"
import { openSource } from "./sources.js"
import { bodyRows, push, type State, type Step } from "./types.js"

/** Rows of the tree: the body minus the column header and four lines of definition. */
export const treeRows = (s: State): number => Math.max(1, bodyRows(s) - 6)
export const segmentRows = (s: State): number => Math.max(1, bodyRows(s) - 2)

export const segmentsOf = (p: Project, codeId: string): ReadonlyArray<CodingInfo> =>
  p.codings.filter((c) => c.codeId === codeId && c.status !== "rejected")

export const onTreeKey = (s: State, key: KeyPress): Step => {
  if (!s.data) return [s, []]
  const tree = codeTree(s.data.codes)
  const moved = navigate(s.codes.list, key, tree.length, treeRows(s))
  if (moved) return [{ ...s, codes: { ...s.codes, list: moved } }, []]
  const code = tree[s.codes.list.cursor]?.code
  switch (key) {
    case "enter":
      if (!code) return [s, []]
      return [
        {
          ...push(s, "code-segments"),
          codes: { ...s.codes, codeId: code.id, segments: { cursor: 0, top: 0 } },
        },
        [],
      ]
    case "n":
      return [
        { ...s, prompt: { kind: "text", label: "New code name", value: "", purpose: { for: "new-code" } } },
        [],
      ]
    case "r":
      if (!code) return [s, []]
      return [
        {
          ...s,
          prompt: {
            kind: "text",
            label: `Rename ${code.name} to`,
            value: code.name,
            purpose: { for: "rename-code", codeId: code.id },
          },
        },
        [],
      ]
    case "m": {
      if (!code) return [s, []]
      const picker = codePicker(s.data, `Merge ${code.name} into`, { for: "merge-into", fromId: code.id })
      return [{ ...s, prompt: { ...picker, items: picker.items.filter((i) => i.id !== code.id) } }, []]
    }
    default:
      return [s, []]
  }
}

export const onSegmentsKey = (s: State, key: KeyPress): Step => {
  if (!s.data || !s.codes.codeId) return [s, []]
  const list = segmentsOf(s.data, s.codes.codeId)
  const moved = navigate(s.codes.segments, key, list.length, segmentRows(s))
  if (moved) return [{ ...s, codes: { ...s.codes, segments: moved } }, []]
  if (key === "enter") {
    const c = list[s.codes.segments.cursor]
    if (!c) return [s, []]
    return openSource(
      { ...s, message: `${codeName(s.data, c.codeId)} in ${c.sourceTitle}` },
      c.sourceId,
      c.start,
    )
  }
  return [s, []]
}
