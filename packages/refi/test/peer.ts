/**
 * Peer-written .qdpx files in each offset convention: the same interview, CRLF line ends and emoji, with the
 * same three quotations, counted the way QualCoder, NVivo and ATLAS.ti (or QualCoder's "MAXQDA line endings"
 * export) count them. Offsets are computed from the text alone, each convention by its definition.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { zipSync } from "fflate"
import { tempDir } from "./helpers.js"

export const text =
  "Interviewer: Apa khabar?\r\nAGC 2: Baik 😔 terima kasih.\r\nInterviewer: Mahkamah?\r\nAGC 2: Terlalu sedikit 👩🏽‍⚖️, kes lambat.\r\n"
export const quotes = ["terima kasih", "Mahkamah", "kes lambat"]

export type Count = (s: string) => number
export const codePoints: Count = (s) => [...s].length
export const utf16: Count = (s) => s.length
export const lf =
  (count: Count): Count =>
  (s) =>
    count(s.replaceAll("\r\n", "\n"))

export const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`

/**
 * A .qdpx as a peer writes it: one text source in sources/, each selection counted by `count` (one function for
 * all, or one per selection) and named by `names` (its quotation unless told otherwise).
 */
export const qdpx = (
  origin: string,
  count: Count | ReadonlyArray<Count>,
  names: (q: string, i: number) => string | undefined = (q) => q,
) => {
  const selections = quotes
    .map((q, i) => {
      const at = text.indexOf(q)
      const c = typeof count === "function" ? count : count[i]!
      const start = c(text.slice(0, at))
      const end = start + c(q)
      const name = names(q, i)
      return `<PlainTextSelection guid="${guid(10 + i)}"${name === undefined ? "" : ` name="${name}"`} startPosition="${start}" endPosition="${end}"><Coding guid="${guid(20 + i)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection>`
    })
    .join("")
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Peer" origin="${origin}">
<CodeBook><Codes><Code guid="${guid(1)}" name="Cooperation" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${guid(2)}" name="AGC 2" plainTextPath="internal://${guid(2)}.txt">${selections}</TextSource></Sources>
</Project>`
  const file = join(tempDir(), "peer.qdpx")
  writeFileSync(
    file,
    zipSync({
      "project.qde": new TextEncoder().encode(qde),
      [`sources/${guid(2)}.txt`]: new TextEncoder().encode(text),
    }),
  )
  return file
}
