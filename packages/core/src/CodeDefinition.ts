/**
 * A code's definition as a codebook states it (MacQueen et al. 1998, "Codebook development for team-based
 * qualitative analysis"): what the code means, when to use it (inclusion criteria), when not to (exclusion
 * criteria) and examples of passages it fits. The definition is the code's `description`; the rest is its
 * guidance.
 *
 * Exchange formats have one free-text description per code (REFI-QDA's `<Description>`, Taguette's column), so
 * the whole definition travels as one text with labelled paragraphs, readable as it stands in any QDA tool and
 * read back into its parts here:
 *
 * ```
 * Officers paid by syndicates or colluding with them.
 *
 * Inclusion criteria: bribes, collusion, abuse of authority.
 *
 * Exclusion criteria: lack of resources (code Resource constraints).
 *
 * Example: "some officers are paid to look away"
 * ```
 */

export interface Guidance {
  readonly inclusion?: string | undefined
  readonly exclusion?: string | undefined
  readonly examples: ReadonlyArray<string>
}

export interface Definition extends Guidance {
  readonly description?: string | undefined
}

const LABELS = {
  inclusion: "Inclusion criteria:",
  exclusion: "Exclusion criteria:",
  example: "Example:",
} as const

type Part = keyof typeof LABELS

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== ""

/** Whether a guidance says anything. */
export const isEmpty = (g: Guidance | undefined): boolean =>
  !g || (!present(g.inclusion) && !present(g.exclusion) && g.examples.length === 0)

/** The definition as one text: the description, then one labelled paragraph per criterion and example. */
export const toText = (d: Definition): string | undefined => {
  const parts = [
    ...(present(d.description) ? [d.description.trim()] : []),
    ...(present(d.inclusion) ? [`${LABELS.inclusion} ${d.inclusion.trim()}`] : []),
    ...(present(d.exclusion) ? [`${LABELS.exclusion} ${d.exclusion.trim()}`] : []),
    ...d.examples.filter(present).map((e) => `${LABELS.example} ${e.trim()}`),
  ]
  return parts.length === 0 ? undefined : parts.join("\n\n")
}

const labelOf = (line: string): Part | undefined =>
  (Object.keys(LABELS) as Part[]).find((k) => line.startsWith(LABELS[k]))

/**
 * Reads a text written by `toText` (or by hand the same way) back into its parts. A labelled paragraph starts
 * at a line beginning with its label, at the start of the text or after a blank line; a text without labels is
 * all description.
 */
export const fromText = (text: string | undefined): Definition => {
  const lines = (text ?? "").replace(/\r\n?/g, "\n").split("\n")
  const sections: Array<{ part: Part | "description"; lines: string[] }> = [
    { part: "description", lines: [] },
  ]
  lines.forEach((line, i) => {
    const label = i === 0 || lines[i - 1]!.trim() === "" ? labelOf(line) : undefined
    if (label) sections.push({ part: label, lines: [line.slice(LABELS[label].length)] })
    else sections.at(-1)!.lines.push(line)
  })
  const textOf = (part: Part | "description") =>
    sections
      .filter((s) => s.part === part)
      .map((s) => s.lines.join("\n").trim())
      .filter((s) => s !== "")
  const one = (part: Part | "description") => {
    const found = textOf(part)
    return found.length === 0 ? undefined : found.join("\n\n")
  }
  return {
    description: one("description"),
    inclusion: one("inclusion"),
    exclusion: one("exclusion"),
    examples: textOf("example"),
  }
}

/** A code with its guidance written into its description, the way exchange formats carry it. */
export const intoDescription = <C extends { readonly description?: string | undefined }>(
  code: C,
  guidance: Guidance | undefined,
): C => {
  if (isEmpty(guidance)) return code
  const description = toText({ ...guidance!, description: code.description })
  return { ...code, description }
}

/** The reverse of `intoDescription`: the code with its definition alone as description, and its guidance. */
export const outOfDescription = <C extends { readonly description?: string | undefined }>(
  code: C,
): { readonly code: C; readonly guidance: Guidance | undefined } => {
  const d = fromText(code.description)
  if (isEmpty(d)) return { code, guidance: undefined }
  const { description: _all, ...rest } = code
  return {
    code: (d.description !== undefined ? { ...rest, description: d.description } : rest) as C,
    guidance: { inclusion: d.inclusion, exclusion: d.exclusion, examples: d.examples },
  }
}
