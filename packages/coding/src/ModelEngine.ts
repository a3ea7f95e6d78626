/**
 * The learned engine as an auto-coding engine: what it trains on (the plugins' exemplars and the project's
 * decided codings), where its model is kept (the project's settings, `model.<language>`, with its version and a
 * summary of the training data), and how it reads a source (participant speech in passages of a few sentences,
 * each read with the codes the lexicon rules find in it).
 */
import type { Source } from "@valuelens/core"
import { Text } from "@valuelens/core"
import type { Exemplar, PluginDefinition } from "@valuelens/plugin-api"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"
import { codeText, type Engine, type Suggestion } from "./AutoCoder.js"
import { type CompiledLexicons, primaryLanguage } from "./Lexicon.js"
import * as Model from "./Model.js"
import { type Span, splitUtf16 } from "./Sentences.js"

/** The coder every model suggestion belongs to. */
export const CODER = { id: "model", name: "Learned model", engine: true } as const

/** The settings key a language's model is kept under. */
export const keyOf = (language: string) => `model.${language}`

/** Most words in one passage the model reads; longer runs of sentences are read in several passages. */
export const PASSAGE_WORDS = 90

/** The framework of the loaded plugins: every value, and every factor with the values it drives. */
export const frameworkOf = (
  plugins: ReadonlyArray<{ readonly definition: PluginDefinition }>,
): Model.Framework => ({
  values: plugins.flatMap((p) => (p.definition.values ?? []).map((v) => ({ id: v.id, name: v.name }))),
  factors: plugins.flatMap((p) =>
    (p.definition.factors ?? []).map((f) => ({ id: f.id, name: f.name, drives: f.drives })),
  ),
})

/** The plugins' exemplars in one language. */
export const exemplarsOf = (
  plugins: ReadonlyArray<{ readonly definition: PluginDefinition }>,
  language: string,
): Exemplar[] =>
  plugins.flatMap((p) =>
    (p.definition.exemplars ?? []).filter((e) => primaryLanguage(e.language) === language),
  )

/** The codes the rules find anywhere in `text` (features of the model). */
export const ruleCodesOf = (lexicons: CompiledLexicons, language: string, text: string): string[] => {
  const compiled = lexicons.get(language)
  if (!compiled) return []
  return [
    ...new Set(codeText(compiled, text, [{ start: 0, end: Text.codePointLength(text) }]).map((s) => s.code)),
  ]
}

/**
 * The project's decided codings as examples, one per coded segment: its accepted codes, and its rejected ones as
 * codes it does not show. The model's own accepted codings are left out, so it never learns from itself unread.
 */
export const projectExamples = (
  store: Store,
  options: { readonly sourceIds?: ReadonlyArray<string>; readonly coderIds?: ReadonlyArray<string> } = {},
): Effect.Effect<Map<string, Model.Example[]>, StoreError> =>
  Effect.gen(function* () {
    const sources = new Map((yield* store.sources.list()).map((s) => [s.id, s]))
    const rows = yield* store.codings.rows({
      status: ["accepted", "rejected"],
      ...(options.sourceIds ? { sourceIds: options.sourceIds } : {}),
      ...(options.coderIds ? { coderIds: options.coderIds } : {}),
    })
    const bySegment = new Map<string, { text: string; language: string; codes: string[]; not: string[] }>()
    for (const r of rows) {
      if (r.coderId === CODER.id && r.status === "accepted") continue
      let e = bySegment.get(r.segmentId)
      if (!e) {
        const language = primaryLanguage(sources.get(r.sourceId)?.language ?? "en")
        e = { text: r.text, language, codes: [], not: [] }
        bySegment.set(r.segmentId, e)
      }
      ;(r.status === "accepted" ? e.codes : e.not).push(r.codeId)
    }
    const out = new Map<string, Model.Example[]>()
    for (const e of bySegment.values()) {
      const list = out.get(e.language) ?? []
      list.push({
        text: e.text,
        codes: e.codes,
        not: e.not,
        origin: e.codes.length > 0 ? "accepted" : "rejected",
      })
      out.set(e.language, list)
    }
    return out
  })

/**
 * The stored form of a model: its numbers as the base64 of their bytes (IEEE 754 doubles and 32-bit integers,
 * little-endian), which JSON writes and reads many times faster than arrays of numbers and keeps exactly.
 */
interface Stored {
  readonly version: number
  readonly trainedAt: string
  readonly fingerprint: string
  readonly model: Omit<Model.Model, "values" | "factors" | "exemplars"> & {
    readonly values: { classes: ReadonlyArray<string>; weights: string; bias: string }
    readonly factors: { classes: ReadonlyArray<string>; weights: string; bias: string }
    readonly exemplars: ReadonlyArray<{ codes: ReadonlyArray<string>; quote: string; features: string }>
  }
}

const base64 = (a: Float64Array | Int32Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64")
// copied into a fresh buffer, which is aligned for the typed array
const bytesOf = (s: string): ArrayBuffer => Uint8Array.from(Buffer.from(s, "base64")).buffer
const doubles = (s: string) => new Float64Array(bytesOf(s))
const integers = (s: string) => new Int32Array(bytesOf(s))

const headToStored = (head: Model.Model["values"]) => ({
  classes: head.classes,
  weights: base64(head.weights),
  bias: base64(head.bias),
})
const headFromStored = (head: Stored["model"]["values"]): Model.Model["values"] => ({
  classes: head.classes,
  weights: doubles(head.weights),
  bias: doubles(head.bias),
})

const toStored = (model: Model.Model, trainedAt: string, fingerprint: string): Stored => ({
  version: Model.VERSION,
  trainedAt,
  fingerprint,
  model: {
    ...model,
    values: headToStored(model.values),
    factors: headToStored(model.factors),
    exemplars: model.exemplars.map((e) => ({ ...e, features: base64(e.features) })),
  },
})

const fromStored = (s: Stored): Model.Model => ({
  ...s.model,
  values: headFromStored(s.model.values),
  factors: headFromStored(s.model.factors),
  exemplars: s.model.exemplars.map((e) => ({ ...e, features: integers(e.features) })),
})

/** A short, order-sensitive digest of the training data, to tell when a stored model is stale. */
const fingerprintOf = (examples: ReadonlyArray<Model.Example>, options: Model.Options): string => {
  let h = 0x811c9dc5
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  }
  feed(JSON.stringify(options))
  for (const e of examples)
    feed(`${e.text}|${e.codes.join(",")}|${(e.not ?? []).join(",")}|${(e.ruleCodes ?? []).join(",")}`)
  return `${Model.VERSION}-${examples.length}-${h.toString(16)}`
}

/** A language's model, or why there is none. */
export type Trained = Model.Model | Model.TooFew

/**
 * The model of each language the project's sources or the plugins' exemplars are in: the stored one when it was
 * trained on the same data by this version, otherwise trained afresh and stored.
 */
export const models = (
  store: Store,
  plugins: ReadonlyArray<{ readonly definition: PluginDefinition }>,
  lexicons: CompiledLexicons,
  options: {
    readonly now?: string
    readonly model?: Model.Options
    readonly languages: ReadonlyArray<string>
  },
): Effect.Effect<Map<string, Trained>, StoreError> =>
  Effect.gen(function* () {
    const framework = frameworkOf(plugins)
    const own = yield* projectExamples(store)
    const out = new Map<string, Trained>()
    for (const language of options.languages) {
      const examples = trainingSet(plugins, lexicons, language, own.get(language) ?? [])
      const fingerprint = fingerprintOf(examples, options.model ?? {})
      const stored = (yield* store.settings.get(keyOf(language))) as Stored | undefined
      if (stored && stored.version === Model.VERSION && stored.fingerprint === fingerprint) {
        out.set(language, fromStored(stored))
        continue
      }
      const trained = Model.train(language, framework, examples, options.model)
      out.set(language, trained)
      if ("features" in trained)
        yield* store.settings.set(
          keyOf(language),
          toStored(trained, options.now ?? new Date().toISOString(), fingerprint),
        )
    }
    return out
  })

/** The examples a language's model trains on: the plugins' exemplars, then the project's own. */
export const trainingSet = (
  plugins: ReadonlyArray<{ readonly definition: PluginDefinition }>,
  lexicons: CompiledLexicons,
  language: string,
  own: ReadonlyArray<Model.Example>,
): Model.Example[] =>
  [
    ...exemplarsOf(plugins, language).map(
      (e): Model.Example => ({ text: e.text, codes: e.codes, not: e.not ?? [], origin: "exemplar" }),
    ),
    ...own,
  ].map((e) => ({ ...e, ruleCodes: ruleCodesOf(lexicons, language, e.text) }))

// the characters `\s` matches in a regular expression
const SPACE = /\s/
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)))

/** `text.slice(a, b).split(/\s+/).length` (a run of white space more than pieces), without the strings. */
const wordsIn = (text: string, a: number, b: number): number => {
  let n = 1
  for (let i = a; i < b; ) {
    if (!isSpace(text.charCodeAt(i))) {
      i++
      continue
    }
    n++
    while (i < b && isSpace(text.charCodeAt(i))) i++
  }
  return n
}

/** The passages of a region: runs of whole sentences of at most `PASSAGE_WORDS` words (UTF-16 spans). */
export const passagesOf = (text: string, a: number, b: number): Span[] => {
  const out: Span[] = []
  let start = -1
  let end = -1
  let words = 0
  for (const s of splitUtf16(text, a, b)) {
    const n = wordsIn(text, s.start, s.end)
    if (start >= 0 && words + n > PASSAGE_WORDS) {
      out.push({ start, end })
      start = -1
      words = 0
    }
    if (start < 0) start = s.start
    end = s.end
    words += n
  }
  if (start >= 0) out.push({ start, end })
  return out
}

/** The learned engine over trained models, for `AutoCoder.run`. */
export const engine = (models: ReadonlyMap<string, Trained>, lexicons: CompiledLexicons): Engine => ({
  coder: CODER,
  suggest: (source: Pick<Source, "id" | "kind" | "text">, language: string, regions: ReadonlyArray<Span>) => {
    const model = models.get(language)
    if (!model) return { skip: `no model for language "${language}": no exemplars or codings in it` }
    if (!("features" in model))
      return {
        skip: `the model for "${language}" has ${model.has} coded passage(s) showing a deficit and needs at least ${model.needs}; code more by hand, or add a plugin with exemplars in "${language}"`,
      }
    const map = new Text.OffsetMap(source.text)
    const compiled = lexicons.get(language)
    const out: Suggestion[] = []
    // the rules read the source once; each passage takes the codes of the rule suggestions it overlaps
    const ruled = compiled ? codeText(compiled, source.text, regions) : []
    let from = 0
    for (const region of regions) {
      while (from < ruled.length && ruled[from]!.end <= region.start) from++
      for (const p of passagesOf(source.text, map.toUtf16(region.start), map.toUtf16(region.end))) {
        const start = map.toCodePoint(p.start)
        const end = map.toCodePoint(p.end)
        const ruleCodes: string[] = []
        for (let k = from; k < ruled.length && ruled[k]!.start < end; k++)
          if (ruled[k]!.end > start && !ruleCodes.includes(ruled[k]!.code)) ruleCodes.push(ruled[k]!.code)
        const predictions = Model.predictIn(model, source.text, p.start, p.end, ruleCodes)
        for (const pr of predictions.slice().sort((x, y) => (x.code < y.code ? -1 : 1)))
          out.push({
            start,
            end,
            code: pr.code,
            rule: `model:${language}`,
            origin: `model:${language}@${model.version}`,
            score: pr.score,
            note: pr.note,
            matches: pr.words.map((w) => ({
              term: w.term,
              rule: `model:${language}`,
              start: map.toCodePoint(w.start),
              end: map.toCodePoint(w.end),
            })),
          })
      }
    }
    return out
  },
})
