/**
 * Codebook CSV as Taguette reads and writes it (taguette/export.py `codebook_csv`, taguette/import_codebook.py):
 * a tag column holding the path of names, an optional description.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput } from "@valuelens/core"
import { describe, expect, it } from "vitest"
import { CodebookCsv, Import } from "../src/index.js"
import { failure, newProject, run, tempDir } from "./helpers.js"

const csvFile = (text: string) => {
  const file = join(tempDir(), "codebook.csv")
  writeFileSync(file, text)
  return file
}

describe("codebook CSV", () => {
  it("imports Taguette's export: the tag path becomes the tree, descriptions come along", async () => {
    // the header and quoting Taguette 1.5.2 writes, with its two count columns
    const text =
      'tag,description,number of highlights,number of documents\r\nCourts,"Capacity, delay",4,2\r\nCourts/Special courts,Only three,1,1\r\nTrust,,0,0\r\n'
    const p = await newProject()
    const summary = await run(Import.importFile(p.store, csvFile(text)))
    expect(summary.format).toBe("csv")
    expect(summary.added.codes).toBe(3)
    const codes = await run(p.store.codes.list())
    const byName = new Map(codes.map((c) => [c.name, c]))
    expect(byName.get("Courts")?.description).toBe("Capacity, delay")
    expect(byName.get("Special courts")?.parentId).toBe(byName.get("Courts")?.id)
    expect(byName.get("Trust")?.parentId).toBeUndefined()
    // the same file again adds nothing
    expect((await run(Import.importFile(p.store, csvFile(text)))).added.codes).toBe(0)
    await run(p.store.close())
  })

  it("writes a row per code, parents first, with the path as tag", () => {
    expect(
      CodebookCsv.rows([
        {
          guid: "a",
          name: "Courts",
          isCodable: true,
          description: "Capacity",
          color: "#1f77b4",
          noteRefs: [],
          children: [{ guid: "b", name: "Special", isCodable: true, noteRefs: [], children: [] }],
        },
      ]),
    ).toEqual([
      {
        tag: "Courts",
        description: "Capacity",
        inclusion: "",
        exclusion: "",
        examples: "",
        colour: "#1f77b4",
      },
      { tag: "Courts/Special", description: "", inclusion: "", exclusion: "", examples: "", colour: "" },
    ])
  })

  it("carries inclusion and exclusion criteria and examples in columns of their own, into the code's guidance", async () => {
    const text =
      'tag,description,inclusion,exclusion,examples\r\nCourts,Capacity of courts,"delays, backlogs",police capacity,"""hearings take years""\n\nonly three special courts"\r\n'
    const p = await newProject()
    await run(Import.importFile(p.store, csvFile(text)))
    const [code] = await run(p.store.codes.list())
    expect(code?.description).toBe("Capacity of courts")
    expect(await run(p.store.guidance.get(code!.id))).toEqual({
      codeId: code!.id,
      inclusion: "delays, backlogs",
      exclusion: "police capacity",
      examples: ['"hearings take years"', "only three special courts"],
    })
    await run(p.store.close())
  })

  it("reads a cell a spreadsheet-safe writer neutralised back to what it was", async () => {
    const book = await run(CodebookCsv.read("tag,description\r\n'=Rates,'+ rising\r\n", "c.csv"))
    expect(book.codes.map((c) => [c.name, c.description])).toEqual([["=Rates", "+ rising"]])
  })

  it.each([
    ["code,notes\nCourts,x\n", 'c.csv:1: no "tag", "name" or "path" column'],
    ["tag,name\nCourts,Courts\n", 'c.csv:1: both "tag" and "name" columns'],
    ["tag,description\nCourts,x\n/,empty\n", 'c.csv:3: the "tag" cell is empty'],
  ])("refuses %j with the line and what was expected", async (text, message) => {
    const e = await failure(CodebookCsv.read(text, "c.csv"))
    expect(e).toBeInstanceOf(BadInput)
    expect(e.message).toContain(message)
  })
})
