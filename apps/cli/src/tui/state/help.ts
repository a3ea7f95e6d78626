/** The keys of each screen, shown by `?` and listed in docs/tui.md. */
import type { Screen } from "./types.js"

export type Keys = ReadonlyArray<readonly [key: string, what: string]>

const everywhere: Keys = [
  ["?", "show or hide these keys"],
  ["q / Esc", "back (q on the dashboard quits)"],
  ["u / U", "undo / redo the last coding action"],
]

export const keys: Readonly<Record<Screen, Keys>> = {
  dashboard: [
    ["s", "sources"],
    ["c", "codes"],
    ["r", "review queue"],
    ["a", "analyses"],
    ["t", "triangulation"],
    ["k", "country comparison"],
    ["e", "export a report"],
    ["↑ ↓ Enter", "choose from the menu"],
  ],
  sources: [
    ["↑ ↓ PgUp PgDn", "move"],
    ["Enter", "read the source"],
    ["f", "filter by kind"],
    ["g", "filter by participant group"],
    ["c", "filter coded / uncoded"],
  ],
  reader: [
    ["s / S  ↓ ↑", "next / previous sentence"],
    ["t / T  PgDn PgUp", "next / previous turn"],
    ["v", "start or clear a selection"],
    ["← →", "trim or extend the selection by a word"],
    ["c", "code the selection (searchable picker)"],
    ["x", "uncode what is coded here"],
    ["m", "add a memo to the source"],
  ],
  codes: [
    ["↑ ↓", "move"],
    ["Enter", "the code's segments"],
    ["n", "new code"],
    ["r", "rename"],
    ["d", "definition"],
    ["i / x", "inclusion / exclusion criteria"],
    ["e", "add an example"],
    ["p", "move under another code (or to the top)"],
    ["m", "merge into another code (asks first)"],
    ["D", "delete with its codings (asks first)"],
  ],
  "code-segments": [
    ["↑ ↓", "move"],
    ["Enter", "open the segment in the reader"],
    ["Space", "mark or unmark for a split"],
    ["s", "split the marked segments (or this one) into a new code"],
  ],
  review: [
    ["a", "accept the suggestion"],
    ["r", "reject it"],
    ["e", "edit its range or code"],
    ["n / p", "next / previous suggestion"],
    ["b", "bulk accept this code above a score"],
    ["[ ]", "edit: start earlier / later by a word"],
    ["{ }", "edit: end earlier / later by a word"],
    ["c", "edit: change the code"],
    ["Enter", "edit: save and accept"],
  ],
  analyses: [
    ["Tab ← →", "next / previous table"],
    ["↑ ↓", "scroll"],
  ],
  triangulation: [
    ["↑ ↓", "theme"],
    ["← → Tab", "evidence pair (column)"],
    ["j / k", "next / previous line of the evidence behind the cell (it scrolls)"],
    ["Enter", "open the marked passage in the reader"],
  ],
  countries: [["↑ ↓", "scroll countries"]],
  export: [
    ["← → Tab", "format: Markdown, HTML, Word"],
    ["Enter", "write the report"],
  ],
}

export const forScreen = (screen: Screen): Keys => [...keys[screen], ...everywhere]

/** Prompts take every key: these are the ones that are not typed into the answer. */
export const promptKeys: Keys = [
  ["Enter", "confirm"],
  ["Esc", "cancel"],
  ["↑ ↓", "choose (picker)"],
  ["Backspace", "delete a character"],
]
