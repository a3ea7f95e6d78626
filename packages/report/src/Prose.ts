/**
 * What every renderer says alike: the study's one-sentence summary, the plain text of a table cell, plural
 * counts. Each renderer escapes these for its own format, so Markdown, HTML and DOCX cannot drift apart.
 */
import type { Findings } from "./Findings.js"
import * as Format from "./Format.js"
import type * as Tables from "./Tables.js"

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** A table cell as text: "—" for no value, yes/no, numbers to three decimals at most. */
export const cell = (x: Tables.Cell): string =>
  x === null
    ? "—"
    : typeof x === "boolean"
      ? x
        ? "yes"
        : "no"
      : typeof x === "number"
        ? Format.number(x, 3)
        : x

/** The opening sentence of the summary section. */
export const summary = (f: Findings): string => {
  const s = f.project
  return `${plural(s.participants, "participant")}, ${plural(s.sources.interview, "interview")}, ${plural(s.sources.document, "document")} and ${plural(s.sources.statistics, "statistics file")}; ${plural(s.acceptedCodings, "accepted coding")} over ${plural(s.segments, "segment")} (${plural(s.pendingSuggestions, "suggestion")} awaiting review, not counted)${s.coders === "all coders" ? "" : `; counted: codings by ${s.coders}`}.`
}

export const NO_THEMES = "The project has no themes: no framework plugin and no codes."
