/**
 * YAML front matter: a block between `---` lines at the very top of a text. Errors name the line in the file,
 * so a researcher can go straight to it.
 */
import { BadInput, Records } from "@valuelens/core"
import { Effect } from "effect"
import { isMap, isScalar, LineCounter, parseDocument } from "yaml"

export interface FrontMatter {
  /** Whether the text had a front matter block. */
  readonly present: boolean
  /**
   * The keys and their values (scalars as written: strings, numbers, booleans; lists and maps as JS values), in
   * a record without a prototype (see `Records`).
   */
  readonly data: Readonly<Record<string, unknown>>
  /** The 1-based line of each key, for messages. */
  readonly lines: Readonly<Record<string, number>>
  /** The text after the block (or the whole text without one). */
  readonly body: string
  /** The 1-based line on which `body` starts. */
  readonly bodyLine: number
}

const OPEN = /^---[ \t]*$/
const CLOSE = /^(---|\.\.\.)[ \t]*$/

const malformed = (file: string, line: number, unit: string, what: string) =>
  new BadInput({
    reason: "malformed-front-matter",
    file,
    line,
    message: `${file}:${line}: malformed front matter${unit === "paragraph" ? ` (paragraph ${line})` : ""}: ${what}`,
  })

/** Splits a text into its front matter and body; a text without `---` on its first line has none. */
export const split = (
  text: string,
  file: string,
  unit: "line" | "paragraph" = "line",
): Effect.Effect<FrontMatter, BadInput> =>
  Effect.suspend((): Effect.Effect<FrontMatter, BadInput> => {
    const firstEnd = text.indexOf("\n")
    const first = firstEnd === -1 ? text : text.slice(0, firstEnd)
    if (!OPEN.test(first))
      return Effect.succeed({
        present: false,
        data: Records.empty(),
        lines: Records.empty(),
        body: text,
        bodyLine: 1,
      })
    let at = firstEnd + 1
    let line = 2
    let closeAt = -1
    let closeEnd = -1
    while (firstEnd !== -1 && at <= text.length) {
      const end = text.indexOf("\n", at)
      const l = end === -1 ? text.slice(at) : text.slice(at, end)
      if (CLOSE.test(l)) {
        closeAt = at
        closeEnd = end === -1 ? text.length : end + 1
        break
      }
      if (end === -1) break
      at = end + 1
      line++
    }
    if (closeAt === -1)
      return Effect.fail(
        malformed(
          file,
          1,
          unit,
          "the block opened with --- is never closed; end it with a line holding only ---",
        ),
      )
    const yamlText = text.slice(firstEnd + 1, closeAt)
    const counter = new LineCounter()
    const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false })
    const error = doc.errors[0]
    if (error) {
      const errLine = (error.linePos?.[0]?.line ?? 1) + 1
      return Effect.fail(malformed(file, errLine, unit, error.message.split("\n")[0]!))
    }
    const contents = doc.contents
    const data = Records.empty<unknown>()
    const lines = Records.empty<number>()
    if (contents !== null && !isMap(contents))
      return Effect.fail(malformed(file, 2, unit, "expected `key: value` lines"))
    if (isMap(contents)) {
      for (const pair of contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined
        if (key === undefined) return Effect.fail(malformed(file, 2, unit, "keys must be plain words"))
        const range = isScalar(pair.key) ? pair.key.range : undefined
        lines[key] = range ? counter.linePos(range[0]).line + 1 : 2
        const value = pair.value
        data[key] =
          value === null ? null : isScalar(value) ? value.value : (value as { toJSON(): unknown }).toJSON()
      }
    }
    // blank lines between the block and the text are not part of the text
    let body = text.slice(closeEnd)
    let bodyLine = line + 1
    for (;;) {
      const m = /^[ \t]*\n/.exec(body)
      if (!m) break
      body = body.slice(m[0].length)
      bodyLine++
    }
    return Effect.succeed({ present: true, data, lines, body, bodyLine })
  })

/** A scalar front matter value as text (`participant: 7` is the string "7"); lists and maps are not. */
export const scalarText = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim()
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return undefined
}
