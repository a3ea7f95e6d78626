/**
 * The page count a PDF declares, read before PDF.js opens it: the /Count of the page tree's root (ISO 32000-1
 * §7.7.3.2), whether the tree is written plainly or inside compressed object streams, and never a count that
 * belongs to something else (an outline's, an object number).
 */
import { Limits } from "@valuelens/core"
import fc from "fast-check"
import { PDFDocument, PDFName, PDFNumber } from "pdf-lib"
import { describe, expect, it } from "vitest"
import * as Ingest from "../src/Ingest.js"
import * as PageCount from "../src/pdf/PageCount.js"
import { fail, pdf, project, put, run, tempDir } from "./make.js"

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"))

/** A PDF written by hand: a page tree of two levels (a node of two pages, then a page), and an outline. */
const twoLevels = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R /Outlines 7 0 R >> endobj",
  "2 0 obj << /Count 3 /Kids [3 0 R 6 0 R] /Type /Pages >> endobj",
  "3 0 obj << /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >> endobj",
  "4 0 obj << /Type /Page /Parent 3 0 R /MediaBox [0 0 300 300] >> endobj",
  "5 0 obj << /Type /Page /Parent 3 0 R /MediaBox [0 0 300 300] >> endobj",
  "6 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] >> endobj",
  "7 0 obj << /Type /Outlines /Count 9999 >> endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
].join("\n")

describe("PageCount.declared", () => {
  it("reads the root's count from a tree of two levels, not the outline's", () => {
    expect(PageCount.declared(latin1(twoLevels), Limits.defaults)).toBe(3)
  })

  it("reads no count held in another object, nor from a file without a page tree", () => {
    expect(PageCount.declared(latin1(twoLevels.replace("/Count 3 ", "/Count 8 0 R ")), Limits.defaults)).toBe(
      2,
    )
    expect(PageCount.declared(latin1("%PDF-1.4\n%%EOF\n"), Limits.defaults)).toBeUndefined()
  })

  it("is the number of pages of a PDF saved plainly or with object streams (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 120 }), fc.boolean(), async (pages, useObjectStreams) => {
        const doc = await PDFDocument.create()
        for (let i = 0; i < pages; i++) doc.addPage([200, 200])
        const bytes = await doc.save({ useObjectStreams })
        expect(PageCount.declared(bytes, Limits.defaults)).toBe(pages)
      }),
      { numRuns: 20, seed: 18 },
    )
  })

  it("leaves the count to PDF.js when the tree holds it in another object, which still refuses the file", async () => {
    const doc = await PDFDocument.load(await pdf(Array.from({ length: 12 }, (_, i) => [`Page ${i + 1}`])))
    doc.catalog.Pages().set(PDFName.of("Count"), doc.context.register(PDFNumber.of(12)))
    const bytes = await doc.save({ useObjectStreams: false })
    expect(PageCount.declared(bytes, Limits.defaults)).toBeUndefined()
    const { store } = await project()
    const e = await fail(
      Ingest.importPaths(store, [put(tempDir(), "report.pdf", bytes)], {
        limits: { ...Limits.defaults, pdfPages: 10 },
      }),
    )
    expect(e.message).toContain("a PDF of 12 pages is more than the limit pdfPages = 10")
    expect(await run(store.counts())).toMatchObject({ sources: 0 })
  })
})
