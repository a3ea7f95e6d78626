/**
 * Identity across an exchange with a peer: a peer's file exported again keeps its GUIDs, code order, project
 * name, creation times and rich text files; an exchange there and back, or the same file twice, adds nothing.
 * The peer's file is read independently here (fflate and regular expressions), never through the importer.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Code } from "@valuelens/core"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { unzipSync } from "fflate"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { validateXML } from "xmllint-wasm"
import { Export, Import } from "../src/index.js"
import { nothingAdded, run, sample, schema, tempDir } from "./helpers.js"
import { seed as seedSmall } from "./small.js"

const origin = "ValueLens 0.1.0"
const memoryStore = () => run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
const nvivo = sample("nvivo-12.6-two-coders.qdpx")

const attrs = (xml: string, element: string, names: ReadonlyArray<string>) =>
  [...xml.matchAll(new RegExp(`<${element}\\b([^>]*)>`, "g"))].map((m) =>
    names.map((n) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]!)?.[1]),
  )

const exportOf = async (store: Store, options: Partial<Export.Options> = {}) => {
  const { bytes } = await run(Export.qdpx(store, "Exported", { origin, ...options }))
  const zip = unzipSync(bytes)
  const file = join(tempDir(), "export.qdpx")
  writeFileSync(file, bytes)
  return { file, zip, qde: new TextDecoder().decode(zip["project.qde"]!) }
}

describe("a peer's project exported again", () => {
  let store: Store
  let original: string
  let exported: Awaited<ReturnType<typeof exportOf>>
  beforeAll(async () => {
    store = await memoryStore()
    await run(Import.importFile(store, nvivo))
    original = new TextDecoder().decode(unzipSync(readFileSync(nvivo))["project.qde"]!)
    exported = await exportOf(store)
  }, 120_000)
  afterAll(() => run(store.close()))

  it("keeps every code's GUID and the order of siblings", () => {
    const codes = (xml: string) => attrs(xml, "Code", ["guid", "name"]).map(([g, n]) => `${g} ${n}`)
    expect(codes(exported.qde)).toEqual(codes(original))
    expect(codes(original)).toHaveLength(152)
  })

  it("keeps the GUIDs of users, sources and selections, the sources' creation times and the project name", () => {
    const set = (xml: string, element: string, names: string[]) =>
      attrs(xml, element, names)
        .map((a) => a.join(" "))
        .sort()
    expect(set(exported.qde, "User", ["guid"])).toEqual(set(original, "User", ["guid"]))
    expect(set(exported.qde, "TextSource", ["guid", "creationDateTime"])).toEqual(
      set(original, "TextSource", ["guid", "creationDateTime"]),
    )
    expect(set(exported.qde, "PlainTextSelection", ["guid", "creatingUser"])).toEqual(
      set(original, "PlainTextSelection", ["guid", "creatingUser"]),
    )
    expect(set(original, "PlainTextSelection", ["guid"])).toHaveLength(303)
    expect(attrs(exported.qde, "Project", ["name"])[0]).toEqual(["Untitled"])
  })

  it("writes each source's .docx back behind its richTextPath, byte for byte", () => {
    const peer = unzipSync(readFileSync(nvivo))
    for (const [guid] of attrs(original, "TextSource", ["guid"])) {
      const docx = `sources/${guid}.docx`
      expect(exported.qde).toContain(`richTextPath="internal://${guid}.docx"`)
      expect(exported.zip[docx]).toEqual(peer[`Sources/${guid}.docx`])
    }
  })

  it("validates against Project.xsd", async () => {
    const r = await validateXML({
      xml: [{ fileName: "project.qde", contents: exported.qde }],
      schema: [{ fileName: "Project.xsd", contents: readFileSync(schema("Project.xsd"), "utf8") }],
    })
    expect(r.errors.map((e) => e.message)).toEqual([])
  })

  it("adds nothing when the same file is imported again, or the export of it", async () => {
    expect((await run(Import.importFile(store, nvivo))).added).toEqual(nothingAdded)
    expect((await run(Import.importFile(store, exported.file))).added).toEqual(nothingAdded)
  })
})

const framework: Code[] = [
  { id: "vd/justice", name: "Justice", kind: "value", plugin: "vd" },
  { id: "vd/trust", name: "Trust", kind: "value", plugin: "vd" },
  { id: "vd/factors", name: "Factors", kind: "free", plugin: "vd" },
  { id: "vd/courts", name: "Few courts", parentId: "vd/factors", kind: "factor", plugin: "vd" },
  { id: "mine", name: "Open questions", kind: "free" },
]
const seed = (store: Store) =>
  seedSmall(store, framework, "vd/courts", [
    { id: "m1", target: "project", title: "Design", text: "Purposive sampling." },
    { id: "m2", target: "code", targetId: "vd/courts", text: "Only 3 special courts" },
    { id: "m3", target: "source", targetId: "s1", title: "Context", text: "Putrajaya" },
    { id: "m4", target: "segment", targetId: "g1", text: "Cite in chapter 5" },
  ])

describe("an exchange there and back", () => {
  it("adds nothing to the first project, memos included", async () => {
    const p = await memoryStore()
    await run(seed(p))
    const q = await memoryStore()
    const toQ = await run(Import.importFile(q, (await exportOf(p)).file))
    expect(toQ.added.memos).toBe(4)
    const back = await run(Import.importFile(p, (await exportOf(q)).file))
    expect(back.added).toEqual(nothingAdded)
    expect(await run(p.memos.list())).toHaveLength(4)
    // and again, the other way
    expect((await run(Import.importFile(q, (await exportOf(p)).file))).added).toEqual(nothingAdded)
    await run(p.close())
    await run(q.close())
  })

  it("keeps the first project's GUIDs in the second project's export", async () => {
    const p = await memoryStore()
    await run(seed(p))
    const fromP = await exportOf(p)
    const q = await memoryStore()
    await run(Import.importFile(q, fromP.file))
    const fromQ = await exportOf(q)
    for (const element of ["Code", "User", "TextSource", "PlainTextSelection", "Coding"])
      expect(attrs(fromQ.qde, element, ["guid"]).sort()).toEqual(attrs(fromP.qde, element, ["guid"]).sort())
    await run(p.close())
    await run(q.close())
  })
})

describe("the project's name", () => {
  it("is the peer's when its file brought the first sources, else the study's own", async () => {
    const name = (xml: string) => attrs(xml, "Project", ["name"])[0]
    const fresh = await memoryStore()
    await run(Import.importFile(fresh, nvivo))
    expect(name((await exportOf(fresh)).qde)).toEqual(["Untitled"])
    const study = await memoryStore()
    await run(seed(study))
    await run(Import.importFile(study, nvivo))
    expect(name((await exportOf(study)).qde)).toEqual(["Exported"])
    await run(fresh.close())
    await run(study.close())
  }, 120_000)
})

describe("which codes an export carries", () => {
  it("leaves out framework codes nothing uses, and the sets they would fill, unless all codes are asked for", async () => {
    const p = await memoryStore()
    await run(seed(p))
    const names = (xml: string, element = "Code") => attrs(xml, element, ["name"]).map(([n]) => n)
    const used = (await exportOf(p)).qde
    const all = (await exportOf(p, { allCodes: true })).qde
    // Few courts is coded, Factors is above it, Open questions is the researcher's own
    expect(names(used).sort()).toEqual(["Factors", "Few courts", "Open questions"])
    expect(names(all).sort()).toEqual(["Factors", "Few courts", "Justice", "Open questions", "Trust"].sort())
    // the value codes (Justice, Trust) are unused, so their set is left out too
    expect(names(used, "Set")).toEqual(["factor codes", "documents"])
    expect(names(all, "Set")).toEqual(["value codes", "factor codes", "documents"])
    await run(p.close())
  })
})
