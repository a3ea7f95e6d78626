/** The Markdown summary the Export screen writes: the project's counts, as plain tables. */
import * as Analyses from "./analyses.js"
import { codeTree, countsOf, describeFact, type Project } from "./data.js"

const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => String(c).replaceAll("|", "\\|")).join(" | ")} |`),
  ].join("\n")

const count = <A>(items: ReadonlyArray<A>, key: (a: A) => string) => {
  const m = new Map<string, number>()
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1)
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b))
}

/** The sections of the summary, in order, so the writer can report progress section by section. */
export const sections = (p: Project): ReadonlyArray<readonly [title: string, render: () => string]> => [
  [
    "Sources",
    () =>
      table(
        ["kind", "sources"],
        count(p.sources, (x) => x.kind),
      ),
  ],
  [
    "Participants",
    () =>
      table(
        ["group", "participants"],
        count(p.participants, (x) => x.group),
      ),
  ],
  [
    "Codes",
    () =>
      table(
        ["code", "accepted", "suggested", "rejected"],
        codeTree(p.codes).map(({ code, depth }) => {
          const n = countsOf(p, code.id)
          return [`${"  ".repeat(depth)}${code.name}`, n.accepted, n.suggested, n.rejected]
        }),
      ),
  ],
  [
    "Code × group",
    () => {
      const m = Analyses.codeByGroup(p)
      return m.rows.length === 0
        ? "No accepted codings yet."
        : table(
            ["code", ...m.groups],
            m.rows.map((r) => [r.name, ...r.counts]),
          )
    },
  ],
  [
    "Saturation and agreement",
    () =>
      [
        `- saturation: ${describeFact(p.saturation) ?? Analyses.saturationVerdict(Analyses.saturation(p))}`,
        `- agreement: ${describeFact(p.agreement) ?? "not computed"}`,
        `- codings: ${p.accepted} accepted, ${p.suggested} suggested, ${p.rejected} rejected`,
      ].join("\n"),
  ],
]
