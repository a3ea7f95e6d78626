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
import { idOf, primaryLanguage } from "./Lexicon.js"
import { type Span, splitUtf16 } from "./Sentences.js"
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
}

interface RawMatch {
  term: string
  rule: string
  start: number
  end: number
}

// Per-scope scoring state, indexed by entry number and reset through the `touched` list.
class Scope {
  readonly score: Float64Array
  readonly vetoed: Uint8Array
  readonly matches: RawMatch[][]
  readonly near: Array<Array<{ item: number; side: 1 | 2; token: number; start: number; end: number }>>
  readonly touched: number[] = []
  private readonly seen: Uint8Array

  constructor(n: number) {
    this.score = new Float64Array(n)
    this.vetoed = new Uint8Array(n)
    this.seen = new Uint8Array(n)
    this.matches = Array.from({ length: n }, () => [])
    this.near = Array.from({ length: n }, () => [])
  }

  touch(e: number): void {
    if (this.seen[e] === 0) {
      this.seen[e] = 1
      this.touched.push(e)
    }
  }

  reset(): void {
    for (const e of this.touched) {
      this.seen[e] = 0
      this.score[e] = 0
      this.vetoed[e] = 0
      this.matches[e]!.length = 0
      this.near[e]!.length = 0
    }
    this.touched.length = 0
  }
}

interface Hit {
  entry: number
  score: number
  matches: RawMatch[]
}

/** Settles a scope: NEAR pairs, exclusions and minimum scores. Returns the entries that fire. */
const settle = (entries: ReadonlyArray<CompiledEntry>, scope: Scope): Hit[] => {
  const hits: Hit[] = []
  for (const e of scope.touched) {
    if (scope.vetoed[e] === 1) continue
    const entry = entries[e]!
    let score = scope.score[e]!
    const matches = scope.matches[e]!.slice()
    const near = scope.near[e]!
    if (near.length > 0)
      entry.near.forEach((rule, item) => {
        // the closest pair of the two sides decides, counted once per scope
        let best: [(typeof near)[number], (typeof near)[number]] | undefined
        let bestGap = Number.POSITIVE_INFINITY
        for (const x of near)
          if (x.item === item && x.side === 1)
            for (const y of near)
              if (y.item === item && y.side === 2 && y.token !== x.token) {
                const gap = Math.abs(y.token - x.token)
                if (gap <= rule.n && gap < bestGap) {
                  bestGap = gap
                  best = [x, y]
                }
              }
        if (best) {
          score += rule.weight
          matches.push({ term: rule.text, rule: entry.id, start: best[0].start, end: best[0].end })
          matches.push({ term: rule.text, rule: entry.id, start: best[1].start, end: best[1].end })
        }
      })
    if (score > 0 && score >= entry.minScore) hits.push({ entry: e, score, matches })
  }
  scope.reset()
  return hits
}

const buffer = new Tokens.TokenBuffer()

/**
 * Suggestions for `text` within `regions` (code point spans; each a turn of participant speech or a whole
 * document). Pure: the same text and rules always give the same suggestions, in text order.
 */
export const codeText = (
  compiled: Compiled,
  text: string,
  regions: ReadonlyArray<Span>,
  options: { readonly codes?: ReadonlySet<string> } = {},
): Suggestion[] => {
  const entries = compiled.entries
  const active = entries.map((e) => !options.codes || options.codes.has(e.code))
  const patterned = entries.flatMap((e, i) => (active[i] && e.patterns.length > 0 ? [i] : []))
  const sentenceScope = new Scope(entries.length)
  const turnScope = new Scope(entries.length)
  const map = new Text.OffsetMap(text)
  const out: Suggestion[] = []
  const postings = compiled.postings

  for (const region of regions) {
    const a = map.toUtf16(region.start)
    const b = map.toUtf16(region.end)
    const sentences = splitUtf16(text, a, b)
    if (sentences.length === 0) continue

    // tokenise once: stem ids by Map lookup, with the very word boundaries the lexicon was compiled with
    buffer.reset()
    Tokens.each(text, a, b, (start, end) => buffer.push(start, end, idOf(compiled, text.slice(start, end))))
    const { starts, ends, ids } = buffer
    const n = buffer.length

    // pattern matches, found on the region's text only where an entry declares patterns
    const patternHits: Array<{ start: number; end: number; entry: number; item: number }> = []
    if (patterned.length > 0) {
      const sub = text.slice(a, b)
      for (const e of patterned)
        entries[e]!.patterns.forEach((p, item) => {
          p.regex.lastIndex = 0
          for (let m = p.regex.exec(sub); m !== null; m = p.regex.exec(sub)) {
            if (m[0].length === 0) {
              p.regex.lastIndex++
              continue
            }
            patternHits.push({ start: a + m.index, end: a + m.index + m[0].length, entry: e, item })
          }
        })
      patternHits.sort((x, y) => x.start - y.start)
    }

    const sentenceHits: Hit[][] = []
    let s = 0
    let t = 0
    let ph = 0
    // first and last token of each sentence, for phrase and NEAR bounds
    while (s < sentences.length) {
      const sentence = sentences[s]!
      let t1 = t
      while (t1 < n && starts[t1]! < sentence.end) t1++
      for (let k = t; k < t1; k++) {
        const id = ids[k]!
        if (id < 0) continue
        const list = postings[id]!
        for (let q = 0; q < list.length; q++) {
          const p = list[q]!
          if (!active[p.entry]) continue
          const entry = entries[p.entry]!
          const limit = entry.scope === "turn" ? n : t1
          const len = p.ids.length
          if (k + len > limit) continue
          let ok = true
          for (let r = 1; r < len; r++)
            if (ids[k + r] !== p.ids[r]) {
              ok = false
              break
            }
          if (!ok) continue
          const scope = entry.scope === "turn" ? turnScope : sentenceScope
          scope.touch(p.entry)
          if (p.kind === 0) {
            const term = entry.terms[p.item]!
            scope.score[p.entry] = scope.score[p.entry]! + term.weight
            scope.matches[p.entry]!.push({
              term: term.text,
              rule: entry.id,
              start: starts[k]!,
              end: ends[k + len - 1]!,
            })
          } else if (p.kind === 3) scope.vetoed[p.entry] = 1
          else
            scope.near[p.entry]!.push({
              item: p.item,
              side: p.kind,
              token: k,
              start: starts[k]!,
              end: ends[k + len - 1]!,
            })
        }
      }
      while (ph < patternHits.length && patternHits[ph]!.start < sentence.end) {
        const h = patternHits[ph++]!
        const entry = entries[h.entry]!
        const scope = entry.scope === "turn" ? turnScope : sentenceScope
        const p = entry.patterns[h.item]!
        scope.touch(h.entry)
        scope.score[h.entry] = scope.score[h.entry]! + p.weight
        scope.matches[h.entry]!.push({ term: `/${p.source}/`, rule: entry.id, start: h.start, end: h.end })
      }
      sentenceHits.push(settle(entries, sentenceScope))
      t = t1
      s++
    }
    const turnHits = settle(entries, turnScope)

    // merge: per code, runs of adjacent sentences; a turn-scoped hit covers the whole region
    interface Open {
      first: number
      last: number
      score: number
      matches: RawMatch[]
      byRule: Map<string, number>
    }
    const region16 = { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end }
    const regionCodes = new Map<string, Open>()
    for (const h of turnHits) {
      const entry = entries[h.entry]!
      const o: Open = regionCodes.get(entry.code) ?? {
        first: 0,
        last: 0,
        score: 0,
        matches: [],
        byRule: new Map(),
      }
      o.score += h.score
      o.matches.push(...h.matches)
      o.byRule.set(entry.id, (o.byRule.get(entry.id) ?? 0) + h.score)
      regionCodes.set(entry.code, o)
    }
    const runs: Array<{ code: string; open: Open; span: { start: number; end: number } }> = []
    const open = new Map<string, Open>()
    const close = (code: string, o: Open) =>
      runs.push({ code, open: o, span: { start: sentences[o.first]!.start, end: sentences[o.last]!.end } })
    sentenceHits.forEach((hits, k) => {
      for (const h of hits) {
        const entry = entries[h.entry]!
        const whole = regionCodes.get(entry.code)
        if (whole) {
          whole.score += h.score
          whole.matches.push(...h.matches)
          whole.byRule.set(entry.id, (whole.byRule.get(entry.id) ?? 0) + h.score)
          continue
        }
        let o = open.get(entry.code)
        if (o && o.last < k - 1) {
          close(entry.code, o)
          o = undefined
        }
        if (!o) {
          o = { first: k, last: k, score: 0, matches: [], byRule: new Map() }
          open.set(entry.code, o)
        }
        o.last = k
        o.score += h.score
        o.matches.push(...h.matches)
        o.byRule.set(entry.id, (o.byRule.get(entry.id) ?? 0) + h.score)
      }
    })
    for (const [code, o] of open) close(code, o)
    for (const [code, o] of regionCodes) runs.push({ code, open: o, span: region16 })
    runs.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end || (x.code < y.code ? -1 : 1))
    for (const r of runs) {
      let rule = ""
      let best = Number.NEGATIVE_INFINITY
      for (const [id, v] of r.open.byRule)
        if (v > best || (v === best && id < rule)) {
          best = v
          rule = id
        }
      const matches = r.open.matches
        .sort((x, y) => x.start - y.start || x.end - y.end)
        .map((m) => ({
          term: m.term,
          rule: m.rule,
          start: map.toCodePoint(m.start),
          end: map.toCodePoint(m.end),
        }))
      out.push({
        start: map.toCodePoint(r.span.start),
        end: map.toCodePoint(r.span.end),
        code: r.code,
        rule,
        score: Math.round(r.open.score * 1e6) / 1e6,
        matches,
      })
    }
  }
  return out
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

    const summaries = yield* store.sources.list()
    const byId = new Map(summaries.map((s) => [s.id, s]))
    for (const s of options.sources ?? [])
      if (!byId.has(s))
        return yield* new BadInput({
          reason: "unknown-source",
          field: "sources",
          message: `unknown source "${s}"; list the project's sources with: valuelens status`,
        })
    const selectedSources = options.sources?.length ? new Set(options.sources) : undefined
    const sources = (yield* store.sources.listWithText()).filter(
      (s) => s.kind !== "statistics" && (!selectedSources || selectedSources.has(s.id)),
    )
    const turnsBySource = bySource(yield* store.turns.all())

    // what is stored already: this coder's coding rows and pending suggestions on these sources
    const sourceFilter = selectedSources ? [...selectedSources] : undefined
    const rows = yield* store.codings.withSpans(CODER.id, sourceFilter)
    const rowIds = new Set(rows.map((c) => c.id))
    const mine = rows.filter((c) => !selectedCodes || selectedCodes.has(c.codeId))
    const mineBySource = bySource(mine)
    const pendingBySource = yield* store.pending.bySource({ sourceIds: sourceFilter, coderIds: [CODER.id] })
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
      if (!compiled) {
        skipped.push({ source: source.id, reason: `no lexicon for language "${language}"` })
        return
      }
      bytes += Buffer.byteLength(source.text)
      const regions = regionsOf(source, turnsBySource.get(source.id) ?? [])
      const found = codeText(compiled, source.text, regions, selectedCodes ? { codes: selectedCodes } : {})
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
        const proposal = { origin: originOf(s.rule), score: s.score, explanation: { matches: s.matches } }
        // on a first run nothing is stored yet, and the lookups below are skipped
        const key = rowsHere.size > 0 || waiting.size > 0 ? keyOf(s.start, s.end, s.code) : ""
        const row = rowsHere.size > 0 ? rowsHere.get(key) : undefined
        if (row) {
          // a person has touched this suggestion: refresh it only while it is still undecided
          produced.add(row.id)
          if (row.status !== "suggested") decided++
          else if (same(row, proposal)) unchanged++
          else {
            const { sourceId: _s, start: _a, end: _b, ...coding } = row
            updates.push({
              ...coding,
              ...proposal,
              status: options.accept ? "accepted" : "suggested",
              updatedAt: now,
            })
            updated++
          }
          continue
        }
        if (rowIds.size > 0 && rowIds.has(Pending.codingIdOf(source.id, s.start, s.end, s.code))) {
          // this very suggestion was made before and a person has since moved it (edited its range)
          decided++
          continue
        }
        const old = waiting.size > 0 ? waiting.get(key) : undefined
        if (old === undefined) added++
        else {
          waiting.delete(key)
          if (!options.accept && same(old, proposal)) unchanged++
          else updated++
        }
        if (!options.accept) {
          pack.push({
            start: s.start,
            end: s.end,
            codeId: s.code,
            origin: proposal.origin,
            score: s.score,
            explanation: proposal.explanation,
          })
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
          coderId: CODER.id,
          status: "accepted",
          ...proposal,
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
        yield* tx.coders.ensure(CODER)
        yield* tx.codings.insertSuggestions({ segments: newSegments, codings: newCodings })
        yield* tx.codings.updateMany(updates)
        yield* tx.codings.remove(withdrawnRows)
        // a segment left without codings goes with its last withdrawn suggestion
        yield* tx.segments.removeUnused([...emptied])
        for (const [sourceId, pack] of packs) yield* tx.pending.write(sourceId, CODER.id, pack, now)
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
