/**
 * The code tree with counts and definitions; `enter` lists a code's segments and opens one in the reader;
 * `n` creates, `r` renames, `d` `i` `x` `e` describe (definition, inclusion and exclusion criteria, an
 * example), `p` moves the code under another, `m` merges it into another and `D` deletes it, each of the last
 * two after a yes to what it would touch. In the segments, Space marks codings and `s` splits them off into a
 * new code.
 */
import { Manual } from "@valuelens/coding"
import { type CodingInfo, codeName, codeTree, guidanceOf, type Project } from "./data.js"
import type { KeyPress } from "./keys.js"
import { navigate } from "./list.js"
import { codePicker } from "./review.js"
import { openSource } from "./sources.js"
import { bodyRows, type DefinitionPart, push, type State, type Step, type Task } from "./types.js"

/** The picker item that stands for the top of the tree, as a parent. */
export const TOP = "\u0000top"

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const confirm = (s: State, label: string, task: Task): State => ({
  ...s,
  prompt: {
    kind: "text",
    label: `${label} Type y and Enter to go ahead`,
    value: "",
    purpose: { for: "confirm", task },
  },
})

const alsoOf = (p: Project, codeId: string, children: string) => {
  const subCodes = p.codes.filter((c) => c.parentId === codeId).length
  return subCodes > 0 ? `; ${plural(subCodes, "sub-code")} ${children}` : ""
}

/** Asks before a merge, saying how many codings move and how many collapse into ones already there. */
export const confirmMerge = (s: State, fromId: string, intoId: string): State => {
  if (!s.data) return s
  const twins = Manual.mergeTwins(s.data.codings, fromId, intoId)
  const collapsed = twins.filter((t) => t.twin).length
  return confirm(
    s,
    `Merge ${codeName(s.data, fromId)} into ${codeName(s.data, intoId)}: ${plural(twins.length - collapsed, "coding")} move, ${collapsed} collapse${alsoOf(s.data, fromId, "move")}.`,
    { kind: "merge-codes", fromId, intoId },
  )
}

const labels: Record<DefinitionPart, string> = {
  description: "Definition of",
  inclusion: "Inclusion criteria of",
  exclusion: "Exclusion criteria of",
  example: "Add an example of",
}

const describe = (s: State, p: Project, codeId: string, part: DefinitionPart): Step => {
  const g = guidanceOf(p, codeId)
  const value =
    part === "description" ? p.codeById.get(codeId)?.description : part === "example" ? "" : g?.[part]
  return [
    {
      ...s,
      prompt: {
        kind: "text",
        label: `${labels[part]} ${codeName(p, codeId)}`,
        value: value ?? "",
        purpose: { for: "describe-code", codeId, part },
      },
    },
    [],
  ]
}

const describeKeys: Partial<Record<string, DefinitionPart>> = {
  d: "description",
  i: "inclusion",
  x: "exclusion",
  e: "example",
}

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
          codes: { ...s.codes, codeId: code.id, segments: { cursor: 0, top: 0 }, marked: [] },
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
    case "p": {
      if (!code) return [s, []]
      const picker = codePicker(s.data, `Move ${code.name} under`, { for: "move-code", codeId: code.id })
      const items = [
        { id: TOP, label: "(the top of the tree)" },
        ...picker.items.filter((i) => i.id !== code.id),
      ]
      return [{ ...s, prompt: { ...picker, items } }, []]
    }
    case "D": {
      if (!code) return [s, []]
      const codings = s.data.codings.filter((c) => c.codeId === code.id).length
      return [
        confirm(
          s,
          `Delete ${code.name} and its ${plural(codings, "coding")}${alsoOf(s.data, code.id, "move up")}?`,
          { kind: "delete-code", codeId: code.id },
        ),
        [],
      ]
    }
    default: {
      const part = describeKeys[key]
      return code && part ? describe(s, s.data, code.id, part) : [s, []]
    }
  }
}

export const onSegmentsKey = (s: State, key: KeyPress): Step => {
  if (!s.data || !s.codes.codeId) return [s, []]
  const list = segmentsOf(s.data, s.codes.codeId)
  const moved = navigate(s.codes.segments, key, list.length, segmentRows(s))
  if (moved) return [{ ...s, codes: { ...s.codes, segments: moved } }, []]
  if (key === "space") {
    const c = list[s.codes.segments.cursor]
    if (!c) return [s, []]
    const marked = s.codes.marked.includes(c.id)
      ? s.codes.marked.filter((id) => id !== c.id)
      : [...s.codes.marked, c.id]
    return [{ ...s, codes: { ...s.codes, marked } }, []]
  }
  if (key === "s") {
    const chosen =
      s.codes.marked.length > 0 ? s.codes.marked : [list[s.codes.segments.cursor]?.id].filter(Boolean)
    if (chosen.length === 0) return [s, []]
    return [
      {
        ...s,
        prompt: {
          kind: "text",
          label: `Split ${plural(chosen.length, "coding")} of ${codeName(s.data, s.codes.codeId)} into a new code named`,
          value: "",
          purpose: { for: "split-code", codeId: s.codes.codeId, codingIds: chosen as string[] },
        },
      },
      [],
    ]
  }
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
