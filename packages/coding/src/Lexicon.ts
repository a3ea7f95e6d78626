/**
 * Compiles plugin lexicons into matchers, once per language. Every term and phrase word is tokenised, folded and
 * stemmed exactly as source text will be, and given a small integer id; a rule is then a set of id sequences, so
 * matching a source is one pass of Map lookups rather than one regex scan per term. Regular expressions are used
 * only where a lexicon declares them, and are checked at compile time: an invalid pattern, or one with nested
 * or alternated unbounded repetition (the shapes that backtrack catastrophically, by `Patterns.check` of the plugin API), is rejected with the plugin,
 * entry and pattern named.
 */
import { BadInput } from "@valuelens/core"
import { type Lexicon, type LexiconEntry, Patterns, type Weighted } from "@valuelens/plugin-api"
import { Effect } from "effect"
import * as Stemmer from "./Stemmer.js"
import { TokenCache } from "./TokenCache.js"
import * as Tokens from "./Tokens.js"

/** A lexicon and the plugin that contributed it (named in errors). */
export interface Contributed {
  readonly plugin: string
  readonly lexicon: Lexicon
}

/** A term or phrase as a sequence of stem ids. */
export interface Sequence {
  readonly text: string
  readonly ids: Int32Array
}

export interface WeightedSequence extends Sequence {
  readonly weight: number
}

export interface CompiledPattern {
  readonly source: string
  readonly regex: RegExp
  readonly weight: number
}

export interface CompiledNear {
  readonly a: Sequence
  readonly b: Sequence
  readonly n: number
  readonly weight: number
  readonly text: string
}

export interface CompiledEntry {
  /** Rule id, the `<ruleId>` of origin `rule:<ruleId>`. */
  readonly id: string
  readonly code: string
  readonly plugin: string
  readonly scope: "sentence" | "turn"
  readonly minScore: number
  readonly terms: ReadonlyArray<WeightedSequence>
  readonly patterns: ReadonlyArray<CompiledPattern>
  readonly near: ReadonlyArray<CompiledNear>
  readonly exclude: ReadonlyArray<Sequence>
}

/** What a token whose stem id starts a sequence can complete. */
export interface Posting {
  readonly entry: number
  /** 0 term or phrase, 1 NEAR left side, 2 NEAR right side, 3 exclusion. */
  readonly kind: 0 | 1 | 2 | 3
  readonly item: number
  readonly ids: Int32Array
}

/** One language's rules, ready to match. */
export interface Compiled {
  readonly language: string
  readonly stem: Stemmer.Stem
  /** Stem → id. */
  readonly vocabulary: ReadonlyMap<string, number>
  readonly entries: ReadonlyArray<CompiledEntry>
  /** Postings by the id of a sequence's first stem. */
  readonly postings: ReadonlyArray<ReadonlyArray<Posting>>
  /** Token text → stem id (-1 when not in the vocabulary), filled as text is matched. */
  readonly cache: TokenCache
}

/** Compiled rules by primary language subtag (`en`, `ms`). */
export type CompiledLexicons = ReadonlyMap<string, Compiled>

export const primaryLanguage = (language: string): string => language.toLowerCase().split("-")[0] ?? ""

/** The stem id of a token, via the cache; stems outside the vocabulary get -1. */
export const idOf = (c: Compiled, word: string): number => c.cache.get(word)

interface Problem {
  readonly plugin: string
  readonly field: string
  readonly message: string
}

const weighted = (w: Weighted): { text: string; weight: number } =>
  typeof w === "string" ? { text: w, weight: 1 } : { text: w.text, weight: w.weight }

class Builder {
  readonly vocabulary = new Map<string, number>()
  readonly postings: Posting[][] = []
  readonly entries: CompiledEntry[] = []
  readonly problems: Problem[] = []
  private readonly ruleIds = new Map<string, number>()

  constructor(
    readonly language: string,
    readonly stem: Stemmer.Stem,
  ) {}

  sequence(text: string): Sequence | undefined {
    const ws = Tokens.words(text)
    if (ws.length === 0) return undefined
    const ids = new Int32Array(ws.length)
    ws.forEach((w, k) => {
      const s = this.stem(Tokens.fold(w))
      let id = this.vocabulary.get(s)
      if (id === undefined) {
        id = this.vocabulary.size
        this.vocabulary.set(s, id)
        this.postings.push([])
      }
      ids[k] = id
    })
    return { text, ids }
  }

  post(entry: number, kind: Posting["kind"], item: number, seq: Sequence): void {
    this.postings[seq.ids[0]!]!.push({ entry, kind, item, ids: seq.ids })
  }

  add(plugin: string, where: string, e: LexiconEntry): void {
    const fail = (field: string, message: string) =>
      this.problems.push({
        plugin,
        field: `${where}.${field}`,
        message: `plugin "${plugin}": lexicon "${this.language}", entry for ${String(e.code)}: ${message}`,
      })
    if (typeof e.code !== "string" || e.code.length === 0) {
      fail("code", "expected the id of the code this entry suggests")
      return
    }
    const base = e.id ?? `${e.code}@${this.language}`
    const seen = this.ruleIds.get(base) ?? 0
    this.ruleIds.set(base, seen + 1)
    const id = seen === 0 ? base : `${base}#${seen + 1}`
    const index = this.entries.length
    const minScore = e.minScore ?? 1
    if (!Number.isFinite(minScore)) fail("minScore", `minScore must be a number, got ${String(e.minScore)}`)
    const terms: WeightedSequence[] = []
    const termByStems = new Map<string, number>()
    for (const [k, raw] of [...(e.terms ?? []), ...(e.phrases ?? [])].entries()) {
      const { text, weight } = weighted(raw)
      const field = k < (e.terms?.length ?? 0) ? `terms[${k}]` : `phrases[${k - (e.terms?.length ?? 0)}]`
      if (typeof text !== "string") {
        fail(field, "expected a word or phrase")
        continue
      }
      if (!Number.isFinite(weight)) {
        fail(field, `the weight of "${text}" must be a number`)
        continue
      }
      const seq = this.sequence(text)
      if (!seq) {
        fail(field, `"${text}" has no words to match`)
        continue
      }
      // terms that stem alike (monitor, monitoring) are one term: a word in the text counts once, at the
      // highest weight given to any of its forms
      const key = seq.ids.join(" ")
      const same = termByStems.get(key)
      if (same !== undefined) {
        const prior = terms[same]!
        terms[same] = { ...prior, weight: Math.max(prior.weight, weight) }
        continue
      }
      termByStems.set(key, terms.length)
      this.post(index, 0, terms.length, seq)
      terms.push({ ...seq, weight })
    }
    const patterns: CompiledPattern[] = []
    for (const [k, raw] of (e.patterns ?? []).entries()) {
      const { text, weight } = weighted(raw)
      let regex: RegExp
      try {
        regex = new RegExp(text, "gi")
      } catch (cause) {
        fail(
          `patterns[${k}]`,
          `pattern /${text}/ is not a valid regular expression (${cause instanceof Error ? cause.message : String(cause)})`,
        )
        continue
      }
      // the same check the plugin loader makes, for lexicons compiled without it
      const problem = Patterns.check(text)
      if (problem) {
        fail(`patterns[${k}]`, `pattern /${text}/ ${Patterns.explain(problem)}`)
        continue
      }
      if (regex.test("")) {
        fail(`patterns[${k}]`, `pattern /${text}/ matches empty text; it must match at least one character`)
        continue
      }
      patterns.push({ source: text, regex, weight })
    }
    const near: CompiledNear[] = []
    for (const [k, r] of (e.near ?? []).entries()) {
      const a = typeof r.a === "string" ? this.sequence(r.a) : undefined
      const b = typeof r.b === "string" ? this.sequence(r.b) : undefined
      if (!a || !b || !Number.isInteger(r.n) || r.n < 1) {
        fail(`near[${k}]`, "expected { a: word, b: word, n: a whole number of words ≥ 1 }")
        continue
      }
      const item = near.length
      this.post(index, 1, item, a)
      this.post(index, 2, item, b)
      near.push({ a, b, n: r.n, weight: r.weight ?? 1, text: `${r.a} NEAR/${r.n} ${r.b}` })
    }
    const exclude: Sequence[] = []
    for (const [k, text] of (e.exclude ?? []).entries()) {
      const seq = typeof text === "string" ? this.sequence(text) : undefined
      if (!seq) {
        fail(`exclude[${k}]`, "expected a word or phrase")
        continue
      }
      this.post(index, 3, exclude.length, seq)
      exclude.push(seq)
    }
    const scope = e.scope ?? "sentence"
    if (scope !== "sentence" && scope !== "turn") fail("scope", `scope must be "sentence" or "turn"`)
    this.entries.push({ id, code: e.code, plugin, scope, minScore, terms, patterns, near, exclude })
  }
}

export interface CompileOptions {
  /** Stemmers for languages beyond the built-in English and Malay, by language tag. */
  readonly stemmers?: Readonly<Record<string, Stemmer.Stem>>
}

/**
 * Compiles every contributed lexicon, grouped by primary language. All problems are collected; the first is
 * reported with the plugin and field named (and how many more there were), and nothing is compiled.
 */
export const compile = (
  lexicons: ReadonlyArray<Contributed>,
  options: CompileOptions = {},
): Effect.Effect<CompiledLexicons, BadInput> =>
  Effect.suspend(() => {
    const builders = new Map<string, Builder>()
    lexicons.forEach(({ plugin, lexicon }, li) => {
      const language = primaryLanguage(lexicon.language ?? "")
      let b = builders.get(language)
      if (!b) {
        b = new Builder(language, Stemmer.forLanguage(lexicon.language, options.stemmers))
        builders.set(language, b)
      }
      lexicon.entries.forEach((e, ei) => {
        b.add(plugin, `lexicons[${li}].entries[${ei}]`, e)
      })
    })
    const problems = [...builders.values()].flatMap((b) => b.problems)
    const first = problems[0]
    if (first)
      return Effect.fail(
        new BadInput({
          reason: "invalid-lexicon",
          file: first.plugin,
          field: first.field,
          message: problems.length > 1 ? `${first.message} (and ${problems.length - 1} more)` : first.message,
        }),
      )
    const out = new Map<string, Compiled>()
    for (const [language, b] of builders)
      out.set(language, {
        language,
        stem: b.stem,
        vocabulary: b.vocabulary,
        entries: b.entries,
        postings: b.postings,
        cache: new TokenCache((word) => b.vocabulary.get(b.stem(Tokens.fold(word))) ?? -1),
      })
    return Effect.succeed(out)
  })

/** The lexicons of loaded plugins, each tagged with its plugin's name. */
export const fromPlugins = (
  plugins: ReadonlyArray<{
    readonly meta: { readonly name: string }
    readonly definition: { readonly lexicons?: ReadonlyArray<Lexicon> }
  }>,
): Contributed[] =>
  plugins.flatMap((p) => (p.definition.lexicons ?? []).map((lexicon) => ({ plugin: p.meta.name, lexicon })))
