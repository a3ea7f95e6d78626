/**
 * Text search over sources: a word or phrase (any case, whole words, any spacing between words) or a regular
 * expression, each hit with its place and its keyword in context (KWIC: the words before and after), and
 * word frequencies. Pure functions; the store narrows the sources to read with its full-text index.
 */
import { Text } from "@valuelens/core"
import { eng, msa } from "stopword"

export interface Hit {
  /** Code points, end-exclusive. */
  readonly start: number
  readonly end: number
  readonly match: string
  readonly before: string
  readonly after: string
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const words = (query: string) => query.trim().split(/\s+/).filter(Boolean)

/** The pattern of a typed phrase: its words in order, whole words, any case, any white space between. */
export const phrase = (query: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${words(query).map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{N}])`, "giu")

/**
 * The FTS5 query that finds the sources holding a phrase (its tokens in order), or undefined when it has no
 * letters or digits to look for (then every source is read).
 */
export const indexQuery = (query: string): string | undefined => {
  const tokens = query.match(/[\p{L}\p{N}]+/gu)
  return tokens ? `"${tokens.join(" ")}"` : undefined
}

/** Up to `n` words of `text` before `at` (UTF-16) and after `to`, within the match's line (its turn). */
const context = (text: string, at: number, to: number, n: number) => {
  if (n <= 0) return { before: "", after: "" }
  const lineStart = text.lastIndexOf("\n", at - 1) + 1
  const lineEnd = text.indexOf("\n", to)
  const before = text
    .slice(Math.max(lineStart, at - 40 * n), at)
    .split(/\s+/)
    .filter(Boolean)
  const after = text
    .slice(to, Math.min(lineEnd < 0 ? text.length : lineEnd, to + 40 * n))
    .split(/\s+/)
    .filter(Boolean)
  return { before: before.slice(-n).join(" "), after: after.slice(0, n).join(" ") }
}

/** Every match of `pattern` in `text`, with `n` words of context on each side. */
export const find = (text: string, pattern: RegExp, n: number): Hit[] => {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`)
  const map = new Text.OffsetMap(text)
  const out: Hit[] = []
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue
    const at = m.index
    const to = at + m[0].length
    out.push({
      start: map.toCodePoint(at),
      end: map.toCodePoint(to),
      match: m[0],
      ...context(text, at, to, n),
    })
  }
  return out
}

/** Words (letters and digits, lower case) and how often each occurs, most frequent first, then A–Z. */
export const frequencies = (
  texts: ReadonlyArray<string>,
  options: { readonly stopwords?: ReadonlySet<string>; readonly minLength?: number } = {},
): Array<{ readonly word: string; readonly count: number }> => {
  const counts = new Map<string, number>()
  const min = options.minLength ?? 1
  for (const t of texts)
    for (const w of t.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])
      if ([...w].length >= min && !options.stopwords?.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
}

/** Stop words left out of word frequencies: English and Malay, the languages the framework's lexicons cover. */
export const stopwords: ReadonlySet<string> = new Set([...eng, ...msa])
