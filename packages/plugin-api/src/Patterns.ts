/**
 * Checks the regular expressions of a lexicon before any text meets them. A pattern must compile as a
 * JavaScript regular expression with the `iu` flags, and must not repeat a group that itself repeats (`(a+)+`,
 * `(\w*\s?)*`, `(?:x{2,})+`): nested quantifiers give a backtracking engine exponentially many ways to fail a
 * match, so one long sentence can stall the auto-coder (Davis et al. 2018, "The impact of regular expression
 * denial of service (ReDoS) in practice"). A repeated group whose branches can match the same text (`(a|a)+`) is
 * refused for the same reason when its branches are plain words that share a first character.
 */

export type PatternProblem =
  | { readonly kind: "invalid"; readonly detail: string }
  | { readonly kind: "nested-quantifier"; readonly group: string }
  | { readonly kind: "overlapping-alternation"; readonly group: string }

interface Group {
  readonly start: number
  /**
   * A quantifier of varying width that repeats (`*`, `+`, `{n,}`, `{n,m}` with m > n and m > 1) occurs inside;
   * an exact count (`\d{3}`) or an optional atom (`s?`) gives a repeated group no second way to match.
   */
  repeats: boolean
  /** Top-level branches of the group, as written. */
  branches: string[]
  branchStart: number
}

/**
 * Reads a quantifier at `i`: its length, whether it repeats (may match more than once) and whether it varies
 * (repeats a number of times that is not fixed), or undefined if there is none.
 */
const quantifierAt = (
  p: string,
  i: number,
): { length: number; repeats: boolean; varies: boolean } | undefined => {
  const c = p[i]
  let length = 0
  let repeats = false
  let varies = false
  if (c === "*" || c === "+") {
    length = 1
    repeats = true
    varies = true
  } else if (c === "?") {
    length = 1
  } else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i))
    if (!m) return undefined
    length = m[0].length
    const min = Number(m[1])
    const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3])
    repeats = max > 1
    varies = repeats && max > min
  } else return undefined
  if (p[i + length] === "?") length += 1
  return { length, repeats, varies }
}

/** Plain literal words (no classes, escapes or quantifiers) that two branches could both start. */
const overlapping = (branches: ReadonlyArray<string>): boolean => {
  const firsts = branches.map((b) => (/^[\p{L}\p{N} ]+$/u.test(b) ? b[0]?.toLowerCase() : undefined))
  const seen = new Set<string>()
  for (const f of firsts) {
    if (f === undefined) continue
    if (seen.has(f)) return true
    seen.add(f)
  }
  return false
}

/** The first problem with a lexicon pattern, or undefined if it is safe to run. */
export const check = (pattern: string): PatternProblem | undefined => {
  try {
    new RegExp(pattern, "iu")
  } catch (e) {
    return { kind: "invalid", detail: e instanceof Error ? e.message : String(e) }
  }
  const stack: Group[] = [{ start: 0, repeats: false, branches: [], branchStart: 0 }]
  let i = 0
  while (i < pattern.length) {
    const c = pattern[i]!
    let atomEnd = i + 1
    let closed: Group | undefined
    if (c === "\\") {
      atomEnd = i + 2
      // \p{…}, \P{…}, \u{…} and \k<…> are one atom
      const braced = /^\\([pPu]\{[^}]*\}|k<[^>]*>)/.exec(pattern.slice(i))
      if (braced) atomEnd = i + braced[0].length
    } else if (c === "[") {
      let j = i + 1
      if (pattern[j] === "^") j++
      if (pattern[j] === "]") j++
      while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1
      atomEnd = j + 1
    } else if (c === "(") {
      let body = i + 1
      const m = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(pattern.slice(body))
      if (m) body += m[0].length
      stack.push({ start: i, repeats: false, branches: [], branchStart: body })
      i = body
      continue
    } else if (c === "|") {
      const g = stack.at(-1)!
      g.branches.push(pattern.slice(g.branchStart, i))
      g.branchStart = i + 1
      i++
      continue
    } else if (c === ")") {
      closed = stack.pop()!
      closed.branches.push(pattern.slice(closed.branchStart, i))
    }
    const q = quantifierAt(pattern, atomEnd)
    const parent = stack.at(-1)!
    if (closed) {
      const group = pattern.slice(closed.start, atomEnd + (q?.length ?? 0))
      if (q?.repeats && closed.repeats) return { kind: "nested-quantifier", group }
      if (q?.repeats && closed.branches.length > 1 && overlapping(closed.branches))
        return { kind: "overlapping-alternation", group }
      parent.repeats ||= closed.repeats || (q?.varies ?? false)
    } else if (q?.varies) parent.repeats = true
    i = atomEnd + (q?.length ?? 0)
  }
  return undefined
}

/** Says what is wrong with a pattern and how to fix it. */
export const explain = (problem: PatternProblem): string => {
  switch (problem.kind) {
    case "invalid":
      return `is not a valid regular expression (${problem.detail}); fix its syntax (JavaScript, flags iu)`
    case "nested-quantifier":
      return `repeats a group that itself repeats (${problem.group}), which can backtrack catastrophically; use one quantifier, e.g. "(a+)+" → "a+"`
    case "overlapping-alternation":
      return `repeats alternatives that can match the same text (${problem.group}), which can backtrack catastrophically; make the alternatives start differently or drop the repetition`
  }
}
