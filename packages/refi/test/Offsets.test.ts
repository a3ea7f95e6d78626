/**
 * Peer-written files in each offset convention: the same interview, CRLF line ends and emoji, with the same
 * three quotations, counted the way QualCoder, NVivo and ATLAS.ti (or QualCoder's "MAXQDA line endings" export)
 * count them. Offsets are computed here from the text alone, each convention by its definition.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput } from "@valuelens/core"
import { zipSync } from "fflate"
import { afterEach, describe, expect, it } from "vitest"
import { Import } from "../src/index.js"
import { failure, newProject, run, tempDir } from "./helpers.js"

const text =
  "Interviewer: Apa khabar?\r\nAGC 2: Baik 😔 terima kasih.\r\nInterviewer: Mahkamah?\r\nAGC 2: Terlalu sedikit 👩🏽‍⚖️, kes lambat.\r\n"
const quotes = ["terima kasih", "Mahkamah", "kes lambat"]

type Count = (s: string) => number
const codePoints: Count = (s) => [...s].length
const utf16: Count = (s) => s.length
const lf =
  (count: Count): Count =>
  (s) =>
    count(s.replaceAll("\r\n", "\n"))

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`

/**
 * A .qdpx as a peer writes it: one text source in sources/, each selection counted by `count` (one function for
 * all, or one per selection) and named by `names` (its quotation unless told otherwise).
 */
const qdpx = (
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

let close: (() => Promise<unknown>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

const importInto = async (file: string) => {
  const p = await newProject()
  close = () => run(p.store.close())
  const summary = await run(Import.importFile(p.store, file))
  const segments = await run(p.store.segments.all())
  return { summary, texts: segments.map((s) => s.text).sort() }
}

describe("offset conventions, proven from the selections' quotations", () => {
  it.each([
    ["QualCoder 3.6", codePoints, "code points, CRLF counted as two"],
    ["NVivo 12", utf16, "UTF-16 code units, CRLF counted as two"],
    ["QualCoder 3.6 (MAXQDA line endings)", lf(codePoints), "code points, CRLF counted as one"],
    ["ATLAS.ti 9", lf(codePoints), "code points, CRLF counted as one"],
    ["SomeTool 1", lf(utf16), "UTF-16 code units, CRLF counted as one"],
  ])("reads a file from %s counted in %s", async (origin, count, convention) => {
    const { summary, texts } = await importInto(qdpx(origin, count))
    expect(texts).toEqual([...quotes].sort())
    expect(summary.offsets).toEqual({ convention, proof: "quotes", checked: 3 })
    expect(summary.added.codings).toBe(3)
  })

  it("ignores a name that is a label rather than a quotation", async () => {
    const { summary, texts } = await importInto(
      qdpx("QualCoder 3.6", lf(codePoints), (q, i) => (i === 1 ? "Courts (follow up)" : q)),
    )
    expect(texts).toEqual([...quotes].sort())
    expect(summary.offsets).toEqual({
      convention: "code points, CRLF counted as one",
      proof: "quotes",
      checked: 2,
    })
  })

  it("says so when no selection quotes its text, and reads the producer's usual convention", async () => {
    const { summary, texts } = await importInto(qdpx("NVivo 12", utf16, () => undefined))
    expect(texts).toEqual([...quotes].sort())
    expect(summary.offsets).toEqual({
      convention: "UTF-16 code units, CRLF counted as two",
      proof: "assumed",
      checked: 0,
    })
    expect(summary.warnings.join("\n")).toContain("could not be checked")
  })

  it("refuses a file no convention fits, names the disagreeing selection and leaves the project as it was", async () => {
    // the first and last quotations counted over LF text, the middle one over the CRLF text
    const file = qdpx("QualCoder 3.6", [lf(codePoints), codePoints, lf(codePoints)])
    const p = await newProject()
    close = () => run(p.store.close())
    const e = await failure(Import.importFile(p.store, file))
    expect(e).toBeInstanceOf(BadInput)
    expect(e.message).toContain("no offset convention fits: 1 of the 3 selections")
    expect(e.message).toContain(`Selection ${guid(11)} in "AGC 2" is named "Mahkamah" but selects "hkamah?`)
    expect(await run(p.store.sources.list())).toHaveLength(0)
    expect(await run(p.store.codes.list())).toHaveLength(0)
  })
})
