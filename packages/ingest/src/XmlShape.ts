/**
 * The shape of an XML document (`.qde`, `.qdc`, the parts of a `.docx`) held to the size budget on its bytes,
 * before any parser sees it: parsers build strings for every value and recurse on nesting, so a hostile document
 * must be stopped first.
 */
import type { BadInput } from "@valuelens/core"
import { Limits } from "@valuelens/core"

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const BANG = 0x21
const QUERY = 0x3f
const QUOTE = 0x22
const APOSTROPHE = 0x27

const startsWith = (bytes: Uint8Array, at: number, ascii: string) => {
  for (let k = 0; k < ascii.length; k++) if (bytes[at + k] !== ascii.charCodeAt(k)) return false
  return true
}

/** Where `ascii` next occurs at or after `from` (-1 when it does not). */
const find = (bytes: Uint8Array, ascii: string, from: number) => {
  for (
    let at = bytes.indexOf(ascii.charCodeAt(0), from);
    at !== -1;
    at = bytes.indexOf(ascii.charCodeAt(0), at + 1)
  )
    if (startsWith(bytes, at, ascii)) return at
  return -1
}

/**
 * Checks an XML document's shape against the limits on its bytes, before it is decoded or parsed: elements
 * nested deeper than `xmlDepth`, and an attribute value, a run of text or CDATA, or a tag longer than
 * `xmlValueBytes`, are refused without building the string. Anything malformed is left to the parser to name.
 * `part` names the document inside an archive (`entry "word/document.xml"`) in the message.
 */
export const check = (
  bytes: Uint8Array,
  file: string,
  limits: Limits.Limits,
  part?: string,
): BadInput | undefined => {
  const at = (what: string) => (part === undefined ? what : `${part} with ${what}`)
  const n = bytes.length
  const max = limits.xmlValueBytes
  const tooLong = (what: string, length: number, offset: number) =>
    Limits.exceeded(file, "xmlValueBytes", limits, at(`${what} of ${length} bytes at byte ${offset}`))
  let depth = 0
  let i = 0
  while (i < n) {
    const lt = bytes.indexOf(LT, i)
    const textEnd = lt === -1 ? n : lt
    if (textEnd - i > max) return tooLong("a run of text", textEnd - i, i)
    if (lt === -1) return undefined
    if (startsWith(bytes, lt, "<!--")) {
      const end = find(bytes, "-->", lt + 4)
      if (end === -1) return undefined
      i = end + 3
      continue
    }
    if (startsWith(bytes, lt, "<![CDATA[")) {
      const end = find(bytes, "]]>", lt + 9)
      if (end === -1) return undefined
      if (end - lt - 9 > max) return tooLong("a CDATA section", end - lt - 9, lt)
      i = end + 3
      continue
    }
    if (bytes[lt + 1] === QUERY || bytes[lt + 1] === BANG) {
      const end = bytes.indexOf(GT, lt + 2)
      if (end === -1) return undefined
      i = end + 1
      continue
    }
    let j = lt + 1
    while (j < n && bytes[j] !== GT) {
      const b = bytes[j]!
      if (b === QUOTE || b === APOSTROPHE) {
        const end = bytes.indexOf(b, j + 1)
        if (end === -1) return undefined
        if (end - j - 1 > max) return tooLong("an attribute value", end - j - 1, j + 1)
        j = end + 1
      } else j++
      if (j - lt > max) return tooLong("a tag", j - lt, lt)
    }
    if (j >= n) return undefined
    if (bytes[lt + 1] === SLASH) depth--
    else if (bytes[j - 1] !== SLASH && ++depth > limits.xmlDepth)
      return Limits.exceeded(file, "xmlDepth", limits, at(`elements nested ${depth} deep at byte ${lt}`))
    i = j + 1
  }
  return undefined
}
