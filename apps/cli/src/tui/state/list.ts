/**
 * A cursor over a long list and the window of rows on screen. Views render only `rows` items from `top`, so
 * a queue of 10,000 suggestions costs the same to draw as one of ten.
 */
export interface ListCursor {
  readonly cursor: number
  readonly top: number
}

export const start: ListCursor = { cursor: 0, top: 0 }

/** Moves the cursor to `index` (clamped) and scrolls the least needed to keep it among `rows` visible rows. */
export const moveTo = (l: ListCursor, index: number, length: number, rows: number): ListCursor => {
  if (length === 0) return start
  const cursor = Math.max(0, Math.min(length - 1, index))
  const visible = Math.max(1, rows)
  let top = Math.min(l.top, Math.max(0, length - visible))
  if (cursor < top) top = cursor
  else if (cursor >= top + visible) top = cursor - visible + 1
  return { cursor, top }
}

/** Up/down, page up/down, home/end; anything else leaves the cursor where it is. */
export const navigate = (
  l: ListCursor,
  key: string,
  length: number,
  rows: number,
): ListCursor | undefined => {
  switch (key) {
    case "up":
      return moveTo(l, l.cursor - 1, length, rows)
    case "down":
      return moveTo(l, l.cursor + 1, length, rows)
    case "pageup":
      return moveTo(l, l.cursor - rows, length, rows)
    case "pagedown":
      return moveTo(l, l.cursor + rows, length, rows)
    case "home":
      return moveTo(l, 0, length, rows)
    case "end":
      return moveTo(l, length - 1, length, rows)
    default:
      return undefined
  }
}

/** The slice of items a view draws. */
export const visible = <A>(items: ReadonlyArray<A>, l: ListCursor, rows: number): ReadonlyArray<A> =>
  items.slice(l.top, l.top + Math.max(0, rows))
