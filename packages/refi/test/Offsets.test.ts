/** Peer-written files in each offset convention (see peer.ts) are read on the right words, or refused. */
import { BadInput } from "@valuelens/core"
import { afterEach, describe, expect, it } from "vitest"
import { Import } from "../src/index.js"
import { failure, newProject, run } from "./helpers.js"
import { codePoints, guid, lf, qdpx, quotes, utf16 } from "./peer.js"

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
