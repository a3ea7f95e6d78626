/** Building blocks every screen draws with: one-line text cut to the width, columns, runs of styled text. */
import { Text } from "ink"
import type { ReactNode } from "react"

/** Cuts or pads a string to exactly `width` code points. */
export const fit = (text: string, width: number, align: "left" | "right" = "left"): string => {
  const cs = Array.from(text.replace(/\s/g, " "))
  if (width <= 0) return ""
  if (cs.length > width) return width === 1 ? "…" : `${cs.slice(0, width - 1).join("")}…`
  const pad = " ".repeat(width - cs.length)
  return align === "left" ? cs.join("") + pad : pad + cs.join("")
}

export const Line = ({ children, bold, dim }: { children?: ReactNode; bold?: boolean; dim?: boolean }) => (
  <Text wrap="truncate-end" bold={bold} dimColor={dim}>
    {children ?? " "}
  </Text>
)

/** A styled stretch of a line. */
export interface Run {
  readonly text: string
  readonly coded?: boolean
  readonly selected?: boolean
  readonly matched?: boolean
}

export const Runs = ({ runs }: { runs: ReadonlyArray<Run> }) => (
  <Text wrap="truncate-end">
    {runs.map((r, i) => (
      <Text
        // runs are positional and redrawn whole
        key={i}
        inverse={r.selected}
        underline={r.coded}
        color={r.matched ? "yellow" : r.coded ? "cyan" : undefined}
        bold={r.matched}
      >
        {r.text}
      </Text>
    ))}
  </Text>
)

/** Splits characters into runs wherever the style given by `style(i)` changes. */
export const runsOf = (
  cs: ReadonlyArray<string>,
  from: number,
  to: number,
  style: (i: number) => Omit<Run, "text">,
): ReadonlyArray<Run> => {
  const out: Run[] = []
  let text = ""
  let last: Omit<Run, "text"> | undefined
  const same = (a: Omit<Run, "text">, b: Omit<Run, "text">) =>
    !!a.coded === !!b.coded && !!a.selected === !!b.selected && !!a.matched === !!b.matched
  for (let i = from; i < to; i++) {
    const st = style(i)
    if (last && !same(last, st)) {
      out.push({ ...last, text })
      text = ""
    }
    last = st
    text += cs[i] ?? ""
  }
  if (last && text) out.push({ ...last, text })
  return out
}

/** A text bar for progress and charts: `#` filled, `-` empty, so it reads without colour. */
export const bar = (value: number, max: number, width: number, fill = "#", empty = "-"): string => {
  const n = max > 0 ? Math.round((Math.min(value, max) / max) * width) : 0
  return fill.repeat(n) + empty.repeat(Math.max(0, width - n))
}

export const thousands = (n: number): string => n.toLocaleString("en-GB")

/** A coefficient to two decimals, or a dash where it is undefined for the data. */
export const coefficient = (r: { readonly value: number | null } | undefined): string =>
  r?.value === null || r?.value === undefined ? "–" : r.value.toFixed(2)
