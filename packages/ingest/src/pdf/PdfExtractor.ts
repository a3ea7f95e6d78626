/**
 * PDF through unpdf (PDF.js). Pages are joined with a blank line and each page's span is kept, so a segment can
 * be cited with its page. A PDF without a text layer (a scan) is refused: it needs OCR first.
 */
import { BadInput, Limits, Text } from "@valuelens/core"
import { Effect } from "effect"
import { getDocumentProxy } from "unpdf"
import type { Extractor, PageSpan } from "../Extractor.js"
import * as PageCount from "./PageCount.js"

const PAGE_BREAK = "\n\n"

const unreadable = (file: string, why: string) =>
  new BadInput({
    reason: "unreadable-pdf",
    file,
    message: `${file}: not a readable PDF (${why})`,
  })

/** Joins page texts and records where each page starts and ends, in code points. */
export const joinPages = (pageTexts: ReadonlyArray<string>): { text: string; pages: PageSpan[] } => {
  const pages: PageSpan[] = []
  const parts: string[] = []
  let at = 0
  pageTexts.forEach((raw, i) => {
    const page = Text.normalise(raw.replaceAll("\u0000", "")).trimEnd()
    if (i > 0) {
      parts.push(PAGE_BREAK)
      at += PAGE_BREAK.length
    }
    const length = Text.codePointLength(page)
    pages.push({ number: i + 1, start: at, end: at + length })
    parts.push(page)
    at += length
  })
  return { text: parts.join(""), pages }
}

/** A page's text as unpdf's `extractText` joins it: each item's string, a line break where PDF.js marks one. */
const pageText = (items: ReadonlyArray<unknown>) =>
  items
    .map((item) => {
      const i = item as { str?: string; hasEOL?: boolean }
      return i.str === undefined ? "" : i.hasEOL ? `${i.str}\n` : i.str
    })
    .join("")

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>["getPage"]>>

/**
 * A page's text, read as PDF.js streams it and refused as soon as it passes `pageChars`, so a page with a
 * hostile amount of text is never held whole.
 */
const readPage = async (page: Page, n: number, file: string, limits: Limits.Limits) => {
  const reader = (page.streamTextContent() as ReadableStream<{ items: ReadonlyArray<unknown> }>).getReader()
  const parts: string[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return parts.join("")
    const text = pageText(value.items)
    length += text.length
    // the rest of the page is left unread; destroying the document ends its stream
    if (length > limits.pageChars) {
      throw Limits.exceeded(file, "pageChars", limits, `the text of page ${n}`)
    }
    parts.push(text)
  }
}

export const extractor: Extractor = {
  format: "pdf",
  extensions: [".pdf"],
  extract: (bytes, file, limits) =>
    Effect.gen(function* () {
      if (bytes.length === 0)
        return yield* new BadInput({ reason: "empty-file", file, message: `${file}: the file is empty` })
      const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024))
      if (!head.includes("%PDF-")) return yield* unreadable(file, "no %PDF- header")
      // the count the page tree declares, before PDF.js opens the file and visits every page
      const declared = PageCount.declared(bytes, limits)
      if (declared !== undefined && declared > limits.pdfPages)
        return yield* Limits.exceeded(file, "pdfPages", limits, `a PDF of ${declared} pages`)
      const pageTexts = yield* Effect.tryPromise({
        try: async () => {
          // PDF.js may keep the buffer it is given; hand it a copy
          const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })
          try {
            // the page count is in the catalogue: a PDF with too many pages is refused before any text is read
            if (doc.numPages > limits.pdfPages)
              throw Limits.exceeded(file, "pdfPages", limits, `a PDF of ${doc.numPages} pages`)
            const texts: string[] = []
            for (let n = 1; n <= doc.numPages; n++) {
              const page = await doc.getPage(n)
              texts.push(await readPage(page, n, file, limits))
              page.cleanup()
            }
            return texts
          } finally {
            await doc.loadingTask.destroy()
          }
        },
        catch: (cause) =>
          cause instanceof BadInput
            ? cause
            : unreadable(file, cause instanceof Error ? cause.message : String(cause)),
      })
      const { text, pages } = joinPages(pageTexts)
      if (text.trim() === "")
        return yield* new BadInput({
          reason: "pdf-without-text",
          file,
          message: `${file}: the PDF has no text layer (${pageTexts.length} page(s), perhaps a scan); run OCR on it first`,
        })
      return { text, pages, frontMatter: false, lineUnit: "line" as const }
    }),
}
