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
