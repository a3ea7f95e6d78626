/**
 * The four real REFI-QDA files in the repository's fixtures: what each is documented to hold must arrive in the
 * project. Expected values come from the fixtures' documentation and from reading the files independently
 * (fflate and regular expressions), never from the importer.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Code } from "@valuelens/core"
import { unzipSync } from "fflate"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Export, Import } from "../src/index.js"
import { newProject, run, sample, tempDir } from "./helpers.js"
import { makeZip, utf8 } from "./zipkit.js"

type Opened = Awaited<ReturnType<typeof newProject>>

const depth = (codes: ReadonlyArray<Code>) => {
  const byId = new Map(codes.map((c) => [c.id, c]))
  const level = (c: Code): number => (c.parentId ? 1 + level(byId.get(c.parentId)!) : 1)
  return Math.max(...codes.map(level))
}

describe("NVivo 12.6 project with two coders", () => {
  let p: Opened
  let summary: Import.Summary
  beforeAll(async () => {
    p = await newProject()
    summary = await run(Import.importFile(p.store, sample("nvivo-12.6-two-coders.qdpx")))
  })
  afterAll(() => run(p.store.close()))

  it("yields 152 codes, 151 codable, in a tree four levels deep", async () => {
    const codes = await run(p.store.codes.list())
    expect(codes).toHaveLength(152)
    const notCodable = (await run(p.store.settings.get(Export.NOT_CODABLE_SETTING))) as string[]
    expect(codes.filter((c) => !notCodable.includes(c.id))).toHaveLength(151)
    expect(codes.find((c) => notCodable.includes(c.id))?.name).toBe("Attituderoots")
    expect(depth(codes)).toBe(4)
    expect(codes.find((c) => c.name === "2. Attitűd szint az oltáshoz")?.description).toContain(
      "Elfogadó (zöld)",
    )
  })

  it("yields 2 coders, 2 text sources and 303 codings: 297 by one coder and 6 by the other", async () => {
    expect((await run(p.store.coders.list())).map((c) => c.id)).toEqual(["Gergo", "floriansipos"])
    expect(await run(p.store.sources.list())).toHaveLength(2)
    const codings = await run(p.store.codings.list())
    expect(codings).toHaveLength(303)
    expect(codings.filter((c) => c.coderId === "floriansipos")).toHaveLength(297)
    expect(codings.filter((c) => c.coderId === "Gergo")).toHaveLength(6)
    expect(new Set(codings.map((c) => `${c.status} ${c.origin}`))).toEqual(new Set(["accepted import:nvivo"]))
    expect(summary.found.codings).toBe(303)
    expect(summary.missing).toEqual([])
  })

  it("puts each selection on the text its offsets name, CRLF and emoji notwithstanding", async () => {
    // NVivo counts UTF-16 code units over the CRLF text without its BOM; read it that way, independently
    const zip = unzipSync(readFileSync(sample("nvivo-12.6-two-coders.qdpx")))
    const qde = new TextDecoder().decode(zip["project.qde"]!)
    const sources = await run(p.store.sources.listWithText())
    const segments = await run(p.store.segments.all())
    let checked = 0
    for (const [, guid, body] of qde.matchAll(/<TextSource guid="([^"]+)"[^>]*>([\s\S]*?)<\/TextSource>/g)) {
      const raw = new TextDecoder().decode(zip[`Sources/${guid}.txt`]!).replace(/^\uFEFF/, "")
      const source = sources.find((s) => (s.metadata.refi as { guid: string }).guid === guid)!
      expect(source.text).toBe(raw.replaceAll("\r\n", "\n"))
      for (const [, a, b] of body!.matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g)) {
        const cp = (s: string) => [...s.replaceAll("\r\n", "\n")].length
        const start = cp(raw.slice(0, Number(a)))
        const end = cp(raw.slice(0, Number(b)))
        const text = raw.slice(Number(a), Number(b)).replaceAll("\r\n", "\n")
        expect(segments).toContainEqual({ id: expect.any(String), sourceId: source.id, start, end, text })
        checked++
      }
    }
    expect(checked).toBe(303)
    expect(segments.some((s) => /👍/u.test(s.text))).toBe(true)
  })
})

describe("ATLAS.ti 8.4 standard project", () => {
  it("finds its 14 codes and 16 codings, and says why none of the codings could come in", async () => {
    const p = await newProject()
    const summary = await run(Import.importFile(p.store, sample("atlasti-8.4-standard-project.qde")))
    expect(summary.found.codes).toBe(14)
    expect(summary.found.codings).toBe(16)
    expect((await run(p.store.codes.list())).map((c) => c.name)).toContain('"rushed"')
    expect(summary.tool).toBe("atlas.ti")
    // 7 codings on the six text sources (whose files are not beside the .qde), 9 on PDF, picture and video
    expect(summary.skipped.codings).toBe(16)
    expect(summary.skipped.sources).toEqual({ pdf: 2, picture: 1, audio: 1, video: 2, missingText: 6 })
    // the PDFs' page areas, and their text selections with the other text sources' (their text files are missing)
    expect(summary.skipped.selections).toMatchObject({ pdf: 4, picture: 1, video: 2, missingSource: 8 })
    expect((await run(p.store.counts())).codings).toBe(0)
    await run(p.store.close())
  })
})

describe("ATLAS.ti archive with missing sources (CRLF)", () => {
  it("imports its codebook and reports its 17 missing sources", async () => {
    const p = await newProject()
    const summary = await run(Import.importFile(p.store, sample("atlasti-8.4-missing-sources.qdpx")))
    expect(summary.missing).toHaveLength(17)
    expect(summary.missing.every((m) => m.startsWith("internal://"))).toBe(true)
    const codes = await run(p.store.codes.list())
    expect(codes).toHaveLength(14)
    expect(codes.find((c) => c.name === "Coke::diet Coke")).toMatchObject({
      colour: "#966450",
      description: "non sucré",
    })
    expect((await run(p.store.memos.list())).map((m) => m.title).sort()).toEqual([
      "My favorite Coke ad",
      "Research Plan",
    ])
    await run(p.store.close())
  })
})

describe("hand-authored file with every element", () => {
  const qde = readFileSync(sample("hand-authored-all-elements.qde"))
  const text = "Diet and health are closely linked, she said.\n"

  it("keeps its case, variables and non-codable parent code when the source text is absent", async () => {
    const p = await newProject()
    const summary = await run(Import.importFile(p.store, sample("hand-authored-all-elements.qde")))
    expect(await run(p.store.participants.list())).toEqual([
      {
        id: "Participant 1",
        group: "other",
        organisation: undefined,
        location: undefined,
        country: undefined,
        attributes: { Age: "34", Consented: "true", description: "A pseudonymised interview participant." },
      },
    ])
    const codes = await run(p.store.codes.list())
    expect(depth(codes)).toBe(3)
    const notCodable = (await run(p.store.settings.get(Export.NOT_CODABLE_SETTING))) as string[]
    expect(codes.filter((c) => notCodable.includes(c.id)).map((c) => c.name)).toEqual(["Topics"])
    expect(summary.missing).toContain("internal://11111111-1111-1111-1111-111111111111.txt")
    expect(summary.skipped.selections).toMatchObject({
      picture: 1,
      pdf: 1,
      audio: 1,
      video: 1,
      transcript: 1,
    })
    // the case is coded as a whole: ValueLens codes text, so the summary says it left that out
    expect(summary.notImported).toMatchObject({ "Case/CodeRef": 1 })
    await run(p.store.close())
  })

  const check = async (p: Opened) => {
    const [source] = await run(p.store.sources.listWithText())
    expect(source).toMatchObject({
      title: "Interview 1.txt",
      kind: "interview",
      participantId: "Participant 1",
    })
    const segments = (await run(p.store.segments.all())).map(({ start, end, text }) => ({ start, end, text }))
    expect(segments.sort((a, b) => a.start - b.start)).toEqual([
      { start: 0, end: 15, text: "Diet and health" },
      { start: 9, end: 23, text: "health are clo" },
    ])
    expect((await run(p.store.codings.list())).map((c) => c.coderId)).toEqual([
      "Researcher A",
      "Researcher A",
    ])
    const [memo] = await run(p.store.memos.list())
    expect(memo).toMatchObject({ title: "Research memo", target: "segment", author: "Researcher A" })
  }

  it("keeps its overlapping selections once its source travels with it in a .qdpx", async () => {
    const file = join(tempDir(), "hand.qdpx")
    writeFileSync(
      file,
      makeZip([
        { name: "project.qde", data: qde },
        { name: "Sources/11111111-1111-1111-1111-111111111111.txt", data: utf8(text) },
      ]),
    )
    const p = await newProject()
    await run(Import.importFile(p.store, file))
    await check(p)
    await run(p.store.close())
  })

  it("reads a bare .qde's sources from the folder beside it", async () => {
    const dir = tempDir()
    copyFileSync(sample("hand-authored-all-elements.qde"), join(dir, "project.qde"))
    mkdirSync(join(dir, "sources"))
    writeFileSync(join(dir, "sources", "11111111-1111-1111-1111-111111111111.txt"), text)
    const p = await newProject()
    await run(Import.importFile(p.store, join(dir, "project.qde")))
    await check(p)
    await run(p.store.close())
  })
})
