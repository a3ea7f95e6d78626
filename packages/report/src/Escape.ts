/**
 * Escaping for every place a user-supplied string (a participant id, a quotation, a title, a plugin's text)
 * lands in a rendering. Nothing user-supplied reaches HTML, SVG, XML, Markdown or CSV unescaped.
 */

const htmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** Text for HTML and SVG, in element content and in quoted attribute values alike. */
export const html = (s: string): string => s.replace(/[&<>"']/g, (c) => htmlEntities[c]!)

/**
 * Text for a Markdown table cell or paragraph: HTML-significant characters as entities (GitHub renders inline
 * HTML), inline Markdown punctuation and table pipes backslash-escaped, a leading block marker (`# `, `- `,
 * `+ `, `1. `) escaped, and line breaks as spaces.
 */
export const markdown = (s: string): string =>
  s
    .replace(/[&<>]/g, (c) => htmlEntities[c]!)
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/\s*\n\s*/g, " ")
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, "$1\\$2")

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text field that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe (OWASP's
 * advice against CSV injection); numbers are written as they are.
 */
export const csv = (x: string | number | boolean | null | undefined): string => {
  if (x === null || x === undefined) return ""
  if (typeof x !== "string") return String(x)
  const safe = /^[=+\-@\t\r]/.test(x) ? `'${x}` : x
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * A plugin's Markdown kept as Markdown, with raw HTML neutralised: `<`, `>` and `&` become entities outside
 * fenced code blocks, so a plugin's text can format but never inject markup.
 */
export const markdownSource = (s: string): string => {
  let fenced = false
  return s
    .split("\n")
    .map((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced
        return line
      }
      return fenced ? line : line.replace(/[&<>]/g, (c) => htmlEntities[c]!)
    })
    .join("\n")
}
