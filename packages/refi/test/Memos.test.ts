/**
 * Memos where peers read them. Export: the elements and attributes QualCoder's REFI import reads (its
 * `refi.py`: a selection's `Description` is the coding memo, a source's `Description` the source memo, a `Note`
 * with a `plainTextPath` and a unique `name` a journal). Import: every memo form QDA-XML allows, and a summary
 * that lists every element left out, by kind and count.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { unzipSync, zipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { Export, Import } from "../src/index.js"
import { run, tempDir } from "./helpers.js"
import { seed as seedSmall } from "./small.js"

const memoryStore = () => run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
const seed = (store: Store) =>
  seedSmall(store, [{ id: "courts", name: "Courts", kind: "free" }], "courts", [
    { id: "m1", target: "project", title: "Design", text: "Purposive sampling." },
    { id: "m2", target: "project", title: "Design", text: "Second round." },
    { id: "m3", target: "code", targetId: "courts", text: "Only 3 special courts" },
    { id: "m4", target: "source", targetId: "s1", text: "Recorded in Putrajaya" },
    { id: "m5", target: "segment", targetId: "g1", text: "Cite in chapter 5" },
  ])

describe("memos in an export, where QualCoder reads them", () => {
  it("writes the coding memo as the selection's Description and the source memo as the source's", async () => {
    const store = await memoryStore()
    await run(seed(store))
    const { bytes } = await run(Export.qdpx(store, "P", { origin: "ValueLens 0.1.0" }))
    const zip = unzipSync(bytes)
    const qde = new TextDecoder().decode(zip["project.qde"]!)
    expect(qde).toMatch(
      /<PlainTextSelection [^>]*>\s*<Description>Cite in chapter 5<\/Description>\s*<Coding /,
    )
    expect(qde).toMatch(/<TextSource [^>]*>\s*<Description>Recorded in Putrajaya<\/Description>/)
    // the coding memo is not a note as well (QualCoder would list it again as a journal)
    expect(qde).not.toMatch(/<Note [^>]*name="[^"]*"[^>]*>\s*<\/Note>.*Cite in chapter 5/s)
    const notes = [
      ...qde.matchAll(/<Note guid="([^"]+)" name="([^"]+)" plainTextPath="internal:\/\/([^"]+)"/g),
    ]
    // project memos, the code memo and the source memo: each in a file, each with a name of its own
    expect(notes.map((n) => n[2]).sort()).toEqual(["Design", "Design (2)", "Memo", "Memo (2)"])
    const texts = notes.map((n) => new TextDecoder().decode(zip[`sources/${n[3]}`]!)).sort()
    expect(texts).toEqual([
      "Only 3 special courts",
      "Purposive sampling.",
      "Recorded in Putrajaya",
      "Second round.",
    ])
    for (const [, guid] of notes) expect(qde).toContain(`<NoteRef targetGUID="${guid}"/>`)
    await run(store.close())
  })
})

describe("a participant's description", () => {
  it("is the case's Description, QualCoder's case memo, and comes back as the same attribute", async () => {
    const store = await memoryStore()
    await run(seed(store))
    const participant = {
      id: "AGC 2",
      group: "government" as const,
      attributes: { description: "Senior prosecutor, 12 years", role: "prosecutor" },
    }
    await run(store.participants.insert([participant]))
    const { bytes } = await run(Export.qdpx(store, "P", { origin: "ValueLens 0.1.0" }))
    const qde = new TextDecoder().decode(unzipSync(bytes)["project.qde"]!)
    expect(qde).toMatch(
      /<Case [^>]*name="AGC 2"[^>]*>\s*<Description>Senior prosecutor, 12 years<\/Description>/,
    )
    expect(qde).not.toContain('name="description"')
    const file = join(tempDir(), "p.qdpx")
    writeFileSync(file, bytes)
    const other = await memoryStore()
    await run(Import.importFile(other, file))
    expect((await run(other.participants.list()))[0]?.attributes).toEqual(participant.attributes)
    await run(store.close())
    await run(other.close())
  })
})

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`

describe("every memo form a peer writes", () => {
  it("imports source and project descriptions, plain-text notes and annotations, and lists what it left out", async () => {
    const source = "Interviewer: Apa khabar?\nAGC 2: Mahkamah khas terlalu sedikit."
    const start = [...source.slice(0, source.indexOf("Mahkamah"))].length
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Peer" origin="QualCoder 3.6" creatingUserGUID="${guid(9)}">
<Users><User guid="${guid(9)}" name="Siti"/></Users>
<CodeBook><Codes><Code guid="${guid(1)}" name="Courts" isCodable="true"/></Codes></CodeBook>
<Cases><Case guid="${guid(5)}" name="AGC 2"><SourceRef targetGUID="${guid(2)}"/><SourceRef targetGUID="${guid(3)}"/><SelectionRef targetGUID="${guid(10)}"/></Case></Cases>
<Sources>
<TextSource guid="${guid(2)}" name="AGC 2" plainTextPath="internal://${guid(2)}.txt" creatingUser="${guid(9)}">
<Description>Recorded in Putrajaya</Description>
<PlainTextSelection guid="${guid(10)}" name="Mahkamah" startPosition="${start}" endPosition="${start + 8}"><Coding guid="${guid(11)}" creatingUser="${guid(9)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection>
<NoteRef targetGUID="${guid(20)}"/>
</TextSource>
<PDFSource guid="${guid(3)}" name="Report" path="internal://${guid(3)}.pdf"/>
</Sources>
<Notes>
<Note guid="${guid(20)}" creatingUser="${guid(9)}"><PlainTextContent>Only the capital has one</PlainTextContent><PlainTextSelection guid="${guid(21)}" startPosition="${start}" endPosition="${start + 13}"/></Note>
<Note guid="${guid(22)}" name="Journal" creatingUser="${guid(9)}"><PlainTextContent>Day one</PlainTextContent><PlainTextSelection guid="${guid(23)}" startPosition="0" endPosition="5"/></Note>
</Notes>
<Description>Pilot study</Description>
</Project>`
    const file = join(tempDir(), "peer.qdpx")
    writeFileSync(
      file,
      zipSync({
        "project.qde": new TextEncoder().encode(qde),
        [`sources/${guid(2)}.txt`]: new TextEncoder().encode(source),
        [`sources/${guid(3)}.pdf`]: new Uint8Array([37, 80, 68, 70]),
      }),
    )
    const store = await memoryStore()
    const summary = await run(Import.importFile(store, file))
    const segments = new Map((await run(store.segments.all())).map((s) => [s.id, s.text]))
    const memos = (await run(store.memos.list()))
      .map(
        (m) => `${m.target}:${m.target === "segment" ? segments.get(m.targetId!) : ""}:${m.text}:${m.author}`,
      )
      .sort()
    expect(memos).toEqual([
      "project::Day one:Siti",
      "project::Pilot study:Siti",
      "segment:Mahkamah khas:Only the capital has one:Siti",
      "source::Recorded in Putrajaya:Siti",
    ])
    expect(summary.notImported).toEqual({
      "PDFSource (no text representation)": 1,
      "Note/PlainTextSelection (no source names the note)": 1,
      "Case/SourceRef (source not imported)": 1,
      "Case/SelectionRef": 1,
    })
    expect(summary.warnings.join("\n")).toContain(`case "AGC 2" → ${guid(3)}`)
    // the same file again adds nothing, memos included
    expect((await run(Import.importFile(store, file))).added.memos).toBe(0)
    await run(store.close())
  })
})
