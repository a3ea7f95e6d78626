/**
 * Each limit of the size budget refuses a file over it with one line naming the file, the limit and the setting
 * that raises it, and the project keeps what it had. The files are small; the limits are set low to meet them.
 */
import { Limits } from "@valuelens/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as Ingest from "../src/Ingest.js"
import { docx, fail, pdf, project, put, run, tempDir } from "./make.js"
import { makeZip, utf8 } from "./zipkit.js"

/** Imports `file` with one limit lowered; it must be refused for that limit, leaving the project empty. */
const refused = async (file: string, limits: Partial<Limits.Limits>, rosters?: string[]) => {
  const { store } = await project()
  const empty = await run(store.counts())
  const e = await fail(
    Ingest.importPaths(store, [file], { limits: { ...Limits.defaults, ...limits }, rosters }),
  )
  expect(await run(store.counts())).toEqual(empty)
  expect(e.reason).toBe("limit-exceeded")
  const [name] = Object.keys(limits)
  expect(e.field).toBe(`limits.${name}`)
  // one line for the file; a roster over its limit leaves its interviews unmatched, and those follow
  if (rosters === undefined) expect(e.message.split("\n")).toHaveLength(1)
  return e.message.split("\n")[0]!
}

const interview = (turns: number) =>
  ["Interviewer: Tell me.", ...Array.from({ length: turns - 1 }, (_, i) => `P1: Answer ${i}.`), ""].join("\n")

describe("input limits", () => {
  it("refuses a file larger on disk than fileBytes before reading it", async () => {
    const dir = tempDir()
    const file = put(dir, "big.txt", interview(100))
    const message = await refused(file, { fileBytes: 1000 })
    expect(message).toMatch(
      /^.*big\.txt: a file of \d+ bytes is more than the limit fileBytes = 1000; if the file is genuine, raise it in valuelens\.json \("limits": \{ "fileBytes": 4000 \}\)$/,
    )
  })

  it("refuses a transcript with more turns than the limit", async () => {
    const file = put(tempDir(), "p1.txt", interview(30))
    expect(await refused(file, { turns: 20 })).toContain(
      "a transcript reaching turn 21 (line 21) is more than the limit turns = 20",
    )
  })

  it("refuses a statistics CSV with more rows than the limit, and a roster too", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `MYS,${2000 + i},tip.tier,2,,TIP report,`)
    const file = put(
      tempDir(),
      "stats.csv",
      ["country,year,indicator,value,unit,source,confidence", ...rows].join("\n"),
    )
    expect(await refused(file, { csvRows: 10 })).toContain(
      "a CSV of 12 rows is more than the limit csvRows = 10",
    )
    const dir = tempDir()
    const roster = put(
      dir,
      "roster.csv",
      ["participant,group", ...rows.map((_, i) => `P${i},ngo`)].join("\n"),
    )
    const p1 = put(dir, "P1.txt", "Interviewer: Hello?\nP1: Hello.\n")
    expect(await refused(p1, { csvRows: 10 }, [roster])).toContain("roster.csv: a CSV of 12 rows")
  })

  it("refuses a PDF with more pages than the limit before reading its text", async () => {
    const file = put(
      tempDir(),
      "report.pdf",
      await pdf(Array.from({ length: 12 }, (_, i) => [`Page ${i + 1}`])),
    )
    expect(await refused(file, { pdfPages: 10 })).toContain(
      "a PDF of 12 pages is more than the limit pdfPages = 10",
    )
  })

  it("refuses a PDF page with more text than the limit", async () => {
    const file = put(
      tempDir(),
      "dense.pdf",
      await pdf([["short"], ["a much longer line of text on page two"]]),
    )
    expect(await refused(file, { pageChars: 20 })).toMatch(
      /the text of page 2 is more than the limit pageChars = 20/,
    )
  })

  it("refuses a Word file that unpacks to more than the limit, counting while inflating", async () => {
    const real = await docx(["Interviewer: Hello?", "P1: Hello."])
    const file = put(tempDir(), "p1.docx", real)
    expect(await refused(file, { unpackedBytes: 2000 })).toMatch(
      /p1\.docx: (entry "[^"]+" unpacking to \d+ bytes|the archive unpacking to more than \d+ bytes) is more than the limit unpackedBytes = 2000/,
    )
    // a bomb whose headers lie: 5 MB of zeros declared as 1,000 bytes
    const bomb = put(
      tempDir(),
      "bomb.docx",
      makeZip([
        { name: "[Content_Types].xml", data: utf8("<Types/>") },
        { name: "word/document.xml", data: new Uint8Array(5_000_000), declaredSize: 1_000 },
      ]),
    )
    const { store } = await project()
    const exit = await Effect.runPromiseExit(Ingest.importPaths(store, [bomb]))
    expect(exit._tag).toBe("Failure")
    const f = exit._tag === "Failure" ? exit.cause.reasons.find((r) => r._tag === "Fail") : undefined
    expect(f?._tag === "Fail" && (f.error as { message: string }).message).toContain(
      "unpacks to more than the 1000 bytes its header declares",
    )
  })

  it("refuses a Word file with more entries than the limit", async () => {
    const file = put(tempDir(), "p1.docx", await docx(["Interviewer: Hello?", "P1: Hello."]))
    expect(await refused(file, { zipEntries: 3 })).toMatch(
      /p1\.docx: \d+ entries is more than the limit zipEntries = 3/,
    )
  })

  it("refuses a Word file whose XML is nested deeper than the limit, before mammoth parses it", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    // a run inside content controls nested `depth` deep, around a transcript line
    const nested = (depth: number) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p><w:r><w:t>P1: Hello.</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(depth)}</w:body></w:document>`
    const word = (depth: number) =>
      makeZip([
        {
          name: "[Content_Types].xml",
          data: utf8(
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
          ),
        },
        {
          name: "_rels/.rels",
          data: utf8(
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          ),
        },
        { name: "word/document.xml", data: utf8(nested(depth)) },
      ])
    // 30 content controls (62 elements deep) are a document like any other
    const { store } = await project()
    const fine = put(tempDir(), "p1.docx", word(30))
    await run(Ingest.importPaths(store, [fine], { kind: "document" }))
    expect(await run(store.counts())).toMatchObject({ sources: 1 })
    expect(await refused(put(tempDir(), "p1.docx", word(30)), { xmlDepth: 60 })).toMatch(
      /p1\.docx: entry "word\/document\.xml" with elements nested 61 deep at byte \d+ is more than the limit xmlDepth = 60; if the file is genuine, raise it in valuelens\.json \("limits": \{ "xmlDepth": 240 \}\)$/,
    )
    // 150 content controls (302 elements deep) meet the default limit
    expect(
      await refused(put(tempDir(), "deep.docx", word(150)), { xmlDepth: Limits.defaults.xmlDepth }),
    ).toContain('deep.docx: entry "word/document.xml" with elements nested 257 deep')
  })
})
