/**
 * Token text → stem id, filled as text is matched. An open-addressing hash table keyed by a token's exact UTF-16
 * code units, so a token is looked up where it lies in the source text, by the hash taken while it was scanned,
 * rather than sliced into a string of its own and hashed again for a Map. Only a token never seen before is
 * sliced and resolved (folded and stemmed), once. Keying by the exact code units is always safe: a token's id
 * depends on its text alone, so `Corruption` and `corruption` are two keys with one id.
 */
import { grown } from "./Growable.js"
import { hash, unitsOf } from "./Tokens.js"

// spreads FNV-1a's weaker high bits into the low bits the table is indexed by
const slotOf = (h: number, mask: number) => (h ^ (h >>> 15)) & mask

export class TokenCache {
  /** Key number + 1 by slot; 0 is an empty slot. Kept at most half full, so probe runs stay short. */
  private slots = new Int32Array(1024)
  private hashes = new Int32Array(512)
  private ids = new Int32Array(512)
  /**
   * The code units of every key, one after another: key `k` is `chars[at[k], at[k + 1])`. Verifying a hit
   * compares two typed arrays, with no string to dispatch on.
   */
  private chars = new Uint16Array(4096)
  private at = new Int32Array(513)
  private count = 0
  private scratch: Uint16Array = new Uint16Array(64)

  constructor(private readonly resolve: (token: string) => number) {}

  /** Tokens cached. */
  get size(): number {
    return this.count
  }

  /** The id of a token given as a string. */
  get(token: string): number {
    this.scratch = unitsOf(token, 0, token.length, this.scratch)
    return this.id(token, this.scratch, 0, token.length, hash(token, 0, token.length))
  }

  /**
   * The id of the token `text[start, end)`, whose code units `units` holds at the same indices and hash to `h`
   * (`Tokens.hash`).
   */
  id(text: string, units: Uint16Array, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1
    const length = end - start
    for (let s = slotOf(h, mask); ; s = (s + 1) & mask) {
      const k = this.slots[s]! - 1
      if (k < 0) return this.add(text.slice(start, end), units, start, h, s)
      if (this.hashes[k] !== h) continue
      const a = this.at[k]!
      if (this.at[k + 1]! - a !== length) continue
      const chars = this.chars
      let i = 0
      while (i < length && chars[a + i] === units[start + i]) i++
      if (i === length) return this.ids[k]!
    }
  }

  private add(token: string, units: Uint16Array, start: number, h: number, slot: number): number {
    const k = this.count++
    if (k === this.ids.length) {
      this.hashes = grown(this.hashes, k * 2)
      this.ids = grown(this.ids, k * 2)
      this.at = grown(this.at, k * 2 + 1)
    }
    const a = this.at[k]!
    if (a + token.length > this.chars.length) this.chars = grown(this.chars, (a + token.length) * 2)
    this.chars.set(units.subarray(start, start + token.length), a)
    this.at[k + 1] = a + token.length
    const id = this.resolve(token)
    this.hashes[k] = h
    this.ids[k] = id
    this.slots[slot] = k + 1
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2)
    return id
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let k = 0; k < this.count; k++) {
      let s = slotOf(this.hashes[k]!, mask)
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = k + 1
    }
    this.slots = slots
  }
}
