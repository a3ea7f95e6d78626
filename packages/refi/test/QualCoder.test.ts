/**
 * The reverse direction: a project written by QualCoder's own REFI-QDA export (how it was made: fixtures/refi/
 * SOURCES.md) comes into ValueLens with every coding, memo and participant link, and its PDF and .docx come back
 * on export. The peer's file is read independently here (fflate and regular expressions), never through the
 * importer.
 */
import { readFileSync } from "node:fs"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { unzipSync } from "fflate"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Export, Import } from "../src/index.js"
import { elementAttrs, nothingAdded, run, sample } from "./helpers.js"

/**
 * The same project, exported twice by QualCoder: with its default line endings, and with "MAXQDA line endings"
 * (CRLF in the text files, offsets counted as if each were one character), each with the offset convention
 * its quotations prove.
 */
const exports = [
  ["qualcoder-4.0-export.qdpx", "code points, CRLF counted as two", 4],
  ["qualcoder-4.0-export-maxqda-line-endings.qdpx", "code points, CRLF counted as one", 8],
] as const

describe.each(exports)("a project exported by QualCoder (%s)", (name, convention, checked) => {
  const file = sample(name)
  const peer = unzipSync(readFileSync(file))
  const peerQde = new TextDecoder().decode(peer["project.qde"]!)
  let store: Store
  let summary: Import.Summary
  beforeAll(async () => {
    store = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
    summary = await run(Import.importFile(store, file))
  }, 60_000)
  afterAll(() => run(store.close()))

  it("brings in everything QualCoder wrote, and leaves nothing out", () => {
    expect(summary.tool).toBe("qualcoder")
    expect(summary.found).toEqual({
      codes: 7,
      users: 3,
      cases: 2,
      textSources: 3,
      mediaSources: 0,
      selections: 9,
      codings: 9,
      notes: 3,
    })
    expect(summary.added).toEqual({
      codes: 7,
      coders: 3,
      participants: 2,
      sources: 3,
      segments: 7,
      codings: 9,
      memos: 7,
    })
    // nothing was there before; QualCoder's coding memo on each coder's selection is one memo
    expect(Object.values(summary.reused).every((n) => n === 0)).toBe(true)
    expect(summary.notImported).toEqual({})
    expect(summary.missing).toEqual([])
    // QualCoder writes each selection's quotation as its name; those that read differently under other
    // conventions prove this one
    expect(summary.offsets).toEqual({ convention, proof: "quotes", checked })
  })

  it("puts every coding on the words QualCoder coded, by the coder who coded them", async () => {
    const codes = new Map((await run(store.codes.list())).map((c) => [c.id, c.name]))
    const segments = new Map((await run(store.segments.all())).map((s) => [s.id, s]))
    const sources = new Map((await run(store.sources.list())).map((s) => [s.id, s.title]))
    const codings = (await run(store.codings.list())).map((c) => {
      const s = segments.get(c.segmentId)!
      return `${sources.get(s.sourceId)} | ${codes.get(c.codeId)} | ${c.coderId} | ${s.text}`
    })
    expect(codings.sort()).toEqual([
      "AGC 2 interview | Afraid to testify | Alice | Victims are afraid to testify, so charges cannot be brought.",
      "AGC 2 interview | Afraid to testify | Bob | Victims are afraid to testify, so charges cannot be brought.",
      "AGC 2 interview | Few courts | Alice | Mahkamah khas terlalu sedikit 😔, kes lambat.",
      "AGC 2 interview | Trust | Bob | Peranan NGO perlu jelas.",
      "NGO 1 interview | No medical staff | Alice | There is no medical staff in the shelter",
      "NGO 1 interview | Trust | Alice | Each agency keeps its own list; nobody shares.",
      "NGO 1 interview | Victims as offenders | Alice | Officers treat victims as offenders at the border.",
      "NGO 1 interview | Victims as offenders | Bob | Officers treat victims as offenders at the border.",
      "Review of shelter conditions.pdf | No medical staff | Bob | Review of shelter conditions (fictional)",
    ])
    // the code tree, with QualCoder's categories as codes that only group others
    const tree = (await run(store.codes.list())).map(
      (c) => `${c.parentId === undefined ? "" : `${codes.get(c.parentId)} / `}${c.name}`,
    )
    expect(tree.sort()).toEqual([
      "Empathy",
      "Empathy / No medical staff",
      "Empathy / Victims as offenders",
      "Justice",
      "Justice / Afraid to testify",
      "Justice / Few courts",
      "Trust",
    ])
  })

  it("links each interview to its participant, with the case's variables", async () => {
    const sources = (await run(store.sources.list())).map((s) => [s.title, s.kind, s.participantId])
    expect(sources.sort()).toEqual([
      ["AGC 2 interview", "interview", "AGC 2"],
      ["NGO 1 interview", "interview", "NGO 1"],
      ["Review of shelter conditions.pdf", "document", undefined],
    ])
    const participants = (await run(store.participants.list())).map((p) =>
      [p.id, p.group, p.organisation, p.location, p.country, p.attributes.role].join(" | "),
    )
    expect(participants).toEqual([
      "AGC 2 | government | Attorney General's Chambers | Putrajaya | MYS | prosecutor",
      "NGO 1 | ngo | Shelter NGO | Johor Bahru | MYS | caseworker",
    ])
    expect((await run(store.participants.list())).map((p) => Object.keys(p.attributes))).toEqual([
      ["role"],
      ["role"],
    ])
  })

  it("keeps every memo: coding and source memos where they were, QualCoder's journals as project memos", async () => {
    const segments = new Map((await run(store.segments.all())).map((s) => [s.id, s.text]))
    const sources = new Map((await run(store.sources.list())).map((s) => [s.id, s.title]))
    const memos = (await run(store.memos.list())).map((m) => {
      const on =
        m.target === "segment"
          ? segments.get(m.targetId!)
          : m.target === "source"
            ? sources.get(m.targetId!)
            : ""
      return `${m.target}: ${on} | ${m.title ?? ""} | ${m.text} | ${m.author}`
    })
    expect(memos.sort()).toEqual([
      "project:  | Courts | Only three special courts in 2023. | Alice",
      "project:  | Design | Purposive sampling of agencies and NGOs. | Alice",
      "project:  | Figures | Check the court figures for 2023. | Alice",
      "segment: Mahkamah khas terlalu sedikit 😔, kes lambat. | Comment | Cite in chapter 5. | Alice",
      "segment: Officers treat victims as offenders at the border. | Comment | Compare with the border officers' account. | Alice",
      "source: AGC 2 interview |  | Recorded in Putrajaya. | default",
      "source: Review of shelter conditions.pdf |  | Fictional review used in the demo. | default",
    ])
  })

  it("writes the PDF and the .docx back, byte for byte, with their GUIDs and creation times", async () => {
    const { bytes } = await run(Export.qdpx(store, "Exported", { origin: "ValueLens 0.1.0" }))
    const zip = unzipSync(bytes)
    const qde = new TextDecoder().decode(zip["project.qde"]!)
    const [pdf] = elementAttrs(peerQde, "PDFSource")
    const [representation] = elementAttrs(peerQde, "Representation")
    expect(elementAttrs(qde, "PDFSource")).toEqual([pdf])
    expect(elementAttrs(qde, "Representation")).toEqual([
      { ...representation, plainTextPath: `internal://${pdf!.guid}.txt` },
    ])
    const pdfFile = pdf!.path!.replace("internal://", "")
    expect(pdfFile).toMatch(/\.pdf$/)
    expect(zip[`sources/${pdfFile}`]).toEqual(peer[`sources/${pdfFile}`])
    const docxSource = elementAttrs(peerQde, "TextSource").find((s) => s.richTextPath !== undefined)!
    const docx = docxSource.richTextPath!.replace("internal://", "")
    const exported = elementAttrs(qde, "TextSource").find((s) => s.guid === docxSource.guid)!
    expect(exported).toMatchObject({
      richTextPath: docxSource.richTextPath,
      creationDateTime: docxSource.creationDateTime,
    })
    expect(zip[`sources/${docx}`]).toEqual(peer[`sources/${docx}`])
    expect(elementAttrs(qde, "Project")[0]).toMatchObject({ name: "vl-exchange.qda" })
  })

  it("adds nothing when the same file comes in again", async () => {
    expect((await run(Import.importFile(store, file))).added).toEqual(nothingAdded)
  })
})
