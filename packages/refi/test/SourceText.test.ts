import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { SourceText } from "../src/index.js"

describe("SourceText", () => {
  it("maps offsets through CRLF, a BOM and NFC composition", () => {
    // original code points: C0 a1 f2 e3 ◌́4 \r5 \n6 b7 a8 i9 k10 ␠11 😔12
    const st = SourceText.make("\uFEFFCafe\u0301\r\nbaik 😔")
    expect(st.text).toBe("Café\nbaik 😔")
    const cp = (o: number, edge: "start" | "end") => st.map(o, "code-point", edge)
    expect([cp(0, "start"), cp(5, "end")]).toEqual([0, 4]) // "Café"
    expect([cp(7, "start"), cp(13, "end")]).toEqual([5, 11]) // "baik 😔"
    expect([cp(4, "start"), cp(4, "end")]).toEqual([3, 4]) // inside "é": start rounds down, end up
    expect([cp(6, "start"), cp(6, "end")]).toEqual([4, 5]) // between \r and \n
    expect(st.map(14, "code-point", "end")).toBeUndefined()
    // UTF-16: the emoji is two units, so the end of the text is 14, not 13
    expect(st.map(14, "utf-16", "end")).toBe(11)
    expect(st.slice(5, 11)).toBe("baik 😔")
  })

  it("maps every boundary of a CRLF text onto the same text with LF", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "ü", "\r\n", "😔", " "), { maxLength: 60 }), (parts) => {
        const original = parts.join("")
        const st = SourceText.make(original)
        let cpOriginal = 0
        let cpStored = 0
        for (const part of parts) {
          expect(st.map(cpOriginal, "code-point", "start")).toBe(cpStored)
          cpOriginal += [...part].length
          cpStored += part === "\r\n" ? 1 : [...part].length
          expect(st.map(cpOriginal, "code-point", "end")).toBe(cpStored)
        }
      }),
    )
  })
})
