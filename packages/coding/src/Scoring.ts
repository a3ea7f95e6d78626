/**
 * What the rule auto-coder keeps while it matches one region: the matches found, the sides of NEAR rules, the
 * scores of each scope, the rules that fired and the suggestions being assembled. All of it lives in parallel
 * typed arrays reused from region to region, with no object per match until a suggestion is output: on a corpus
 * where most sentences match, allocating and collecting such objects was a large part of the matching time.
 * A list of matches (one rule's in one scope, then one suggestion's) is linked through `Found.next`, in the order
 * the matches were found, so joining two lists never copies them; NEAR sides are linked the same way.
 */
import { grown } from "./Growable.js"
import type { CompiledEntry } from "./Lexicon.js"

/** A list in `Found` or `NearSides`: its first and last, -1 when empty. */
interface List {
  first: number
  last: number
}

const emptyList = (): List => ({ first: -1, last: -1 })

/** Appends the list `first`…`last`, linked through `next`, to `to`. */
const append = (next: Int32Array, to: List, first: number, last: number): void => {
  if (first < 0) return
  if (to.first < 0) to.first = first
  else next[to.last] = first
  to.last = last
}

/** Matches of lexicon items: the item's text, the rule, UTF-16 offsets, and the next match of the same list. */
export class Found {
  start = new Int32Array(4096)
  end = new Int32Array(4096)
  next = new Int32Array(4096)
  readonly term: string[] = []
  readonly rule: string[] = []
  length = 0

  add(term: string, rule: string, start: number, end: number): number {
    const m = this.length++
    if (m === this.start.length) {
      this.start = grown(this.start, m * 2)
      this.end = grown(this.end, m * 2)
      this.next = grown(this.next, m * 2)
    }
    this.term[m] = term
    this.rule[m] = rule
    this.start[m] = start
    this.end[m] = end
    this.next[m] = -1
    return m
  }

  /** Appends the list `first`…`last` to `to`. */
  join(to: List, first: number, last: number): void {
    append(this.next, to, first, last)
  }
}

/** Tokens that start a side of a NEAR rule: the rule's item, side (1 or 2), token number and UTF-16 offsets. */
export class NearSides {
  item = new Int32Array(1024)
  side = new Int32Array(1024)
  token = new Int32Array(1024)
  start = new Int32Array(1024)
  end = new Int32Array(1024)
  next = new Int32Array(1024)
  length = 0

  add(item: number, side: number, token: number, start: number, end: number): number {
    const c = this.length++
    if (c === this.item.length) {
      this.item = grown(this.item, c * 2)
      this.side = grown(this.side, c * 2)
      this.token = grown(this.token, c * 2)
      this.start = grown(this.start, c * 2)
      this.end = grown(this.end, c * 2)
      this.next = grown(this.next, c * 2)
    }
    this.item[c] = item
    this.side[c] = side
    this.token[c] = token
    this.start[c] = start
    this.end[c] = end
    this.next[c] = -1
    return c
  }
}

/** Rules that fired, in the order their scopes were settled: entry number, score and list of matches. */
export class Hits {
  entry = new Int32Array(1024)
  score = new Float64Array(1024)
  first = new Int32Array(1024)
  last = new Int32Array(1024)
  length = 0

  add(entry: number, score: number, first: number, last: number): void {
    const h = this.length++
    if (h === this.entry.length) {
      this.entry = grown(this.entry, h * 2)
      this.score = grown(this.score, h * 2)
      this.first = grown(this.first, h * 2)
      this.last = grown(this.last, h * 2)
    }
    this.entry[h] = entry
    this.score[h] = score
    this.first[h] = first
    this.last[h] = last
  }
}

/**
 * Scoring state of one scope (a sentence, or the region for turn-scoped rules), indexed by entry number and
 * reset through the `touched` list, in the order entries were first touched (the order they are settled in).
 */
export class Scope {
  private readonly score: Float64Array
  private readonly vetoed: Uint8Array
  private readonly seen: Uint8Array
  private readonly touched: Int32Array
  private touchedCount = 0
  /** Each entry's matches in `Found` and NEAR sides in `NearSides`. */
  private readonly matches: List[]
  private readonly sides: List[]

  constructor(n: number) {
    this.score = new Float64Array(n)
    this.vetoed = new Uint8Array(n)
    this.seen = new Uint8Array(n)
    this.touched = new Int32Array(n)
    this.matches = Array.from({ length: n }, emptyList)
    this.sides = Array.from({ length: n }, emptyList)
  }

  private touch(e: number): void {
    if (this.seen[e] === 0) {
      this.seen[e] = 1
      this.touched[this.touchedCount++] = e
    }
  }

  /** An exclusion of entry `e` is present. */
  veto(e: number): void {
    this.touch(e)
    this.vetoed[e] = 1
  }

  /** Adds `weight` and the match `m` to entry `e`. */
  scoreMatch(found: Found, e: number, weight: number, m: number): void {
    this.touch(e)
    this.score[e] = this.score[e]! + weight
    found.join(this.matches[e]!, m, m)
  }

  /** Adds the NEAR side `c` to entry `e`. */
  addSide(sides: NearSides, e: number, c: number): void {
    this.touch(e)
    append(sides.next, this.sides[e]!, c, c)
  }

  /**
   * Settles the scope: NEAR pairs, exclusions and minimum scores. Adds the entries that fire to `hits` and
   * resets the scope.
   */
  settle(entries: ReadonlyArray<CompiledEntry>, found: Found, sides: NearSides, hits: Hits): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const e = this.touched[t]!
      const matches = this.matches[e]!
      if (this.vetoed[e] === 0) {
        const entry = entries[e]!
        let score = this.score[e]!
        const firstSide = this.sides[e]!.first
        if (firstSide >= 0)
          for (let item = 0; item < entry.near.length; item++) {
            // the closest pair of the two sides decides, counted once per scope
            const rule = entry.near[item]!
            let bestX = -1
            let bestY = -1
            let bestGap = Number.POSITIVE_INFINITY
            for (let x = firstSide; x >= 0; x = sides.next[x]!)
              if (sides.item[x] === item && sides.side[x] === 1)
                for (let y = firstSide; y >= 0; y = sides.next[y]!)
                  if (sides.item[y] === item && sides.side[y] === 2 && sides.token[y] !== sides.token[x]) {
                    const gap = Math.abs(sides.token[y]! - sides.token[x]!)
                    if (gap <= rule.n && gap < bestGap) {
                      bestGap = gap
                      bestX = x
                      bestY = y
                    }
                  }
            if (bestX >= 0) {
              score += rule.weight
              const mx = found.add(rule.text, entry.id, sides.start[bestX]!, sides.end[bestX]!)
              const my = found.add(rule.text, entry.id, sides.start[bestY]!, sides.end[bestY]!)
              found.join(matches, mx, mx)
              found.join(matches, my, my)
            }
          }
        if (score > 0 && score >= entry.minScore) hits.add(e, score, matches.first, matches.last)
      }
      this.seen[e] = 0
      this.score[e] = 0
      this.vetoed[e] = 0
      matches.first = -1
      matches.last = -1
      this.sides[e]!.first = -1
      this.sides[e]!.last = -1
    }
    this.touchedCount = 0
  }
}

/**
 * Suggestions being assembled, one code over a run of adjacent sentences (or a whole region): UTF-16 span,
 * code number, summed score, the sentence the run has reached, and its matches. Which rule contributed most is
 * decided when the run closes.
 */
export class Runs {
  start = new Int32Array(256)
  end = new Int32Array(256)
  code = new Int32Array(256)
  lastSentence = new Int32Array(256)
  rule = new Int32Array(256)
  score = new Float64Array(256)
  readonly matches: List[] = []
  length = 0
  private order = new Int32Array(256)
  /** By entry: its summed score in the open run of its code (each code has at most one open at a time). */
  private ruleScore = new Float64Array(64)
  private ruleUsed = new Uint8Array(64)

  open(code: number, start: number, sentence: number): number {
    const r = this.length++
    if (r === this.start.length) {
      this.start = grown(this.start, r * 2)
      this.end = grown(this.end, r * 2)
      this.code = grown(this.code, r * 2)
      this.lastSentence = grown(this.lastSentence, r * 2)
      this.rule = grown(this.rule, r * 2)
      this.score = grown(this.score, r * 2)
    }
    this.start[r] = start
    this.end[r] = start
    this.code[r] = code
    this.lastSentence[r] = sentence
    this.rule[r] = -1
    this.score[r] = 0
    const list = this.matches[r]
    if (list) {
      list.first = -1
      list.last = -1
    } else this.matches.push(emptyList())
    return r
  }

  /** Makes room for the per-entry sums of a lexicon with `entries` entries (all zero between regions). */
  reserve(entries: number): void {
    if (this.ruleScore.length >= entries) return
    this.ruleScore = new Float64Array(entries)
    this.ruleUsed = new Uint8Array(entries)
  }

  /** Adds hit `h` (score, matches and rule) to run `r`. */
  absorb(r: number, hits: Hits, h: number, found: Found): void {
    const e = hits.entry[h]!
    const score = hits.score[h]!
    this.score[r] = this.score[r]! + score
    found.join(this.matches[r]!, hits.first[h]!, hits.last[h]!)
    this.ruleScore[e] = this.ruleUsed[e] === 1 ? this.ruleScore[e]! + score : score
    this.ruleUsed[e] = 1
  }

  /**
   * Ends run `r` at `end` and names its rule: of `candidates` (the entries of its code), the one that contributed
   * most, the first by id on a tie.
   */
  close(
    r: number,
    end: number,
    entries: ReadonlyArray<CompiledEntry>,
    candidates: ReadonlyArray<number>,
  ): void {
    this.end[r] = end
    let rule = -1
    let best = Number.NEGATIVE_INFINITY
    for (const e of candidates) {
      if (this.ruleUsed[e] === 0) continue
      const v = this.ruleScore[e]!
      if (v > best || (v === best && entries[e]!.id < entries[rule]!.id)) {
        best = v
        rule = e
      }
      this.ruleUsed[e] = 0
    }
    this.rule[r] = rule
  }

  /**
   * Run numbers in the order suggestions are listed: by span (start, then end), then by code, as ranked by
   * `codeRank`. Runs are opened in sentence order, so only runs opened at one sentence can be out of order, and
   * an insertion sort moves each past at most one per code.
   */
  sorted(codeRank: Int32Array): Int32Array {
    if (this.order.length < this.length) this.order = new Int32Array(this.start.length)
    const { order, start, end, code } = this
    for (let r = 0; r < this.length; r++) {
      let k = r
      for (; k > 0; k--) {
        const q = order[k - 1]!
        const before =
          start[q]! < start[r]! ||
          (start[q] === start[r] &&
            (end[q]! < end[r]! || (end[q] === end[r] && codeRank[code[q]!]! < codeRank[code[r]!]!)))
        if (before) break
        order[k] = q
      }
      order[k] = r
    }
    return order
  }
}
