/**
 * Token text → stem id, filled as text is matched. An open-addressing hash table keyed by a token's exact UTF-16
 * code units, so a token is looked up where it lies in the source text, by the hash taken while it was scanned,
 * rather than sliced into a string of its own and hashed again for a Map. Only a token never seen before is
 * sliced and resolved (folded and stemmed), once. Keying by the exact code units is always safe: a token's id
 * depends on its text alone, so `Corruption` and `corruption` are two keys with one id.
 */
import { grown } from "./Growable.js"
import { hash } from "./Tokens.js"

// spreads FNV-1a's weaker high bits into the low bits the table is indexed by
const slotOf = (h: number, mask: number) => (h ^ (h >>> 15)) & mask

export class TokenCache {
  /** Key number + 1 by slot; 0 is an empty slot. Kept at most half full, so probe runs stay short. */
  private slots = new Int32Array(1024)
  private hashes = new Int32Array(512)
  private ids = new Int32Array(512)
  private readonly keys: string[] = []

  constructor(private readonly resolve: (token: string) => number) {}

  /** Tokens cached. */
  get size(): number {
    return this.keys.length
  }

  /** The id of a token given as a string. */
  get(token: string): number {
    return this.id(token, 0, token.length, hash(token, 0, token.length))
  }

  /** The id of the token `text[start, end)`, whose code units hash to `h` (`Tokens.hash`). */
  id(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1
    for (let s = slotOf(h, mask); ; s = (s + 1) & mask) {
      const k = this.slots[s]! - 1
      if (k < 0) return this.add(text.slice(start, end), h, s)
      if (this.hashes[k] === h && sameText(this.keys[k]!, text, start, end)) return this.ids[k]!
    }
  }

  private add(token: string, h: number, slot: number): number {
    const k = this.keys.length
    if (k === this.ids.length) {
      this.hashes = grown(this.hashes, k * 2)
      this.ids = grown(this.ids, k * 2)
    }
    const id = this.resolve(token)
    this.keys.push(token)
    this.hashes[k] = h
    this.ids[k] = id
    this.slots[slot] = k + 1
    if (this.keys.length * 2 > this.slots.length) this.rehash(this.slots.length * 2)
    return id
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let k = 0; k < this.keys.length; k++) {
      let s = slotOf(this.hashes[k]!, mask)
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = k + 1
    }
    this.slots = slots
  }
}

const sameText = (key: string, text: string, start: number, end: number): boolean => {
  if (key.length !== end - start) return false
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
