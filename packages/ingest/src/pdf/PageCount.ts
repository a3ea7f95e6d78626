/**
 * The number of pages a PDF declares, read from its page tree without opening the document. PDF.js visits every
 * page object while it opens a file (to check that the last page exists), which for 30,000 pages costs seconds
 * and a hundred megabytes before the page count can be asked; this reads the count first, so a PDF far over the
 * `pdfPages` limit is refused at once.
 *
 * A page tree node is a dictionary `/Type /Pages` whose `/Count` is the number of pages beneath it (ISO 32000-1
 * §7.7.3.2), so the root holds the largest count. Nodes may sit in compressed object streams (§7.5.7); those are
 * inflated, within the `unpackedBytes` limit. When no node is found (an unusual layout, another filter) the
 * answer is undefined and PDF.js counts the pages as it opens the file.
 */

import { inflateSync } from "node:zlib"
import type { Limits } from "@valuelens/core"

// `/Type /Pages … /Count n` or `/Count n … /Type /Pages` within one dictionary: no `<` or `>` between them, so
// a count is never taken from a neighbouring or nested dictionary, nor from a reference (`/Count 12 0 R`, left
// to PDF.js)
const NODE =
  /\/Type\s*\/Pages(?![\w#])[^<>]*?\/Count\s+(\d+)(?!\d|\s+\d+\s+R)|\/Count\s+(\d+)(?!\d|\s+\d+\s+R)[^<>]*?\/Type\s*\/Pages(?![\w#])/g
// a stream's dictionary (without nested dictionaries) and the line that starts its data
const STREAM = /<<([^<>]*)>>\s*stream\r?\n/g

const latin1Of = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1")

/** A zlib stream inflated to at most `budget` bytes: "over" past it, undefined when it is damaged. */
const inflate = (stream: Uint8Array, budget: number): Uint8Array | "over" | undefined => {
  try {
    return inflateSync(stream, { maxOutputLength: Math.max(budget, 1) })
  } catch (e) {
    return (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "over" : undefined
  }
}

const largestCount = (text: string): number | undefined => {
  let largest: number | undefined
  for (const m of text.matchAll(NODE)) {
    const n = Number(m[1] ?? m[2])
    if (largest === undefined || n > largest) largest = n
  }
  return largest
}

/** The page count the page tree's root declares, or undefined when no page tree node can be read. */
export const declared = (bytes: Uint8Array, limits: Limits.Limits): number | undefined => {
  const latin1 = latin1Of(bytes)
  let largest = largestCount(latin1)
  let budget = limits.unpackedBytes
  for (const m of latin1.matchAll(STREAM)) {
    const dictionary = m[1]!
    if (!/\/Type\s*\/ObjStm(?![\w#])/.test(dictionary)) continue
    if (!/\/Filter\s*\/FlateDecode(?![\w#])/.test(dictionary) || dictionary.includes("/DecodeParms")) continue
    const start = m.index + m[0].length
    const end = latin1.indexOf("endstream", start)
    if (end === -1) continue
    const inflated = inflate(bytes.subarray(start, end), budget)
    if (inflated === "over") break
    if (inflated === undefined) continue
    budget -= inflated.length
    const count = largestCount(latin1Of(inflated))
    if (count !== undefined && (largest === undefined || count > largest)) largest = count
  }
  return largest
}
