/** Real files for the tests: Word documents written with `docx`, PDFs with `pdf-lib`, folders in temp dirs. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { Document, Packer, Paragraph } from "docx"
import { PDFDocument, StandardFonts } from "pdf-lib"

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
