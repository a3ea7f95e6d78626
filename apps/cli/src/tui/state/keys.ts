/**
 * Key presses as plain strings (`"a"`, `"up"`, `"enter"`, `"esc"`, `"ctrl+r"`), so reducers and their tests
 * never depend on a terminal library's key object.
 */
export type KeyPress = string

/** The parts of Ink's `Key` this module reads (structural, so tests need no Ink import). */
export interface InkKey {
  readonly upArrow: boolean
  readonly downArrow: boolean
  readonly leftArrow: boolean
  readonly rightArrow: boolean
  readonly pageDown: boolean
  readonly pageUp: boolean
  readonly home: boolean
  readonly end: boolean
  readonly return: boolean
  readonly escape: boolean
  readonly ctrl: boolean
  readonly shift: boolean
  readonly tab: boolean
  readonly backspace: boolean
  readonly delete: boolean
}

/** The key a single character stands for when it arrives inside a burst of typed text. */
const fromChar = (c: string): KeyPress => {
  if (c === "\r" || c === "\n") return "enter"
  if (c === "\t") return "tab"
  if (c === " ") return "space"
  if (c === "\u007f" || c === "\b") return "backspace"
  const code = c.codePointAt(0) ?? 0
  // Ctrl+A … Ctrl+Z arrive as the bytes 1 … 26
  if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`
  return c
}

/**
 * Every key in one input event. Ink hands a burst of keys typed faster than it reads them, or a paste
 * without bracketed paste mode, to `useInput` as one string ("integrity", "tttt", "a\r"); each of its
 * characters is a key press of its own, in order, so none is dropped or misread as an unknown key.
 */
export const keysOf = (input: string, key: InkKey): ReadonlyArray<KeyPress> => {
  const named = fromInk(input, key)
  const cs = [...input]
  return cs.length > 1 && named === input ? cs.map(fromChar) : [named]
}

export const fromInk = (input: string, key: InkKey): KeyPress => {
  if (key.upArrow) return "up"
  if (key.downArrow) return "down"
  if (key.leftArrow) return "left"
  if (key.rightArrow) return "right"
  if (key.pageDown) return "pagedown"
  if (key.pageUp) return "pageup"
  if (key.home) return "home"
  if (key.end) return "end"
  if (key.return) return "enter"
  if (key.escape) return "esc"
  if (key.tab) return key.shift ? "shift+tab" : "tab"
  if (key.backspace || key.delete) return "backspace"
  if (key.ctrl && input.length > 0) return `ctrl+${input.toLowerCase()}`
  if (input === " ") return "space"
  return input
}

/** A printable character typed into a prompt (not a named key). */
export const isPrintable = (k: KeyPress): boolean => k === "space" || [...k].length === 1

export const printable = (k: KeyPress): string => (k === "space" ? " " : k)
