import { describe, expect, it } from "vitest"
import * as Widths from "../src/docx/Widths.js"

describe("DOCX column widths", () => {
  // twips: 230 of padding plus 110 a character
  const columns = [
    ["n", "1", "22"], // shortest word and longest cell: 2 characters, 450
    ["quote", "a long sentence here"], // longest word "sentence", 1,110; longest cell 20 characters, 2,430
  ]

  it("gives every column its longest cell when the table fits", () => {
    expect(Widths.fit(columns)).toEqual([450, 2430])
  })

  it("shares the room beyond each column's longest word in proportion to what more it wants", () => {
    // minimums 450 + 1,110 = 1,560; 440 left of the 1,320 more the quote column wants: a third of it, 440
    expect(Widths.fit(columns, 2000)).toEqual([450, 1550])
  })

  it("scales the minimums down when even they do not fit", () => {
    // 450 : 1,110 of 780 is 225 : 555
    expect(Widths.fit(columns, 780)).toEqual([225, 555])
  })
})
