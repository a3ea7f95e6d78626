/**
 * Where a passage is in a source, as a researcher reads it: turn 3, sentence 2 (`3.2`). An interview's units
 * are its speaker turns (the text after the `Speaker:` label); a document's are its paragraphs (text between
 * line breaks). Both are numbered from 1, and so are the sentences in each.
 */
import { BadInput, Text, type Turn } from "@valuelens/core"
import * as Sentences from "./Sentences.js"

export interface Unit {
  /** 1-based. */
  readonly number: number
  readonly speaker: string | undefined
  readonly interviewer: boolean
  /** The text after the speaker label, in code points. */
  readonly start: number
  readonly end: number
  readonly sentences: ReadonlyArray<Sentences.Span>
}

/** A turn's text without its `Speaker:` label and the spaces after it. */
export const turnBody = (map: Text.OffsetMap, turn: Turn): Sentences.Span => {
  const label = `${turn.speaker}:`
  let start = turn.start
  if (map.text.startsWith(label, map.toUtf16(start))) start += [...label].length
  while (start < turn.end && /\s/.test(map.slice(start, start + 1))) start++
  return { start, end: turn.end }
}

const paragraphs = (map: Text.OffsetMap): Sentences.Span[] => {
  const out: Sentences.Span[] = []
  let at = 0
  for (const line of map.text.split("\n")) {
    const length = Text.codePointLength(line)
    const lead = Text.codePointLength(line) - Text.codePointLength(line.trimStart())
    if (line.trim().length > 0) out.push({ start: at + lead, end: at + Text.codePointLength(line.trimEnd()) })
    at += length + 1
  }
  return out
}

type Body = Omit<Unit, "sentences">

/** The numbered units without their sentences (cheap: no sentence splitting). */
const bodies = (map: Text.OffsetMap, turns: ReadonlyArray<Turn>): ReadonlyArray<Body> =>
  (turns.length > 0
    ? [...turns]
        .sort((a, b) => a.index - b.index)
        .map((t) => ({ ...turnBody(map, t), speaker: t.speaker, interviewer: t.interviewer }))
    : paragraphs(map).map((p) => ({ ...p, speaker: undefined, interviewer: false }))
  ).map((u, i) => ({ number: i + 1, ...u }))

const withSentences = (text: string, u: Body): Unit => ({
  ...u,
  sentences: u.end > u.start ? Sentences.split(text, u.start, u.end) : [],
})

/** The numbered units of a source: its turns when it has any, its paragraphs otherwise. */
export const units = (text: string, turns: ReadonlyArray<Turn>): ReadonlyArray<Unit> =>
  bodies(new Text.OffsetMap(text), turns).map((u) => withSentences(text, u))

/** `3` or `3.2` as a place: unit 3, or sentence 2 of unit 3. */
export const parse = (ref: string): { unit: number; sentence: number | undefined } | undefined => {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(ref.trim())
  return m ? { unit: Number(m[1]), sentence: m[2] === undefined ? undefined : Number(m[2]) } : undefined
}

/** The span of `3` or `3.2` in a source (`name` says which in an error). */
export const locate = (
  all: ReadonlyArray<Unit>,
  ref: string,
  name: string,
): { readonly start: number; readonly end: number } | BadInput => {
  const at = parse(ref)
  const fail = (message: string) => new BadInput({ reason: "unknown-turn", field: "location", message })
  if (!at) return fail(`"${ref}" is not a place in ${name}: write a turn (3) or a turn and sentence (3.2)`)
  const unit = all[at.unit - 1]
  if (!unit || at.unit < 1) return fail(`${name} has turns 1–${all.length}, not ${at.unit}`)
  if (at.sentence === undefined) return { start: unit.start, end: unit.end }
  const sentence = unit.sentences[at.sentence - 1]
  if (!sentence || at.sentence < 1)
    return fail(`turn ${at.unit} of ${name} has sentences 1–${unit.sentences.length}, not ${at.sentence}`)
  return sentence
}

/** The index of the first unit ending after `offset`. */
const unitAt = (all: ReadonlyArray<Body>, offset: number): number => {
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (all[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const place = (unit: Unit, offset: number): string => {
  const s = unit.sentences.findIndex((x) => x.start <= offset && offset < x.end)
  return s < 0 ? `${unit.number}` : `${unit.number}.${s + 1}`
}

/** Where code point `offset` is: `3.2`, or `3` between sentences; undefined outside every unit. */
export const cite = (all: ReadonlyArray<Unit>, offset: number): string | undefined => {
  const unit = all[unitAt(all, offset)]
  return unit && offset >= unit.start ? place(unit, offset) : undefined
}

/**
 * `cite` for many offsets in one source, splitting into sentences only the units that hold one: what a search
 * over a thousand interviews needs.
 */
export const citer = (text: string, turns: ReadonlyArray<Turn>): ((offset: number) => string | undefined) => {
  const all = bodies(new Text.OffsetMap(text), turns)
  const split = new Map<number, Unit>()
  return (offset) => {
    const at = unitAt(all, offset)
    const body = all[at]
    if (!body || offset < body.start) return undefined
    let unit = split.get(at)
    if (!unit) {
      unit = withSentences(text, body)
      split.set(at, unit)
    }
    return place(unit, offset)
  }
}
