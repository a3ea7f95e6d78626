/** The codebook as `valuelens codebook` prints it: the tree, one code's definition, and what a change would touch. */
import type { Manual } from "@valuelens/coding"
import type { Code, CodeDefinition } from "@valuelens/core"
import * as Output from "./Output.js"

/** Codes in tree order (each parent before its children, siblings by name), with their depth. */
export { codeTree as tree } from "./tui/state/data.js"

/** A code's definition, criteria and examples as labelled lines. */
export const definition = (d: CodeDefinition.Definition & { code: Code }): string =>
  [
    `${d.code.name} (${d.code.id}), a ${d.code.kind} code${d.code.plugin ? ` from the plugin ${d.code.plugin}` : ""}${d.code.parentId ? `, under ${d.code.parentId}` : ""}`,
    `Definition: ${d.description ?? "(none)"}`,
    `Inclusion criteria: ${d.inclusion ?? "(none)"}`,
    `Exclusion criteria: ${d.exclusion ?? "(none)"}`,
    d.examples.length === 0
      ? "Examples: (none)"
      : ["Examples:", ...d.examples.map((e) => `  - ${e}`)].join("\n"),
  ].join("\n")

/** What a merge or delete would change, for `--dry-run`. */
export const preview = (
  what: string,
  p: Manual.CodebookPreview,
  handle: ReadonlyMap<string, string>,
  verb: { children: string; memos: string },
): string => {
  const also = [
    ...(p.children.length > 0 ? [`${verb.children} its sub-codes ${p.children.join(", ")}`] : []),
    ...(p.memos > 0 ? [`${verb.memos} ${p.memos} memo${p.memos === 1 ? "" : "s"} on it`] : []),
    ...(p.guidance ? ["drop its inclusion and exclusion criteria and examples"] : []),
  ]
  return [
    `${what} would change ${p.codings.length} coding${p.codings.length === 1 ? "" : "s"}${p.codings.length > 0 ? ":" : "."}`,
    ...(p.codings.length > 0
      ? [
          Output.table(
            ["change", "source", "participant", "coder", "status", "passage"],
            p.codings.map((c) => [
              c.outcome,
              handle.get(c.sourceId) ?? c.sourceId,
              c.participantId ?? "",
              c.coderId,
              c.status,
              Output.clip(c.text, 40),
            ]),
            6,
          ),
        ]
      : []),
    ...(also.length > 0 ? [`It would also ${also.join("; ")}.`] : []),
    "Nothing was changed (--dry-run).",
  ].join("\n")
}
