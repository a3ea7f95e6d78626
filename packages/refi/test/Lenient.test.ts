/**
 * Lenient where real tools are lenient (ids that are not GUIDs, an empty `<Sets/>`), strict where it matters
 * (every export validated against the official schema before it is written).
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput, Ids } from "@valuelens/core"
import { zipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { Import, Validation } from "../src/index.js"
import { failure, newProject, run, tempDir } from "./helpers.js"

const write = (name: string, contents: string | Uint8Array) => {
  const file = join(tempDir(), name)
  writeFileSync(file, contents)
  return file
}

describe("lenient reading", () => {
  it("imports Taguette's codebook: upper-case GUIDs and an empty <Sets/>", async () => {
    // as Taguette 1.5 writes it (taguette/export.py, codebook_xml)
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.5.2"><Codes><Code guid="6F2A8C53-2C61-5A4B-9E0B-3D1F7A2B9C10" name="interesting" isCodable="true"/><Code guid="0B9E3C1D-7A5F-5E2B-8C4D-1A2B3C4D5E6F" name="interesting.people" isCodable="true"/></Codes><Sets/></CodeBook>`
    const p = await newProject()
    const summary = await run(Import.importFile(p.store, write("codebook.qdc", qdc)))
    expect(summary.added.codes).toBe(2)
    expect((await run(p.store.codes.list())).map((c) => c.name).sort()).toEqual([
      "interesting",
      "interesting.people",
    ])
    await run(p.store.close())
  })

  it("reads an id that is not a GUID as a stable GUID made from it, says so, and resolves references to it", async () => {
    const text = "Mahkamah khas terlalu sedikit."
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="SomeTool 2">
<CodeBook><Codes><Code guid="c001" name="Courts" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="s001" name="AGC 2" plainTextPath="internal://a.txt"><PlainTextSelection guid="q001" name="Mahkamah khas" startPosition="0" endPosition="13"><Coding guid="k001"><CodeRef targetGUID="c001"/></Coding></PlainTextSelection></TextSource></Sources>
</Project>`
    const file = write(
      "p.qdpx",
      zipSync({
        "project.qde": new TextEncoder().encode(qde),
        "sources/a.txt": new TextEncoder().encode(text),
      }),
    )
    const p = await newProject()
    const summary = await run(Import.importFile(p.store, file))
    expect(summary.added).toMatchObject({ codes: 1, sources: 1, codings: 1 })
    const warning = summary.warnings.find((w) => w.startsWith("4 id(s) are not GUIDs ("))
    for (const id of ["c001", "s001", "q001", "k001"]) expect(warning).toContain(id)
    // the same file again: the same GUIDs, so nothing new
    expect((await run(Import.importFile(p.store, file))).added.codes).toBe(0)
    const { Export } = await import("../src/index.js")
    const { project } = await run(Export.qdpx(p.store, "P", { origin: "ValueLens 0.1.0" }))
    expect(project.codes[0]!.guid).toBe(Ids.guid("refi-id:c001"))
    await run(p.store.close())
  })
})

describe("strict writing", () => {
  it("refuses to write a document the schema rejects, quoting the schema", async () => {
    const e = await failure(
      Validation.validate(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="no guid" isCodable="true"/></Codes></CodeBook>',
        "Codebook.xsd",
      ),
    )
    expect(e).toBeInstanceOf(BadInput)
    expect(e.message).toContain("does not validate against Codebook.xsd")
    expect(e.message).toContain("guid")
  })
})
