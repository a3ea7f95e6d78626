/**
 * The rule auto-coder (DESIGN §5). It reads participant speech (interview turns not marked as the
 * interviewer's) and documents, splits them into sentences, and matches each sentence (or, for entries scoped
 * to `turn`, the whole turn) against the compiled lexicon of the source's language. A code whose entry scores at
 * least its `minScore`, with no exclusion present, is suggested; adjacent sentences of one turn with the same code
 * become one segment. Each suggestion is a coding by coder `rules` with origin `rule:<ruleId>`, a score (the
 * summed weights of what matched), and an explanation listing every matched term with its code point offsets.
 *
 * Re-running is idempotent: a suggestion already stored is left as it is (or refreshed if the lexicon changed),
 * suggestions the rules no longer make are withdrawn, and codings a person accepted or rejected, or made by any
 * other coder, are never touched. Everything is written in one transaction.
 */
import {
  BadInput,
  type Coding,
  type Explanation,
  Ids,
  type Segment,
  type Source,
  Text,
  type Turn,
} from "@valuelens/core"
import { Pending, type Store } from "@valuelens/store"
import { Effect } from "effect"
import type { Compiled, CompiledEntry, CompiledLexicons } from "./Lexicon.js"
import { primaryLanguage } from "./Lexicon.js"
import type * as Links from "./Links.js"
import { Found, Hits, NearSides, Runs, Scope } from "./Scoring.js"
import { type Span, SpanBuffer, splitInto } from "./Sentences.js"
import * as Tokens from "./Tokens.js"

/** The coder every rule suggestion belongs to. */
export const CODER = { id: "rules", name: "Rule auto-coder", engine: true } as const

export interface Match {
  /** The lexicon term, phrase, `a NEAR/n b` or `/pattern/` that matched. */
  readonly term: string
  readonly rule: string
  /** Code points into the source text, end-exclusive. */
  readonly start: number
  readonly end: number
}

/** A code suggested for a span of a source (code points). */
export interface Suggestion {
  readonly start: number
  readonly end: number
  readonly code: string
  /** The rule that contributed most of the score. */
  readonly rule: string
  readonly score: number
  readonly matches: ReadonlyArray<Match>
  /** The stored origin, when not `rule:<rule>` (an engine other than the rules). */
  readonly origin?: string
  /** A sentence explaining the suggestion, stored with its matches. */
  readonly note?: string
}

/**
 * An engine that suggests codes other than the rules (the learned `model`): its coder, and its suggestions for
 * a source's regions, or why it skips the source.
 */
export interface Engine {
  readonly coder: { readonly id: string; readonly name: string; readonly engine: true }
  readonly suggest: (
    source: Pick<Source, "id" | "kind" | "text">,
    language: string,
    regions: ReadonlyArray<Span>,
  ) => ReadonlyArray<Suggestion> | { readonly skip: string }
}

// The reusable state of `codeText`, which runs one call at a time.
const tokens = new Tokens.TokenBuffer()
const found = new Found()
const sides = new NearSides()
const hits = new Hits()
const runs = new Runs()
const sentences = new SpanBuffer()
let sentenceHitsEnd = new Int32Array(256)

/** Entry facts `codeText` consults per token, by entry number, for one lexicon and choice of codes. */
interface Plan {
  readonly active: Uint8Array
  readonly turn: Uint8Array
  /** The entry's code, numbered. */
  readonly codeOf: Int32Array
  readonly codes: ReadonlyArray<string>
  /** Each code's place in the order suggestions on one span are listed. */
  readonly codeRank: Int32Array
  readonly entriesOfCode: ReadonlyArray<ReadonlyArray<number>>
  /** Active entries with patterns. */
  readonly patterned: ReadonlyArray<number>
  /** Each code's number. */
  readonly numberOf: ReadonlyMap<string, number>
  /** By code number: the lowest `minScore` of its entries. */
  readonly minScore: Float64Array
}

const planOf = (entries: ReadonlyArray<CompiledEntry>, codes: ReadonlySet<string> | undefined): Plan => {
  const n = entries.length
  const active = new Uint8Array(n)
  const turn = new Uint8Array(n)
  const codeOf = new Int32Array(n)
  const numbers = new Map<string, number>()
  const entriesOfCode: number[][] = []
  const patterned: number[] = []
  entries.forEach((e, i) => {
    active[i] = !codes || codes.has(e.code) ? 1 : 0
    turn[i] = e.scope === "turn" ? 1 : 0
    let c = numbers.get(e.code)
    if (c === undefined) {
      c = numbers.size
      numbers.set(e.code, c)
      entriesOfCode.push([])
    }
    codeOf[i] = c
    entriesOfCode[c]!.push(i)
    if (active[i] === 1 && e.patterns.length > 0) patterned.push(i)
  })
  const names = [...numbers.keys()]
  const codeRank = new Int32Array(names.length)
  names
    .map((_, c) => c)
    .sort((x, y) => (names[x]! < names[y]! ? -1 : 1))
    .forEach((c, rank) => {
      codeRank[c] = rank
    })
  const minScore = Float64Array.from(entriesOfCode, (list) =>
    Math.min(...list.map((e) => entries[e]!.minScore)),
  )
  return {
    active,
    turn,
    codeOf,
    codes: names,
    codeRank,
    entriesOfCode,
    patterned,
    numberOf: numbers,
    minScore,
  }
}

/** What one call of `codeText` works with, besides the reusable state above. */
interface Call {
  readonly compiled: Compiled
  readonly plan: Plan
  readonly sentenceScope: Scope
  readonly turnScope: Scope
  /** By code number: its run of adjacent sentences being built, and its run over the whole region; -1 if none. */
  readonly openRun: Int32Array
  readonly wholeRun: Int32Array
}

interface PatternHit {
  readonly start: number
  readonly end: number
  readonly entry: number
  readonly item: number
}

/** Pattern matches in `text[a, b)` (UTF-16), by start; run on the region's text alone, as lexicons expect. */
const patternHitsIn = (call: Call, text: string, a: number, b: number): PatternHit[] => {
  const out: PatternHit[] = []
  if (call.plan.patterned.length === 0) return out
  const sub = text.slice(a, b)
  for (const e of call.plan.patterned)
    call.compiled.entries[e]!.patterns.forEach((p, item) => {
      p.regex.lastIndex = 0
      for (let m = p.regex.exec(sub); m !== null; m = p.regex.exec(sub)) {
        if (m[0].length === 0) {
          p.regex.lastIndex++
          continue
        }
        out.push({ start: a + m.index, end: a + m.index + m[0].length, entry: e, item })
      }
    })
  return out.sort((x, y) => x.start - y.start)
}

/**
 * Scores the region's sentences (in `sentences`), and its turn-scoped entries over all of them, from the tokens
 * in `tokens`: the hits of sentence `s` end at `sentenceHitsEnd[s]`; the turn-scoped hits follow the last
 * sentence's.
 */
const scoreRegion = (call: Call, patternHits: ReadonlyArray<PatternHit>) => {
  const { entries, postings } = call.compiled
  const { active, turn } = call.plan
  const { sentenceScope, turnScope } = call
  const { starts, ends, ids } = tokens
  const n = tokens.length
  if (sentenceHitsEnd.length < sentences.length) sentenceHitsEnd = new Int32Array(sentences.length * 2)
  let t = 0
  let ph = 0
  for (let s = 0; s < sentences.length; s++) {
    const sentenceEnd = sentences.ends[s]!
    // the sentence's tokens are t…t1-1; phrases and NEAR sides end within it (or the region, for turn scope)
    let t1 = t
    while (t1 < n && starts[t1]! < sentenceEnd) t1++
    for (let k = t; k < t1; k++) {
      const id = ids[k]!
      if (id < 0) continue
      const list = postings[id]!
      for (let q = 0; q < list.length; q++) {
        const p = list[q]!
        const e = p.entry
        if (active[e] === 0) continue
        const len = p.ids.length
        if (k + len > (turn[e] === 1 ? n : t1)) continue
        let r = 1
        while (r < len && ids[k + r] === p.ids[r]) r++
        if (r < len) continue
        const entry = entries[e]!
        const scope = turn[e] === 1 ? turnScope : sentenceScope
        if (p.kind === 0) {
          const term = entry.terms[p.item]!
          const m = found.add(term.text, entry.id, starts[k]!, ends[k + len - 1]!)
          scope.scoreMatch(found, e, term.weight, m)
        } else if (p.kind === 3) scope.veto(e)
        else scope.addSide(sides, e, sides.add(p.item, p.kind, k, starts[k]!, ends[k + len - 1]!))
      }
    }
    while (ph < patternHits.length && patternHits[ph]!.start < sentenceEnd) {
      const h = patternHits[ph++]!
      const entry = entries[h.entry]!
      const p = entry.patterns[h.item]!
      const scope = turn[h.entry] === 1 ? turnScope : sentenceScope
      scope.scoreMatch(found, h.entry, p.weight, found.add(`/${p.source}/`, entry.id, h.start, h.end))
    }
    sentenceScope.settle(entries, found, sides, hits)
    sentenceHitsEnd[s] = hits.length
    t = t1
  }
  turnScope.settle(entries, found, sides, hits)
}

/** Merges the hits into `runs`: per code, runs of adjacent sentences; a turn-scoped hit covers the whole region. */
const mergeRuns = (call: Call) => {
  const { entries } = call.compiled
  const { codeOf, entriesOfCode } = call.plan
  const { openRun, wholeRun } = call
  const { starts, ends } = sentences
  openRun.fill(-1)
  wholeRun.fill(-1)
  const last = sentences.length - 1
  for (let h = sentenceHitsEnd[last]!; h < hits.length; h++) {
    const c = codeOf[hits.entry[h]!]!
    if (wholeRun[c]! < 0) wholeRun[c] = runs.open(c, starts[0]!, 0)
    runs.absorb(wholeRun[c]!, hits, h, found)
  }
  let h = 0
  for (let s = 0; s <= last; s++)
    for (; h < sentenceHitsEnd[s]!; h++) {
      const c = codeOf[hits.entry[h]!]!
      let r = wholeRun[c]!
      if (r < 0) {
        r = openRun[c]!
        if (r >= 0 && runs.lastSentence[r]! < s - 1) {
          runs.close(r, ends[runs.lastSentence[r]!]!, entries, entriesOfCode[c]!)
          r = -1
        }
        if (r < 0) {
          r = runs.open(c, starts[s]!, s)
          openRun[c] = r
        }
        runs.lastSentence[r] = s
      }
      runs.absorb(r, hits, h, found)
    }
  for (let c = 0; c < openRun.length; c++) {
    const r = openRun[c]!
    if (r >= 0) runs.close(r, ends[runs.lastSentence[r]!]!, entries, entriesOfCode[c]!)
    if (wholeRun[c]! >= 0) runs.close(wholeRun[c]!, ends[last]!, entries, entriesOfCode[c]!)
  }
}

/** Receives the suggestions of `scan` in text order: each suggestion, then each of its matches. */
interface Sink {
  suggestion(
    start: number,
    end: number,
    code: string,
    rule: string,
    score: number,
    matches: number,
    note: string | undefined,
  ): void
  /** A match of the last suggestion, in text order; code point offsets. */
  match(term: string, rule: string, start: number, end: number): void
}

// the matches of the suggestion being output, in text order (indexes into `found`)
const ordered: number[] = []

/** What a match over text may be limited to, and the framework links it applies (see `Links`). */
export interface ScanOptions {
  readonly codes?: ReadonlySet<string>
  readonly links?: Links.Links
}

/** The least score that suggests `code`: the lowest `minScore` of its entries (1 for a code without any). */
const minScoreOf = (plan: Plan, code: string): number => {
  const n = plan.numberOf.get(code)
  return n === undefined ? 1 : plan.minScore[n]!
}

/**
 * Matches `text` within `regions` and hands each suggestion to `sink`, with no object per suggestion or match:
 * `codeText` builds them, an auto-coding run packs them straight away. With `links`, each suggestion is followed
 * by its partners across the framework's links that the region does not already carry on overlapping words.
 */
const scan = (
  compiled: Compiled,
  text: string,
  regions: ReadonlyArray<Span>,
  options: ScanOptions,
  sink: Sink,
): void => {
  const entries = compiled.entries
  const plan = planOf(entries, options.codes)
  const call: Call = {
    compiled,
    plan,
    sentenceScope: new Scope(entries.length),
    turnScope: new Scope(entries.length),
    openRun: new Int32Array(plan.codes.length),
    wholeRun: new Int32Array(plan.codes.length),
  }
  runs.reserve(entries.length)
  const map = new Text.OffsetMap(text)
  for (const region of regions) {
    const a = map.toUtf16(region.start)
    const b = map.toUtf16(region.end)
    splitInto(sentences, text, a, b)
    if (sentences.length === 0) continue
    found.length = 0
    sides.length = 0
    hits.length = 0
    runs.length = 0
    // tokenise once, with the very word boundaries the lexicon was compiled with; stem ids from the cache
    tokens.fill(text, a, b, compiled.cache)
    scoreRegion(call, patternHitsIn(call, text, a, b))
    mergeRuns(call)
    const order = runs.sorted(plan.codeRank)
    // partners suggested in this region so far: code and UTF-16 span
    const partnered: Array<readonly [string, number, number]> = []
    for (let k = 0; k < runs.length; k++) {
      const r = order[k]!
      orderMatches(runs.matches[r]!.first)
      const code = plan.codes[runs.code[r]!]!
      const rule = entries[runs.rule[r]!]!.id
      emit(sink, map, runs.start[r]!, runs.end[r]!, code, rule, runs.score[r]!, undefined)
      for (const partner of options.links?.get(code) ?? []) {
        const score = runs.score[r]! * partner.share
        if (options.codes && !options.codes.has(partner.code)) continue
        if (score < minScoreOf(plan, partner.code)) continue
        if (carries(plan, partnered, partner.code, runs.start[r]!, runs.end[r]!)) continue
        partnered.push([partner.code, runs.start[r]!, runs.end[r]!])
        emit(sink, map, runs.start[r]!, runs.end[r]!, partner.code, rule, score, partner.note)
      }
    }
  }
}

/** Whether the region already suggests `code` on words overlapping UTF-16 `[a, b)`, by a rule or a partner. */
const carries = (
  plan: Plan,
  partnered: ReadonlyArray<readonly [string, number, number]>,
  code: string,
  a: number,
  b: number,
): boolean => {
  const n = plan.numberOf.get(code)
  for (let r = 0; r < runs.length; r++)
    if (runs.code[r] === n && runs.start[r]! < b && runs.end[r]! > a) return true
  return partnered.some(([c, s, e]) => c === code && s < b && e > a)
}

/** Hands one suggestion and the matches in `ordered` to `sink`, in code points. */
const emit = (
  sink: Sink,
  map: Text.OffsetMap,
  start: number,
  end: number,
  code: string,
  rule: string,
  score: number,
  note: string | undefined,
): void => {
  sink.suggestion(
    map.toCodePoint(start),
    map.toCodePoint(end),
    code,
    rule,
    Math.round(score * 1e6) / 1e6,
    ordered.length,
    note,
  )
  for (const m of ordered)
    sink.match(
      found.term[m]!,
      found.rule[m]!,
      map.toCodePoint(found.start[m]!),
      map.toCodePoint(found.end[m]!),
    )
}

/**
 * Suggestions for `text` within `regions` (code point spans; each a turn of participant speech or a whole
 * document). Pure: the same text and rules always give the same suggestions, in text order.
 */
export const codeText = (
  compiled: Compiled,
  text: string,
  regions: ReadonlyArray<Span>,
  options: ScanOptions = {},
): Suggestion[] => {
  const out: Suggestion[] = []
  let matches: Match[] = []
  scan(compiled, text, regions, options, {
    suggestion: (start, end, code, rule, score, _matches, note) => {
      matches = []
      out.push(
        note === undefined
          ? { start, end, code, rule, score, matches }
          : { start, end, code, rule, score, matches, note },
      )
    },
    match: (term, rule, start, end) => {
      matches.push({ term, rule, start, end })
    },
  })
  return out
}

/** Puts the matches of a list in `found` into `ordered`, in text order (ties in the order found). */
const orderMatches = (first: number): void => {
  const { start, end, next } = found
  ordered.length = 0
  let inOrder = true
  for (let m = first; m >= 0; m = next[m]!) {
    ordered.push(m)
    const n = next[m]!
    if (n >= 0 && (start[n]! < start[m]! || (start[n] === start[m] && end[n]! < end[m]!))) inOrder = false
  }
  if (inOrder) return
  // some lists (NEAR pairs, patterns, two rules of one code) are sorted, on UTF-16 offsets: by insertion, as they
  // are short and nearly in order, and stable, which keeps ties in the order they were found
  for (let i = 1; i < ordered.length; i++) {
    const m = ordered[i]!
    let j = i - 1
    while (j >= 0) {
      const o = ordered[j]!
      if (start[o]! < start[m]! || (start[o] === start[m] && end[o]! <= end[m]!)) break
      ordered[j + 1] = o
      j--
    }
    ordered[j + 1] = m
  }
}

/**
 * The spans of a source the auto-coder reads: each participant turn (after a leading `Speaker:` label), or the
 * whole text of a document. An interview without recorded turns is read whole.
 */
export const regionsOf = (source: Pick<Source, "kind" | "text">, turns: ReadonlyArray<Turn>): Span[] => {
  if (source.kind !== "interview" || turns.length === 0)
    return [{ start: 0, end: Text.codePointLength(source.text) }]
  const map = new Text.OffsetMap(source.text)
  return turns
    .filter((t) => !t.interviewer)
    .map((t) => {
      const label = `${t.speaker}:`
      const a = map.toUtf16(t.start)
      const skip = source.text.startsWith(label, a) ? [...label].length : 0
      return { start: t.start + skip, end: t.end }
    })
    .filter((r) => r.end > r.start)
}

export interface RunOptions {
  /** Only these codes (ids); all codes the lexicons suggest when absent. */
  readonly codes?: ReadonlyArray<string>
  /** Only these sources (ids); every interview and document when absent. */
  readonly sources?: ReadonlyArray<string>
  /** Store new suggestions as `accepted` (and accept matching pending ones). */
  readonly accept?: boolean
  /** Language of sources that do not say (default `en`). */
  readonly defaultLanguage?: string
  /** Another engine than the rules (whose lexicons it may use itself). */
  readonly engine?: Engine
  /** The framework's links, applied to the rules' suggestions (see `Links`). */
  readonly links?: Links.Links
  readonly now?: string
  readonly onProgress?: (done: number, total: number) => void
}

export interface RunSummary {
  readonly sources: number
  /** UTF-8 bytes of text read. */
  readonly bytes: number
  /** Suggestions the rules make now. */
  readonly suggestions: number
  readonly added: number
  readonly updated: number
  readonly unchanged: number
  /** Earlier suggestions the rules no longer make, withdrawn. */
  readonly withdrawn: number
  /** Suggestions a person already accepted or rejected, left as they are. */
  readonly decided: number
  /** Sources skipped, with why (no lexicon for the language, statistics). */
  readonly skipped: ReadonlyArray<{ readonly source: string; readonly reason: string }>
}

const sameExplanation = (a: Explanation | undefined, b: Explanation): boolean => {
  if (!a || a.note !== b.note || a.matches.length !== b.matches.length) return false
  for (let i = 0; i < b.matches.length; i++) {
    const x = a.matches[i]!
    const y = b.matches[i]!
    if (x.term !== y.term || x.rule !== y.rule || x.start !== y.start || x.end !== y.end) return false
  }
  return true
}

/** A suggestion as it is stored: its own or a stored coding's. */
interface Proposal {
  readonly origin: string
  readonly score?: number | undefined
  readonly explanation?: Explanation | undefined
}
const same = (old: Proposal, now: Proposal): boolean =>
  old.origin === now.origin && old.score === now.score && sameExplanation(old.explanation, now.explanation!)

const keyOf = (start: number, end: number, code: string) => `${start}:${end}:${code}`

/** Groups items by their source. */
const bySource = <A extends { readonly sourceId: string }>(items: ReadonlyArray<A>): Map<string, A[]> => {
  const out = new Map<string, A[]>()
  for (const x of items) {
    const list = out.get(x.sourceId)
    if (list) list.push(x)
    else out.set(x.sourceId, [x])
  }
  return out
}

/**
 * Auto-codes the project's sources with compiled lexicons and stores the suggestions in one transaction. New
 * suggestions are stored as pending suggestions, packed per source (`store.pending`); a suggestion a person has
 * already touched is an ordinary coding row and is only refreshed while still undecided.
 */
export const run = (
  store: Store,
  lexicons: CompiledLexicons,
  options: RunOptions = {},
): Effect.Effect<RunSummary, BadInput | import("@valuelens/store").StoreError> =>
  Effect.gen(function* () {
    const now = options.now ?? new Date().toISOString()
    const coder = options.engine?.coder ?? CODER
    const codes = yield* store.codes.list()
    const known = new Set(codes.map((c) => c.id))
    for (const c of options.codes ?? [])
      if (!known.has(c))
        return yield* new BadInput({
          reason: "unknown-code",
          field: "codes",
          message: `unknown code "${c}"; the project's codes are: ${[...known].join(", ") || "none"}`,
        })
    const selectedCodes = options.codes?.length ? new Set(options.codes) : undefined
    for (const compiled of lexicons.values())
      for (const e of compiled.entries)
        if (!known.has(e.code) && (!selectedCodes || selectedCodes.has(e.code)))
          return yield* new BadInput({
            reason: "unknown-code",
            file: e.plugin,
            field: "lexicons.entries.code",
            message: `plugin "${e.plugin}": lexicon rule ${e.id} suggests code "${e.code}", which is not in the project's codebook`,
          })

    const all = yield* store.sources.listWithText()
    const sourceIds = new Set(all.map((s) => s.id))
    for (const s of options.sources ?? [])
      if (!sourceIds.has(s))
        return yield* new BadInput({
          reason: "unknown-source",
          field: "sources",
          message: `unknown source "${s}"; list the project's sources with: valuelens status`,
        })
    const selectedSources = options.sources?.length ? new Set(options.sources) : undefined
    const sources = all.filter(
      (s) => s.kind !== "statistics" && (!selectedSources || selectedSources.has(s.id)),
    )
    const turnsBySource = bySource(yield* store.turns.all())

    // what is stored already: this coder's coding rows and pending suggestions on these sources
    const sourceFilter = selectedSources ? [...selectedSources] : undefined
    const rows = yield* store.codings.withSpans(coder.id, sourceFilter)
    const rowIds = new Set(rows.map((c) => c.id))
    const rowSources = new Set(rows.map((c) => c.sourceId))
    const mine = rows.filter((c) => !selectedCodes || selectedCodes.has(c.codeId))
    const mineBySource = bySource(mine)
    const pendingBySource = yield* store.pending.bySource({ sourceIds: sourceFilter, coderIds: [coder.id] })
    const segmentsBySource = new Map<string, Map<string, string>>()
    if (options.accept)
      for (const s of yield* store.segments.spans(sourceFilter)) {
        let m = segmentsBySource.get(s.sourceId)
        if (!m) {
          m = new Map()
          segmentsBySource.set(s.sourceId, m)
        }
        m.set(`${s.start}:${s.end}`, s.id)
      }

    const newSegment = Ids.sequence("seg")
    const newCoding = Ids.sequence("cod")
    const newSegments: Segment[] = []
    const newCodings: Coding[] = []
    const updates: Coding[] = []
    // each source's pending suggestions, packed as soon as it is coded so its objects die young
    const packs = new Map<string, Pending.Packed>()
    const packer = new Pending.Packer()
    const origins = new Map<string, string>()
    const originOf = (rule: string) => {
      let o = origins.get(rule)
      if (o === undefined) {
        o = `rule:${rule}`
        origins.set(rule, o)
      }
      return o
    }
    const skipped: Array<{ source: string; reason: string }> = []
    const produced = new Set<string>()
    let added = 0
    let updated = 0
    let unchanged = 0
    let decided = 0
    let withdrawn = 0
    let bytes = 0
    let suggestions = 0

    sources.forEach((source, done) => {
      options.onProgress?.(done, sources.length)
      const language = primaryLanguage(source.language ?? options.defaultLanguage ?? "en")
      const compiled = lexicons.get(language)
      const regions = regionsOf(source, turnsBySource.get(source.id) ?? [])
      const suggested = options.engine?.suggest(source, language, regions)
      const skip =
        suggested && "skip" in suggested
          ? suggested.skip
          : !options.engine && !compiled
            ? `no lexicon for language "${language}"`
            : undefined
      if (skip !== undefined) {
        skipped.push({ source: source.id, reason: skip })
        return
      }
      bytes += Buffer.byteLength(source.text)
      const scope: ScanOptions = {
        ...(selectedCodes ? { codes: selectedCodes } : {}),
        ...(options.links ? { links: options.links } : {}),
      }
      const firstRun = !options.accept && !rowSources.has(source.id) && !pendingBySource.has(source.id)
      if (firstRun && compiled && !options.engine) {
        // nothing of this coder's is stored on the source yet (a first run): every suggestion is new, and is
        // packed as it is found
        scan(compiled, source.text, regions, scope, {
          suggestion: (start, end, code, rule, score, matches, note) =>
            packer.suggestion(start, end, code, originOf(rule), score, note, matches),
          match: (term, rule, start, end) => packer.match(term, rule, start, end),
        })
        const packed = packer.finish()
        suggestions += packed.count
        added += packed.count
        packs.set(source.id, packed)
        return
      }
      const found = (
        suggested && !("skip" in suggested) ? suggested : codeText(compiled!, source.text, regions, scope)
      ).filter((s) => !selectedCodes || selectedCodes.has(s.code))
      const rowsHere = new Map(
        (mineBySource.get(source.id) ?? []).map((c) => [keyOf(c.start, c.end, c.codeId), c]),
      )
      // pending suggestions of codes this run does not cover stay as they are
      const pack: Pending.PendingSuggestion[] = []
      const waiting = new Map<string, Pending.PendingSuggestion>()
      for (const p of pendingBySource.get(source.id) ?? [])
        if (selectedCodes && !selectedCodes.has(p.codeId)) pack.push(p)
        else waiting.set(keyOf(p.start, p.end, p.codeId), p)
      const segmentsHere = segmentsBySource.get(source.id)
      const map = options.accept ? new Text.OffsetMap(source.text) : undefined
      // suggestions come in span order, so codes on one span follow each other and share its segment
      let last: Segment | undefined
      for (const s of found) {
        suggestions++
        const proposal: Pending.PendingSuggestion = {
          start: s.start,
          end: s.end,
          codeId: s.code,
          origin: s.origin ?? originOf(s.rule),
          score: s.score,
          explanation: s.note === undefined ? { matches: s.matches } : { matches: s.matches, note: s.note },
        }
        const key = keyOf(s.start, s.end, s.code)
        const row = rowsHere.get(key)
        if (row) {
          // a person has touched this suggestion: refresh it only while it is still undecided
          produced.add(row.id)
          if (row.status !== "suggested") decided++
          else if (same(row, proposal)) unchanged++
          else {
            const { sourceId: _s, start: _a, end: _b, ...coding } = row
            updates.push({
              ...coding,
              origin: proposal.origin,
              score: proposal.score,
              explanation: proposal.explanation,
              status: options.accept ? "accepted" : "suggested",
              updatedAt: now,
            })
            updated++
          }
          continue
        }
        if (rowIds.has(Pending.codingIdOf(source.id, s.start, s.end, s.code, coder.id))) {
          // this very suggestion was made before and a person has since moved it (edited its range)
          decided++
          continue
        }
        const old = waiting.get(key)
        if (old === undefined) added++
        else {
          waiting.delete(key)
          if (!options.accept && same(old, proposal)) unchanged++
          else updated++
        }
        if (!options.accept) {
          pack.push(proposal)
          continue
        }
        let segmentId: string
        if (last && last.start === s.start && last.end === s.end) segmentId = last.id
        else {
          const stored = segmentsHere?.get(`${s.start}:${s.end}`)
          if (stored) segmentId = stored
          else {
            last = {
              id: newSegment(),
              sourceId: source.id,
              start: s.start,
              end: s.end,
              text: map!.slice(s.start, s.end),
            }
            newSegments.push(last)
            segmentId = last.id
          }
        }
        newCodings.push({
          id: newCoding(),
          segmentId,
          codeId: s.code,
          coderId: coder.id,
          status: "accepted",
          origin: proposal.origin,
          score: proposal.score,
          explanation: proposal.explanation,
          createdAt: now,
          updatedAt: now,
        })
      }
      // earlier pending suggestions the rules no longer make
      withdrawn += waiting.size
      packs.set(source.id, Pending.pack(pack))
    })
    options.onProgress?.(sources.length, sources.length)

    // earlier suggestions (as rows) the rules no longer make, in the sources and codes this run covered
    const withdrawnRows: string[] = []
    const emptied = new Set<string>()
    for (const c of mine) {
      if (c.status !== "suggested" || produced.has(c.id) || !packs.has(c.sourceId)) continue
      withdrawnRows.push(c.id)
      emptied.add(c.segmentId)
    }

    yield* store.transaction((tx) =>
      Effect.gen(function* () {
        yield* tx.coders.ensure(coder)
        yield* tx.codings.insertSuggestions({ segments: newSegments, codings: newCodings })
        yield* tx.codings.updateMany(updates)
        yield* tx.codings.remove(withdrawnRows)
        // a segment left without codings goes with its last withdrawn suggestion
        yield* tx.segments.removeUnused([...emptied])
        yield* tx.pending.write(coder.id, packs, now)
      }),
    )
    return {
      sources: sources.length - skipped.length,
      bytes,
      suggestions,
      added,
      updated,
      unchanged,
      withdrawn: withdrawn + withdrawnRows.length,
      decided,
      skipped,
    }
  })
