/**
 * Column widths for a DOCX table, fitted to what the columns hold: the automatic table layout of CSS 2.1
 * (§17.5.2.2) on estimated text widths. Each column needs at least its longest word and would like its longest
 * cell on one line; when the wishes fit the page every column gets its wish (a table of short figures stays
 * narrow), otherwise each gets its minimum plus a share of the room left in proportion to how much more it
 * wants, and the table spans the text width. Widths are in twips (1/1440 inch).
 */

/** An A4 page in twips, and Word's default margin of one inch. */
export const A4 = { width: 11906, height: 16838 } as const
export const MARGIN = 1440

/** The text width of an A4 page between the margins. */
export const A4_TEXT_WIDTH = A4.width - 2 * MARGIN

// an 11-point character is about half an em (220 twips) wide; a cell has Word's default padding on both sides
const CHAR = 110
const PADDING = 2 * 115

const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => [...w].length))

export const fit = (
  columns: ReadonlyArray<ReadonlyArray<string>>,
  available: number = A4_TEXT_WIDTH,
): ReadonlyArray<number> => {
  if (columns.length === 0) return []
  const min = columns.map((cells) => PADDING + CHAR * Math.max(1, ...cells.map(longestWord)))
  const max = columns.map((cells, i) =>
    Math.max(min[i]!, PADDING + CHAR * Math.max(1, ...cells.map((c) => [...c].length))),
  )
  const sum = (xs: ReadonlyArray<number>) => xs.reduce((a, b) => a + b, 0)
  if (sum(max) <= available) return max
  let widths: number[]
  if (sum(min) >= available) widths = min.map((m) => (m * available) / sum(min))
  else {
    const room = (available - sum(min)) / (sum(max) - sum(min))
    widths = min.map((m, i) => m + (max[i]! - m) * room)
  }
  const whole = widths.map(Math.floor)
  // the rounding remainder goes to the widest column, so the table spans the text width exactly
  const widest = whole.indexOf(Math.max(...whole))
  whole[widest]! += available - sum(whole)
  return whole
}
