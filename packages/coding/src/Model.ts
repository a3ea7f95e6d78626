/**
 * The learned engine `model`: two multinomial logistic regressions (softmax, L2-regularised, trained by seeded
 * stochastic gradient descent), one choosing among the framework's values and "no deficit", one among its
 * factors and "no deficit", over the stems of a passage, its stem bigrams and the codes the lexicon rules find in
 * it. The "no deficit" class is trained on the plugins' no-deficit exemplars and counter-examples (and on passages
 * a researcher rejected or left uncoded), so a neutral passage ("our interpreters have been with us for years") gets nothing.
 *
 * The two heads are joined through the framework's factor → value links: a factor supports the value it drives
 * and the other way round, so a passage gets a value with the factor behind it, and the explanation names the
 * link. Nothing here assumes how many values or factors there are. Pure: the same examples and seed give the
 * same model and the same suggestions.
 */

import { grown } from "./Growable.js"
import { seededRandom } from "./reliability/Alpha.js"
import * as Stemmer from "./Stemmer.js"
import { TokenCache } from "./TokenCache.js"
import * as Tokens from "./Tokens.js"

/** Bumped whenever features or training change, so a stored model from another version is retrained. */
export const VERSION = 2

/** A labelled passage: a plugin exemplar or a passage of the project's own coding. */
export interface Example {
  readonly text: string
  /** Value and factor ids the passage shows; empty when it shows none. */
  readonly codes: ReadonlyArray<string>
  /** Codes it was judged not to show (a counter-example or a rejected suggestion). */
  readonly not?: ReadonlyArray<string>
  /** Where it comes from, for explanations: `exemplar`, `accepted`, `rejected`, `uncoded`. */
  readonly origin: string
  /** Codes the lexicon rules find in the passage, as features. */
  readonly ruleCodes?: ReadonlyArray<string>
}

/** The framework the heads choose within: values, and factors with the values they drive. */
export interface Framework {
  readonly values: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly factors: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly drives: ReadonlyArray<string>
  }>
}

export interface Options {
  readonly seed?: number
  readonly epochs?: number
  /** L2 penalty per example step. */
  readonly l2?: number
  readonly learningRate?: number
  /** Least combined probability for a suggestion. */
  readonly threshold?: number
  /** Weigh classes inversely to their number of passages. */
  readonly balanced?: boolean
}

export const defaults: Required<Options> = {
  seed: 1,
  epochs: 30,
  l2: 5e-3,
  learningRate: 0.5,
  threshold: 0.25,
  balanced: true,
}

/** Fewest labelled passages showing a deficit the model trains on; below this it suggests nothing. */
export const MIN_POSITIVE = 20

/** What a model was trained on. */
export interface Summary {
  readonly examples: number
  /** By origin (`exemplar`, `accepted`, …). */
  readonly byOrigin: Readonly<Record<string, number>>
  /** Passages per class of each head (`none` included). */
  readonly perClass: Readonly<Record<string, number>>
  readonly features: number
}

/** One softmax head: its classes (the last is "none") and weights, class-major over features, then biases. */
interface Head {
  readonly classes: ReadonlyArray<string>
  readonly weights: Float64Array
  readonly bias: Float64Array
}

export interface Model {
  readonly version: number
  readonly language: string
  readonly options: Required<Options>
  readonly framework: Framework
  readonly features: ReadonlyArray<string>
  readonly values: Head
  readonly factors: Head
  readonly summary: Summary
  /** The training exemplars showing each code, for explanations: feature indexes and a short quotation. */
  readonly exemplars: ReadonlyArray<{
    readonly codes: ReadonlyArray<string>
    readonly quote: string
    readonly features: Int32Array
  }>
}

export const NONE = "none"

/** A passage's features: stems, stem bigrams and rule codes, by name, with the word each stem came from. */
export interface Features {
  readonly names: ReadonlyArray<string>
  /** For word features, the UTF-16 span of one occurrence in the text. */
  readonly spans: ReadonlyArray<readonly [number, number] | undefined>
}

/** Words too common to carry meaning on their own; they still make bigrams. */
const STOP = new Set(
  (
    "the a an and or but of to in on at for with by from is are was were be been being it its this that these those " +
    "i we you he she they them our your their my me us his her as so if then than there here not no do does did " +
    "have has had will would can could should may might just very also about into over out up what which who " +
    "yang dan di ke dari itu ini untuk dengan pada ada tidak kami kita saya mereka dia akan dalam atau juga oleh " +
    "sudah lagi pun tu ni"
  ).split(" "),
)

/** A word as the model sees it: its stem, and whether it counts on its own (not a stop word or a letter). */
interface Word {
  readonly stem: string
  readonly alone: boolean
}

// the reusable tokens of `featuresOf`, and each stemmer's words as read so far (a bounded memo)
const tokens = new Tokens.TokenBuffer()
const memo = new WeakMap<Stemmer.Stem, Map<string, Word>>()
const MEMO_LIMIT = 1 << 18

const wordOf = (stem: Stemmer.Stem, raw: string): Word => {
  let words = memo.get(stem)
  if (!words) {
    words = new Map()
    memo.set(stem, words)
  }
  let w = words.get(raw)
  if (w === undefined) {
    const folded = Tokens.fold(raw)
    const st = stem(folded)
    w = { stem: st, alone: !STOP.has(folded) && st.length > 1 }
    if (words.size < MEMO_LIMIT) words.set(raw, w)
  }
  return w
}

/**
 * The distinct features of `text`, in order of first occurrence, each with the span of a word feature's first
 * occurrence: its words (`unigram`, absent for stop words), its bigrams of stems and the rule codes. Features are
 * keyed by name in training and by index when a model reads, through the same walk over the tokens.
 */
const scan = <K>(
  text: string,
  word: (raw: string) => { readonly stem: string; readonly unigram: K | undefined },
  bigram: (first: string, second: string) => K | undefined,
  rules: ReadonlyArray<K | undefined>,
): { readonly keys: K[]; readonly spans: Array<readonly [number, number] | undefined> } => {
  const keys: K[] = []
  const spans: Array<readonly [number, number] | undefined> = []
  const seen = new Set<K>()
  const add = (key: K | undefined, span: readonly [number, number] | undefined) => {
    if (key === undefined || seen.has(key)) return
    seen.add(key)
    keys.push(key)
    spans.push(span)
  }
  tokens.fill(text, 0, text.length)
  let previous: string | undefined
  for (let k = 0; k < tokens.length; k++) {
    const s = tokens.starts[k]!
    const e = tokens.ends[k]!
    const w = word(text.slice(s, e))
    add(w.unigram, [s, e])
    if (previous !== undefined) add(bigram(previous, w.stem), undefined)
    previous = w.stem
  }
  for (const r of rules) add(r, undefined)
  return { keys, spans }
}

export const featuresOf = (
  text: string,
  stem: Stemmer.Stem,
  ruleCodes: ReadonlyArray<string> = [],
): Features => {
  const { keys, spans } = scan(
    text,
    (raw) => {
      const w = wordOf(stem, raw)
      return { stem: w.stem, unigram: w.alone ? `w:${w.stem}` : undefined }
    },
    (a, b) => `b:${a} ${b}`,
    ruleCodes.map((c) => `r:${c}`),
  )
  return { names: keys, spans }
}

/** The label of a passage for a head: the first of its codes among the head's classes, else none. */
const labelOf = (example: Example, classes: ReadonlyArray<string>): number => {
  for (const c of example.codes) {
    const k = classes.indexOf(c)
    if (k >= 0 && k < classes.length - 1) return k
  }
  return classes.length - 1
}

const softmax = (head: Head, x: Int32Array, scale: number, out: Float64Array): void => {
  const n = head.classes.length
  const f = head.weights.length / n
  let max = Number.NEGATIVE_INFINITY
  for (let k = 0; k < n; k++) {
    let z = head.bias[k]!
    const row = k * f
    for (let i = 0; i < x.length; i++) z += head.weights[row + x[i]!]! * scale
    out[k] = z
    if (z > max) max = z
  }
  let sum = 0
  for (let k = 0; k < n; k++) {
    out[k] = Math.exp(out[k]! - max)
    sum += out[k]!
  }
  for (let k = 0; k < n; k++) out[k] = out[k]! / sum
}

const scaleOf = (x: Int32Array) => (x.length === 0 ? 0 : 1 / Math.sqrt(x.length))

const trainHead = (
  classes: ReadonlyArray<string>,
  xs: ReadonlyArray<Int32Array>,
  ys: ReadonlyArray<number>,
  features: number,
  options: Required<Options>,
): Head => {
  const n = classes.length
  const head: Head = { classes, weights: new Float64Array(n * features), bias: new Float64Array(n) }
  const next = seededRandom(options.seed)
  const order = xs.map((_, i) => i)
  const p = new Float64Array(n)
  // classes weighted inversely to their size, so the largest ("no deficit" in most projects) does not win by
  // its numbers alone (King & Zeng 2001; "balanced" weights in scikit-learn)
  const sizes = new Float64Array(n)
  for (const y of ys) sizes[y] = sizes[y]! + 1
  const present = sizes.filter((c) => c > 0).length
  const weightOf = Float64Array.from(sizes, (c) =>
    c > 0 && options.balanced ? ys.length / (present * c) : 1,
  )
  // Polyak–Ruppert averaging: the head kept is the mean of the weights after each epoch of the second half, which
  // steadies stochastic gradient descent against the order of the examples (Polyak & Juditsky 1992)
  const sum: Head = { classes, weights: new Float64Array(n * features), bias: new Float64Array(n) }
  const averagedFrom = Math.floor(options.epochs / 2)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    const rate = options.learningRate / (1 + epoch * 0.1)
    const decay = 1 - rate * options.l2
    const { weights, bias } = head
    for (const e of order) {
      const x = xs[e]!
      const scale = scaleOf(x)
      const weight = weightOf[ys[e]!]!
      softmax(head, x, scale, p)
      for (let k = 0; k < n; k++) {
        const g = (p[k]! - (ys[e] === k ? 1 : 0)) * weight
        bias[k] = bias[k]! - rate * g
        const row = k * features
        const step = rate * g * scale
        for (let i = 0; i < x.length; i++) {
          const w = row + x[i]!
          weights[w] = weights[w]! * decay - step
        }
      }
    }
    if (epoch >= averagedFrom) {
      for (let i = 0; i < sum.weights.length; i++) sum.weights[i] = sum.weights[i]! + head.weights[i]!
      for (let k = 0; k < n; k++) sum.bias[k] = sum.bias[k]! + head.bias[k]!
    }
  }
  const averaged = options.epochs - averagedFrom
  for (let i = 0; i < sum.weights.length; i++) sum.weights[i] = sum.weights[i]! / averaged
  for (let k = 0; k < n; k++) sum.bias[k] = sum.bias[k]! / averaged
  return sum
}

/** Why a model cannot be trained: too few passages showing a deficit. */
export interface TooFew {
  readonly _tag: "TooFew"
  readonly language: string
  readonly has: number
  readonly needs: number
}

/**
 * Trains a model for one language on `examples`. Refuses (returns `TooFew`) when fewer than `MIN_POSITIVE`
 * passages show a value or factor of the framework: a model on less suggests noise.
 */
export const train = (
  language: string,
  framework: Framework,
  examples: ReadonlyArray<Example>,
  options: Options = {},
): Model | TooFew => {
  const o = { ...defaults, ...options }
  const valueClasses = [...framework.values.map((v) => v.id), NONE]
  const factorClasses = [...framework.factors.map((f) => f.id), NONE]
  const positive = examples.filter((e) =>
    e.codes.some((c) => valueClasses.includes(c) || factorClasses.includes(c)),
  ).length
  if (positive < MIN_POSITIVE) return { _tag: "TooFew", language, has: positive, needs: MIN_POSITIVE }
  const stem = Stemmer.forLanguage(language)
  const index = new Map<string, number>()
  const xs = examples.map((e) => {
    const names = featuresOf(e.text, stem, e.ruleCodes).names
    const x = new Int32Array(names.length)
    names.forEach((name, i) => {
      let k = index.get(name)
      if (k === undefined) {
        k = index.size
        index.set(name, k)
      }
      x[i] = k
    })
    return x
  })
  const vy = examples.map((e) => labelOf(e, valueClasses))
  const fy = examples.map((e) => labelOf(e, factorClasses))
  const perClass: Record<string, number> = {}
  const byOrigin: Record<string, number> = {}
  examples.forEach((e, i) => {
    const v = valueClasses[vy[i]!]!
    const f = factorClasses[fy[i]!]!
    perClass[v] = (perClass[v] ?? 0) + 1
    if (f !== NONE) perClass[f] = (perClass[f] ?? 0) + 1
    byOrigin[e.origin] = (byOrigin[e.origin] ?? 0) + 1
  })
  return {
    version: VERSION,
    language,
    options: o,
    framework,
    features: [...index.keys()],
    values: trainHead(valueClasses, xs, vy, index.size, o),
    factors: trainHead(factorClasses, xs, fy, index.size, o),
    summary: { examples: examples.length, byOrigin, perClass, features: index.size },
    exemplars: examples.flatMap((e, i) =>
      e.origin === "exemplar" && e.codes.length > 0
        ? [{ codes: e.codes, quote: quote(e.text), features: xs[i]! }]
        : [],
    ),
  }
}

const quote = (text: string) => (text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text)

/** A code the model suggests for a passage. */
export interface Prediction {
  readonly code: string
  /** Combined probability (0–1) from its head and its linked code's head. */
  readonly score: number
  /** The passage's words that weighed most for the code (UTF-16 spans into the text read). */
  readonly words: ReadonlyArray<{ readonly term: string; readonly start: number; readonly end: number }>
  /** A sentence for the researcher: the code, the link, the words and the nearest exemplar. */
  readonly note: string
}

/** Probabilities of both heads, joined through the factor → value links. */
export interface Reading {
  /** By value id, then NONE. */
  readonly values: ReadonlyMap<string, number>
  readonly factors: ReadonlyMap<string, number>
}

/**
 * What reading a passage with a model needs, built once per model: a token cache giving each token as written
 * its word (looked up where it lies in the text, by the hash taken while tokenising, with no string sliced),
 * each word's unigram feature and stem (-1 when the model has none, or no bigram with it), the bigram features
 * by their pair of stems, and the marks of the features a passage has shown. A passage is then read with no
 * feature name built and no string or object made per token.
 */
interface Reader {
  readonly stem: Stemmer.Stem
  readonly index: ReadonlyMap<string, number>
  readonly cache: TokenCache
  readonly tokens: Tokens.TokenBuffer
  /** By word (token cache id): its unigram feature and the id of its stem among the bigrams' stems. */
  readonly unigram: Growable<Int32Array>
  readonly stemId: Growable<Int32Array>
  /** Bigram feature by `first stem id * STEMS + second stem id`. */
  readonly bigrams: ReadonlyMap<number, number>
  /** The passage number a feature was last seen in, to keep each feature once without a Set. */
  readonly seen: Int32Array
  passage: number
}

// room for the stems of every bigram feature in a model, keeping a pair of stem ids a safe integer key
const STEMS = 2 ** 26

interface Growable<T> {
  array: T
}

const readers = new WeakMap<Model, Reader>()
const readerOf = (model: Model): Reader => {
  let r = readers.get(model)
  if (!r) {
    const index = new Map(model.features.map((f, i) => [f, i]))
    const stems = new Map<string, number>()
    const stemIdOf = (s: string) => {
      let id = stems.get(s)
      if (id === undefined) {
        id = stems.size
        stems.set(s, id)
      }
      return id
    }
    const bigrams = new Map<number, number>()
    model.features.forEach((f, i) => {
      if (!f.startsWith("b:")) return
      const [a, b] = f.slice(2).split(" ") as [string, string]
      const key = stemIdOf(a) * STEMS + stemIdOf(b)
      bigrams.set(key, i)
    })
    const stem = Stemmer.forLanguage(model.language)
    const unigram: Growable<Int32Array> = { array: new Int32Array(1024) }
    const stemId: Growable<Int32Array> = { array: new Int32Array(1024) }
    let words = 0
    const cache = new TokenCache((raw) => {
      const w = wordOf(stem, raw)
      const id = words++
      if (id === unigram.array.length) {
        unigram.array = grown(unigram.array, id * 2)
        stemId.array = grown(stemId.array, id * 2)
      }
      unigram.array[id] = w.alone ? (index.get(`w:${w.stem}`) ?? -1) : -1
      stemId.array[id] = stems.get(w.stem) ?? -1
      return id
    })
    r = {
      stem,
      index,
      cache,
      tokens: new Tokens.TokenBuffer(),
      unigram,
      stemId,
      bigrams,
      seen: new Int32Array(model.features.length),
      passage: 0,
    }
    readers.set(model, r)
  }
  return r
}

/**
 * The model's features present in `text[from, to)` (each once, in order of first occurrence), with the token (in
 * the reader's buffer, until the next passage) of a word feature's first occurrence, -1 for other features.
 */
const encode = (model: Model, text: string, ruleCodes: ReadonlyArray<string>, from: number, to: number) => {
  const reader = readerOf(model)
  const passage = ++reader.passage
  const seen = reader.seen
  const tokens = reader.tokens
  tokens.fill(text, from, to, reader.cache)
  const unigram = reader.unigram.array
  const stemId = reader.stemId.array
  const keys: number[] = []
  const at: number[] = []
  let previous = -1
  for (let k = 0; k < tokens.length; k++) {
    const id = tokens.ids[k]!
    const u = unigram[id]!
    if (u >= 0 && seen[u] !== passage) {
      seen[u] = passage
      keys.push(u)
      at.push(k)
    }
    const st = stemId[id]!
    if (previous >= 0 && st >= 0) {
      const b = reader.bigrams.get(previous * STEMS + st)
      if (b !== undefined && seen[b] !== passage) {
        seen[b] = passage
        keys.push(b)
        at.push(-1)
      }
    }
    previous = st
  }
  for (const c of ruleCodes) {
    const r = reader.index.get(`r:${c}`)
    if (r !== undefined && seen[r] !== passage) {
      seen[r] = passage
      keys.push(r)
      at.push(-1)
    }
  }
  return { x: Int32Array.from(keys), at }
}

const headProbabilities = (head: Head, x: Int32Array): Map<string, number> => {
  const p = new Float64Array(head.classes.length)
  softmax(head, x, scaleOf(x), p)
  return new Map(head.classes.map((c, k) => [c, p[k]!]))
}

/**
 * Reads a passage: each value's probability averaged with that of the factors that drive it (their sum), and each
 * factor's averaged with that of the value it drives, so evidence for one supports the other.
 */
export const read = (model: Model, x: Int32Array): Reading => {
  const pv = headProbabilities(model.values, x)
  const pf = headProbabilities(model.factors, x)
  const values = new Map<string, number>()
  for (const v of model.framework.values) {
    const driven = model.framework.factors.filter((f) => f.drives.includes(v.id))
    const support = driven.length === 0 ? pv.get(v.id)! : driven.reduce((s, f) => s + pf.get(f.id)!, 0)
    values.set(v.id, (pv.get(v.id)! + Math.min(1, support)) / 2)
  }
  values.set(NONE, (pv.get(NONE)! + pf.get(NONE)!) / 2)
  const factors = new Map<string, number>()
  for (const f of model.framework.factors) {
    const support = Math.min(
      1,
      f.drives.reduce((s, v) => s + pv.get(v)!, 0),
    )
    factors.set(f.id, (pf.get(f.id)! + support) / 2)
  }
  factors.set(NONE, values.get(NONE)!)
  return { values, factors }
}

const nameOf = (model: Model, id: string) =>
  model.framework.values.find((v) => v.id === id)?.name ??
  model.framework.factors.find((f) => f.id === id)?.name ??
  id

/**
 * The codes the model suggests for `text`: values whose joined probability reaches the threshold and beats "no
 * deficit", each with the factor behind it when that factor also reaches the threshold; or nothing.
 */
export const predict = (model: Model, text: string, ruleCodes: ReadonlyArray<string> = []): Prediction[] =>
  predictIn(model, text, 0, text.length, ruleCodes)

/**
 * Each value's joined probability as `read` computes it (same sums in the same order), in typed arrays and
 * index lists built once per model, so a passage with no value to suggest costs no Map or object.
 */
interface Joiner {
  readonly values: Float64Array
  readonly factors: Float64Array
  /** By framework value: its class in the values head, and the classes of the factors that drive it. */
  readonly valueClass: Int32Array
  readonly drivenBy: ReadonlyArray<Int32Array>
  readonly valueNone: number
  readonly factorNone: number
}

const joiners = new WeakMap<Model, Joiner>()
const joinerOf = (model: Model): Joiner => {
  let j = joiners.get(model)
  if (!j) {
    const { values, factors } = model.framework
    j = {
      values: new Float64Array(model.values.classes.length),
      factors: new Float64Array(model.factors.classes.length),
      valueClass: Int32Array.from(values.map((v) => model.values.classes.indexOf(v.id))),
      drivenBy: values.map((v) =>
        Int32Array.from(
          factors.filter((f) => f.drives.includes(v.id)).map((f) => model.factors.classes.indexOf(f.id)),
        ),
      ),
      valueNone: model.values.classes.indexOf(NONE),
      factorNone: model.factors.classes.indexOf(NONE),
    }
    joiners.set(model, j)
  }
  return j
}

/** Whether any value's joined probability reaches the threshold and beats "no deficit" (see `read`). */
const suggestsAny = (model: Model, x: Int32Array): boolean => {
  const j = joinerOf(model)
  const scale = scaleOf(x)
  softmax(model.values, x, scale, j.values)
  softmax(model.factors, x, scale, j.factors)
  const none = (j.values[j.valueNone]! + j.factors[j.factorNone]!) / 2
  for (let v = 0; v < j.valueClass.length; v++) {
    const own = j.values[j.valueClass[v]!]!
    const driven = j.drivenBy[v]!
    let support = driven.length === 0 ? own : 0
    for (let i = 0; i < driven.length; i++) support += j.factors[driven[i]!]!
    const p = (own + Math.min(1, support)) / 2
    if (p >= model.options.threshold && p > none) return true
  }
  return false
}

/**
 * `predict` for the passage `text[from, to)`, without slicing it out: the words' spans are indices into `text`.
 * Only a passage that gets a code is explained.
 */
export const predictIn = (
  model: Model,
  text: string,
  from: number,
  to: number,
  ruleCodes: ReadonlyArray<string> = [],
): Prediction[] => {
  const { x, at } = encode(model, text, ruleCodes, from, to)
  if (!suggestsAny(model, x)) return []
  const tokens = readerOf(model).tokens
  const spans = at.map((k) => (k < 0 ? undefined : ([tokens.starts[k]!, tokens.ends[k]!] as const)))
  const reading = read(model, x)
  const none = reading.values.get(NONE)!
  const out: Prediction[] = []
  const threshold = model.options.threshold
  const chosen = [...reading.values]
    .filter(([c, p]) => c !== NONE && p >= threshold && p > none)
    .sort((a, b) => b[1] - a[1])
  for (const [value, score] of chosen) {
    const factor = model.framework.factors
      .filter((f) => f.drives.includes(value))
      .map((f) => [f.id, reading.factors.get(f.id)!] as const)
      .sort((a, b) => b[1] - a[1])[0]
    const valueWords = weightiest(model.values, value, x, spans, text)
    const near = nearest(model, value, x)
    const like = near ? `; like the exemplar "${near}"` : ""
    out.push({
      code: value,
      score: round(score),
      words: valueWords,
      note: `${nameOf(model, value)} ${score.toFixed(2)}, from: ${describeWords(valueWords)}${factor && factor[1] >= threshold ? ` (${nameOf(model, factor[0])} → ${nameOf(model, value)})` : ""}${like}`,
    })
    if (factor && factor[1] >= threshold && factor[1] > none) {
      const factorWords = weightiest(model.factors, factor[0], x, spans, text)
      out.push({
        code: factor[0],
        score: round(factor[1]),
        words: factorWords,
        note: `${nameOf(model, factor[0])} ${factor[1].toFixed(2)}, from: ${describeWords(factorWords)} (${nameOf(model, factor[0])} → ${nameOf(model, value)})${like}`,
      })
    }
  }
  return out
}

const round = (x: number) => Math.round(x * 1e4) / 1e4

const describeWords = (words: ReadonlyArray<{ readonly term: string }>): string =>
  words.length === 0 ? "the passage as a whole" : words.map((w) => w.term).join(", ")

/** The passage's word features that pushed most towards `code` over "none", strongest first (at most four). */
const weightiest = (
  head: Head,
  code: string,
  x: Int32Array,
  spans: ReadonlyArray<readonly [number, number] | undefined>,
  text: string,
) => {
  const n = head.classes.length
  const f = head.weights.length / n
  const k = head.classes.indexOf(code)
  const none = n - 1
  const scored: Array<{ w: number; i: number }> = []
  for (let i = 0; i < x.length; i++) {
    const span = spans[i]
    if (!span) continue
    const w = head.weights[k * f + x[i]!]! - head.weights[none * f + x[i]!]!
    if (w > 0) scored.push({ w, i })
  }
  return scored
    .sort((a, b) => b.w - a.w)
    .slice(0, 4)
    .map(({ i }) => {
      const [start, end] = spans[i]!
      return { term: text.slice(start, end), start, end }
    })
    .sort((a, b) => a.start - b.start)
}

/** The training exemplar of `code` that shares the most features with the passage. */
const nearest = (model: Model, code: string, x: Int32Array): string | undefined => {
  const mine = new Set(x)
  let best: string | undefined
  let bestOverlap = 0
  for (const e of model.exemplars) {
    if (!e.codes.includes(code)) continue
    let overlap = 0
    for (const k of e.features) if (mine.has(k)) overlap++
    if (overlap > bestOverlap) {
      bestOverlap = overlap
      best = e.quote
    }
  }
  return best
}
