/**
 * PDF sources, as ATLAS.ti writes them: the PDF file, its text as a `Representation` with text selections, and
 * page areas (`PDFSelection`) with a representation of their own. The text comes in and the PDF comes back on
 * export; the areas are counted, not imported. The PDF is the real one inside the QualCoder fixture.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { makeStore, Sqlite } from "@valuelens/store"
import { unzipSync, zipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { Export, Import } from "../src/index.js"
import { elementAttrs, GUID, nothingAdded, run, sample, tempDir } from "./helpers.js"

const peer = unzipSync(readFileSync(sample("qualcoder-4.0-export.qdpx")))
const pdfName = Object.keys(peer).find((n) => n.endsWith(".pdf"))!
const pdf = peer[pdfName]!
const text = "Review of shelter conditions (fictional)\nNo medical staff at night."
const start = text.indexOf("No medical")

const qdpx = (withPdf: boolean) => {
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Shelters" origin="ATLAS.ti 9">
<Users><User guid="${GUID(1)}" name="Ana"/></Users>
<CodeBook><Codes><Code guid="${GUID(2)}" name="Care" isCodable="true"/></Codes></CodeBook>
<Sources>
<PDFSource guid="${GUID(3)}" name="Shelter review.pdf" path="internal://${GUID(4)}.pdf" creatingUser="${GUID(1)}" creationDateTime="2024-05-02T10:00:00Z">
<Description>From the ministry's site</Description>
<PDFSelection guid="${GUID(5)}" page="0" firstX="10" firstY="10" secondX="200" secondY="40" name="Review">
<Representation guid="${GUID(6)}"><PlainTextContent>Review</PlainTextContent></Representation>
<Coding guid="${GUID(7)}" creatingUser="${GUID(1)}"><CodeRef targetGUID="${GUID(2)}"/></Coding>
</PDFSelection>
<Representation guid="${GUID(8)}" name="Representation_for_Shelter review.pdf" plainTextPath="internal://${GUID(8)}.txt" creatingUser="${GUID(1)}" creationDateTime="2024-05-02T10:00:01Z">
<PlainTextSelection guid="${GUID(9)}" name="No medical staff at night." startPosition="${start}" endPosition="${text.length}" creatingUser="${GUID(1)}">
<Coding guid="${GUID(10)}" creatingUser="${GUID(1)}"><CodeRef targetGUID="${GUID(2)}"/></Coding>
</PlainTextSelection>
</Representation>
</PDFSource>
</Sources>
</Project>`
  const file = join(tempDir(), "shelters.qdpx")
  const enc = new TextEncoder()
  writeFileSync(
    file,
    zipSync({
      "project.qde": enc.encode(qde),
      [`sources/${GUID(8)}.txt`]: enc.encode(text),
      ...(withPdf ? { [`sources/${GUID(4)}.pdf`]: pdf } : {}),
    }),
  )
  return file
}

describe("a PDF source with its text", () => {
  it("imports the text and its codings, counts the page areas, and writes the PDF back", async () => {
    const store = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
    const file = qdpx(true)
    const summary = await run(Import.importFile(store, file))
    expect(summary.added).toMatchObject({ sources: 1, segments: 1, codings: 1, memos: 1 })
    expect(summary.notImported).toEqual({ "PDFSelection (page area)": 1, Coding: 1 })
    const [source] = await run(store.sources.listWithText())
    expect(source).toMatchObject({ title: "Shelter review.pdf", kind: "document", text })
    expect((await run(store.segments.all())).map((s) => s.text)).toEqual(["No medical staff at night."])
    expect((await run(store.memos.list())).map((m) => [m.target, m.text])).toEqual([
      ["source", "From the ministry's site"],
    ])

    const zip = unzipSync((await run(Export.qdpx(store, "x", { origin: "ValueLens 0.1.0" }))).bytes)
    const qde = new TextDecoder().decode(zip["project.qde"]!)
    expect(elementAttrs(qde, "PDFSource")).toEqual([
      {
        guid: GUID(3),
        name: "Shelter review.pdf",
        path: `internal://${GUID(4)}.pdf`,
        creatingUser: GUID(1),
        creationDateTime: "2024-05-02T10:00:00Z",
      },
    ])
    expect(elementAttrs(qde, "Representation")).toEqual([
      {
        guid: GUID(8),
        name: "Representation_for_Shelter review.pdf",
        plainTextPath: `internal://${GUID(3)}.txt`,
        creatingUser: GUID(1),
        creationDateTime: "2024-05-02T10:00:01Z",
      },
    ])
    expect(elementAttrs(qde, "PlainTextSelection").map((s) => s.guid)).toEqual([GUID(9)])
    expect(qde).not.toContain("<PDFSelection")
    expect(zip[`sources/${GUID(4)}.pdf`]).toEqual(pdf)
    expect(new TextDecoder().decode(zip[`sources/${GUID(3)}.txt`]!)).toBe(text)

    expect((await run(Import.importFile(store, file))).added).toEqual(nothingAdded)
    await run(store.close())
  })

  it("comes back as a text source with the PDF's GUID when the PDF itself is not in the file", async () => {
    const store = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
    const summary = await run(Import.importFile(store, qdpx(false)))
    expect(summary.added.sources).toBe(1)
    expect(summary.missing).toEqual([`internal://${GUID(4)}.pdf`])
    const qde = new TextDecoder().decode(
      unzipSync((await run(Export.qdpx(store, "x", { origin: "ValueLens 0.1.0" }))).bytes)["project.qde"]!,
    )
    expect(qde).not.toContain("<PDFSource")
    expect(elementAttrs(qde, "TextSource").map((s) => [s.guid, s.name])).toEqual([
      [GUID(3), "Shelter review.pdf"],
    ])
    await run(store.close())
  })
})
