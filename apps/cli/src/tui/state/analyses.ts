/**
 * The Analyses screen's tables, computed by the coding engine's `Analyses` over the accepted codings of the
 * loaded project (the same functions as `valuelens analyze …` and the report): code × participant group,
 * co-occurrence with the c-coefficient, factor → value links against the framework's model, and saturation
 * after Guest, Namey & Chen (2020). Agreement per code is the stored `agreement.last` of `valuelens agreement`.
 */
import { Analyses } from "@valuelens/coding"
import { type Project, perProject } from "./data.js"
import type { KeyPress } from "./keys.js"
import { navigate } from "./list.js"
import { type AnalysisTab, bodyRows, type State, type Step } from "./types.js"

export const tabs: ReadonlyArray<{ readonly id: AnalysisTab; readonly title: string }> = [
  { id: "matrix", title: "Code × group" },
  { id: "cooccurrence", title: "Co-occurrence" },
  { id: "links", title: "Factor → value" },
  { id: "saturation", title: "Saturation" },
  { id: "agreement", title: "Agreement" },
]

/** Accepted codings as the engine's coded segments, with their code's kind (factor, value, …). */
export const accepted = perProject(
  (p: Project): ReadonlyArray<Analyses.CodedSegment> =>
    p.codings
      .filter((c) => c.status === "accepted")
      .map((c) => ({ ...c, codeKind: p.codeById.get(c.codeId)?.kind })),
)

export const matrix = perProject((p: Project) => Analyses.matrix(accepted(p), "group"))

export const cooccurrence = perProject((p: Project) => Analyses.cooccurrence(accepted(p)).pairs)

/** Factor × value cells with evidence or expected by the model, strongest first. */
export const links = perProject(
  (p: Project): ReadonlyArray<Analyses.Link> =>
    Analyses.links(accepted(p), p.model)
      .cells.filter((l) => l.count > 0 || l.expected)
      .sort((a, b) => b.count - a.count),
)

export const saturation = perProject((p: Project) =>
  Analyses.saturation(Analyses.interviewsInOrder(p.sources, accepted(p))),
)

/** Rows of a tab's table: the body minus the tab bar and the table's header. */
export const tableRows = (s: State): number => Math.max(1, bodyRows(s) - 3)

export const tabLength = (s: State): number => {
  const p = s.data
  if (!p) return 0
  switch (s.analyses.tab) {
    case "matrix":
      return matrix(p).rows.length
    case "cooccurrence":
      return cooccurrence(p).length
    case "links":
      return links(p).length
    case "saturation":
      return saturation(p).steps.length
    case "agreement":
      return p.agreement?.perCode.length ?? 0
  }
}

export const onKey = (s: State, key: KeyPress): Step => {
  const i = tabs.findIndex((t) => t.id === s.analyses.tab)
  const to = (j: number): Step => [
    { ...s, analyses: { tab: tabs[(j + tabs.length) % tabs.length]!.id, list: { cursor: 0, top: 0 } } },
    [],
  ]
  if (key === "tab" || key === "right" || key === "l") return to(i + 1)
  if (key === "shift+tab" || key === "left" || key === "h") return to(i - 1)
  const moved = navigate(s.analyses.list, key, tabLength(s), tableRows(s))
  if (moved) return [{ ...s, analyses: { ...s.analyses, list: moved } }, []]
  return [s, []]
}
