/** Real files for the tests: Word documents written with `docx`, PDFs with `pdf-lib`, folders in temp dirs. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { Project, type Store } from "@valuelens/store"
import { Document, Packer, Paragraph } from "docx"
import { Effect } from "effect"
import { PDFDocument, StandardFonts } from "pdf-lib"
import { afterEach } from "vitest"

export const tempDir = (prefix = "vl-ingest-") => mkdtempSync(join(tmpdir(), prefix))

export const put = (dir: string, name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
  return path
}

/** A .docx with one paragraph per line. */
export const docx = async (lines: ReadonlyArray<string>): Promise<Uint8Array> =>
  new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })),
  )

/** A PDF with one page per entry, each page's lines drawn top to bottom (WinAnsi text only). */
export const pdf = async (pages: ReadonlyArray<ReadonlyArray<string>>): Promise<Uint8Array> => {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const lines of pages) {
    const page = doc.addPage([420, 420])
    lines.forEach((line, i) => {
      page.drawText(line, { x: 36, y: 380 - i * 18, size: 11, font })
    })
  }
  return doc.save()
}

const stores: Store[] = []
afterEach(async () => {
  for (const s of stores.splice(0)) await Effect.runPromise(s.close())
})

/** A fresh project on disk and a folder for input files; its store is closed after the test. */
export const project = async () => {
  const dir = tempDir()
  const p = await Effect.runPromise(Project.create(join(dir, "project"), { name: "t", plugins: [] }))
  stores.push(p.store)
  return { dir, store: p.store }
}

export const run = <A, E>(e: Effect.Effect<A, E>) => Effect.runPromise(e)

/** The bad input an effect fails with; an internal error (a defect) fails the test with its cause. */
export const fail = async <A, E>(e: Effect.Effect<A, E>) => {
  const exit = await Effect.runPromiseExit(e)
  if (exit._tag === "Success") throw new Error("expected the import to fail")
  const f = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (f?._tag !== "Fail") throw new Error(`an internal error, not a bad input: ${String(exit.cause)}`)
  return f.error as {
    _tag: string
    reason: string
    message: string
    file?: string
    line?: number
    byte?: number
    field?: string
  }
}
