import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Reanchor } from "../src/index.js"

/** A passage of `text` by its words, with code point offsets. */
const passage = (id: string, words: string, text: string, from = 0) => {
  const i = text.indexOf(words, from)
  const start = [...text.slice(0, i)].length
  return { id, start, end: start + [...words].length, text: words }
}
const at = (text: string, p: { start: number; end: number }) => [...text].slice(p.start, p.end).join("")

describe("Reanchor", () => {
  const old = "AGC 1: Officers 😔 take bribes. Victims fear court. Officers take bribes."

  it("follows a passage's words across a one-word edit, and places the unchanged ones where they are", () => {
    const next = "AGC 1: Frankly, officers 😔 take bribes. Victims fear the courts. Officers take bribes."
    const r = Reanchor.reanchor(
      [
        passage("a", "AGC 1:", old),
        passage("b", "Victims fear court.", old),
        passage("c", "Officers 😔 take bribes.", old),
        passage("d", "Officers take bribes.", old, 30),
      ],
      old,
      next,
    )
    expect(r.detached).toEqual([])
    expect(r.placed.map((p) => [p.id, at(next, p), p.text, p.moved])).toEqual([
      ["a", "AGC 1:", "AGC 1:", false],
      // two of its three words survive ("court" became "courts"): it covers what stands there now
      ["b", "Victims fear the courts.", "Victims fear the courts.", true],
      // "Officers" became "officers"; "😔 take bribes." survives
      ["c", "😔 take bribes.", "😔 take bribes.", true],
      // the second "Officers take bribes.", not the first occurrence of those words
      ["d", "Officers take bribes.", "Officers take bribes.", true],
    ])
    expect(r.placed.find((p) => p.id === "d")!.start).toBe([...next].length - 21)
  })

  it("detaches a passage whose words were deleted, and finds a moved one by its text", () => {
    const before = "One. The cases collapse because witnesses are afraid. Two. Three."
    const after = "Three. One. Two."
    const r = Reanchor.reanchor(
      [
        passage("gone", "The cases collapse because witnesses are afraid.", before),
        passage("moved", "Three.", before),
        passage("kept", "Two.", before),
      ],
      before,
      after,
    )
    expect(r.detached.map((d) => d.id)).toEqual(["gone"])
    expect(r.placed.map((p) => [p.id, at(after, p)])).toEqual([
      ["moved", "Three."],
      ["kept", "Two."],
    ])
  })

  it("places every passage on text that is in the new version", () => {
    const word = fc.constantFrom("officers", "take", "bribes", "victims", "fear", "court", "😔", "the")
    const text = fc.array(word, { minLength: 3, maxLength: 30 }).map((ws) => ws.join(" "))
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (before, after, i, j) => {
        const cps = [...before]
        const [s, e] = [Math.min(i, j) % cps.length, (Math.max(i, j) % cps.length) + 1]
        const p = { id: "p", start: s, end: e, text: cps.slice(s, e).join("") }
        const r = Reanchor.reanchor([p], before, after)
        expect(r.placed.length + r.detached.length).toBe(1)
        for (const q of r.placed) {
          expect(at(after, q)).toBe(q.text)
          expect(q.start).toBeLessThan(q.end)
        }
      }),
    )
  })
})
