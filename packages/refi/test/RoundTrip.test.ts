/**
 * Export then import into a fresh project: everything REFI-QDA can carry comes back the same, the exports are
 * valid against the official schemas, and offsets survive emoji and Malay text.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Code, Coding, Memo, Participant, Segment, Source } from "@valuelens/core"
import { Ids, Text } from "@valuelens/core"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { Effect } from "effect"
import * as fc from "fast-check"
import { unzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { validateXML } from "xmllint-wasm"
import { Export, Import } from "../src/index.js"
import { nothingAdded, run, schema, tempDir } from "./helpers.js"
import { snapshot } from "./snapshot.js"

const memoryStore = () => run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
const origin = "ValueLens 0.1.0"
const at = "2026-03-01T09:00:00.000Z"

const interview = Text.normalise(
  "Interviewer: Bagaimana kerjasama agensi?\r\nAGC 2: Peranan NGO perlu jelas 😔 — kami tidak dapat berkongsi maklumat.\r\nInterviewer: Dan mahkamah?\r\nAGC 2: Mahkamah khas terlalu sedikit 👩🏽‍⚖️, kes lambat.\n",
)
const report = "Trafficking in Persons Report 2023: Malaysia remains on Tier 2 Watch List.\nConvictions fell."

const codes: Code[] = [
  {
    id: "vd/justice",
    name: "Justice",
    description: "charges, courts",
    colour: "#1f77b4",
    kind: "value",
    plugin: "vd",
  },
  { id: "vd/trust", name: "Trust", colour: "#ff7f0e", kind: "value", plugin: "vd" },
  { id: "factors", name: "Factors", kind: "free" },
  { id: "vd/resources", name: "Resource constraints", parentId: "factors", kind: "factor", plugin: "vd" },
  { id: "vd/courts", name: "Few specialised courts", parentId: "vd/resources", colour: "#abc", kind: "area" },
  { id: "open", name: "Open code & <stuff>", description: 'quotes "here"', kind: "free" },
]
const participants: Participant[] = [
  {
    id: "AGC 2",
    group: "government",
    organisation: "Attorney General's Chambers",
    location: "Putrajaya",
    country: "MYS",
    attributes: { role: "prosecutor", years: "12" },
  },
  { id: "UUM Academic 1", group: "academic", attributes: {} },
]
const sources: Source[] = [
  {
    id: "src-agc2",
    kind: "interview",
    title: "AGC 2 interview",
    text: interview,
    hash: Ids.sha256(interview),
    language: "ms",
    country: "MYS",
    year: 2024,
    participantId: "AGC 2",
    metadata: {},
    position: 0,
    importedAt: at,
  },
  {
    id: "src-tip",
    kind: "document",
    title: "TIP report 2023",
    text: report,
    hash: Ids.sha256(report),
    documentType: "tip-report",
    year: 2023,
    metadata: {},
    position: 1,
    importedAt: at,
  },
]

const span = (sourceId: string, text: string, quote: string): Segment => {
  const i = text.indexOf(quote)
  const map = new Text.OffsetMap(text)
  return {
    id: `seg-${sourceId}-${i}`,
    sourceId,
    start: map.toCodePoint(i),
    end: map.toCodePoint(i + quote.length),
    text: quote,
  }
}
const segments: Segment[] = [
  span("src-agc2", interview, "Peranan NGO perlu jelas 😔"),
  span("src-agc2", interview, "NGO perlu jelas 😔 — kami tidak dapat berkongsi maklumat"),
  span("src-agc2", interview, "Mahkamah khas terlalu sedikit 👩🏽‍⚖️, kes lambat."),
  span("src-tip", report, "Convictions fell."),
  span("src-tip", report, "Tier 2 Watch List"),
]
const coding = (
  n: number,
  seg: number,
  codeId: string,
  coderId: string,
  status: Coding["status"] = "accepted",
): Coding => ({
  id: `c${n}`,
  segmentId: segments[seg]!.id,
  codeId,
  coderId,
  status,
  origin: status === "accepted" ? "manual" : "rule:r1",
  createdAt: at,
  updatedAt: at,
})
const codings: Coding[] = [
  coding(1, 0, "vd/trust", "alice"),
  coding(2, 0, "vd/trust", "bob"),
  coding(3, 1, "vd/trust", "alice"),
  coding(4, 2, "vd/courts", "alice"),
  coding(5, 2, "vd/justice", "bob"),
  coding(6, 3, "vd/justice", "alice"),
  coding(7, 4, "open", "rules", "suggested"),
  coding(8, 3, "open", "rules", "rejected"),
]
const memos: Memo[] = [
  {
    id: "m1",
    target: "project",
    title: "Design",
    text: "Sampling: purposive.\nTwo rounds.",
    author: "alice",
    createdAt: at,
  },
  {
    id: "m2",
    target: "code",
    targetId: "vd/courts",
    text: "Only 3 special courts 😔",
    author: "alice",
    createdAt: at,
  },
  {
    id: "m3",
    target: "source",
    targetId: "src-agc2",
    title: "Context",
    text: "Recorded in Putrajaya",
    author: "bob",
    createdAt: at,
  },
  {
    id: "m4",
    target: "segment",
    targetId: segments[0]!.id,
    title: "Key quote",
    text: "Cite in chapter 5",
    author: "alice",
    createdAt: at,
  },
]

const seed = (store: Store) =>
  Effect.gen(function* () {
    yield* store.codes.insert(codes)
    yield* store.settings.set(Export.NOT_CODABLE_SETTING, ["factors"])
    yield* store.coders.ensure({ id: "alice", name: "Alice Tan", engine: false })
    yield* store.coders.ensure({ id: "bob", name: "Bob", engine: false })
    yield* store.coders.ensure({ id: "rules", name: "rules", engine: true })
    yield* store.participants.insert(participants)
    yield* store.sources.insert(sources)
    yield* store.segments.insert(segments)
    yield* store.codings.insert(codings)
    for (const m of memos) yield* store.memos.insert(m)
  })

const xsdValid = async (xml: string, xsd: string) => {
  const r = await validateXML({
    xml: [{ fileName: "export.xml", contents: xml }],
    schema: [{ fileName: xsd, contents: readFileSync(schema(xsd), "utf8") }],
  })
  return r.errors.map((e) => e.message)
}

const exportTo = async (store: Store, includeSuggestions = false) => {
  const { bytes } = await run(Export.qdpx(store, "Malaysia study", { origin, includeSuggestions }))
  const file = join(tempDir(), "study.qdpx")
  writeFileSync(file, bytes)
  return { file, bytes }
}

describe("round trip through .qdpx", () => {
  it("exports a project that validates against Project.xsd, with its texts in sources/", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const { bytes } = await exportTo(a)
    const zip = unzipSync(bytes)
    const qde = new TextDecoder().decode(zip["project.qde"]!)
    expect(await xsdValid(qde, "Project.xsd")).toEqual([])
    expect(qde).toContain('xmlns="urn:QDA-XML:project:1.0"')
    const guid = Export.guidOf.source("src-agc2")
    expect(qde).toContain(`plainTextPath="internal://${guid}.txt"`)
    expect(new TextDecoder().decode(zip[`sources/${guid}.txt`]!)).toBe(interview)
    // accepted only: the suggested and rejected codings by the rule engine stay home
    // six codings, and one tying participant AGC 2 to its interview through a code with the case's GUID
    expect(qde.match(/<Coding /g)).toHaveLength(7)
    const caseGuid = /<Case guid="([^"]+)" name="AGC 2"/.exec(qde)?.[1]
    expect(qde).toContain(`<Code guid="${caseGuid}" name="AGC 2" isCodable="true"/>`)
    expect(qde.match(new RegExp(`<CodeRef targetGUID="${caseGuid}"/>`, "g"))).toHaveLength(1)
    expect(qde).toContain('isCodable="false"')
    expect(qde).toContain('color="#abc"')
    await run(a.close())
  })

  it("exports the same GUIDs, indeed the same bytes, every time", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const first = (await exportTo(a)).bytes
    const second = (await exportTo(a)).bytes
    expect(second).toEqual(first)
    await run(a.close())
  })

  it("imports back into a fresh project with the same codes, segments, codings, participants and memos", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const { file } = await exportTo(a)
    const b = await memoryStore()
    const summary = await run(Import.importFile(b, file))
    const before = await run(snapshot(a))
    const after = await run(snapshot(b))
    // the segment only a suggestion pointed at, and the suggestion itself, are not exported by default
    const exported = {
      ...before,
      segments: before.segments.filter((s) => !s.includes("Tier 2")),
      codings: before.codings.filter((c) => !c.includes('"coder":"rules"')),
      // a coding memo travels as its selection's Description, which has no title (it comes back as a comment);
      // a memo without a title travels as a note, which QualCoder needs named
      memos: before.memos
        .map((m) => m.replace('"title":"Key quote"', '"title":"Comment"'))
        .map((m) =>
          m.replace('{"on":"Factors/Resource constraints/Few specialised courts",', '$&"title":"Memo",'),
        )
        .sort(),
    }
    expect(after).toEqual(exported)
    expect(summary.tool).toBe("valuelens")
    expect(summary.skipped.sets).toBe(0)
    // importing the same file again adds nothing
    const again = await run(Import.importFile(b, file))
    expect(again.added).toEqual(nothingAdded)
    expect(await run(snapshot(b))).toEqual(after)
    await run(a.close())
    await run(b.close())
  })

  it("carries suggestions too when asked", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const { file } = await exportTo(a, true)
    const b = await memoryStore()
    await run(Import.importFile(b, file))
    const codingsAfter = (await run(snapshot(b))).codings
    expect(codingsAfter).toHaveLength(7)
    expect(codingsAfter.some((c) => c.includes("Tier 2 Watch List") || c.includes('"coder":"rules"'))).toBe(
      true,
    )
    await run(a.close())
    await run(b.close())
  })

  it("carries pending suggestions when asked, on segments of their own", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const convictions = segments[3]!
    // a suggestion on a span no segment has yet: the report's first sentence up to "Convictions"
    await run(
      a.pending.replace(
        "src-tip",
        "rules",
        [
          {
            start: 0,
            end: convictions.start,
            codeId: "open",
            origin: "rule:r2",
            score: 1,
            explanation: { matches: [] },
          },
        ],
        at,
      ),
    )
    const without = await exportTo(a)
    const b = await memoryStore()
    await run(Import.importFile(b, without.file))
    const b1 = await run(b.codings.rows({ coderIds: ["rules"] }))
    const c = await memoryStore()
    await run(Import.importFile(c, (await exportTo(a, true)).file))
    const c1 = await run(c.codings.rows({ coderIds: ["rules"] }))
    expect(b1).toEqual([])
    expect(c1.map((r) => [r.sourceTitle, r.start, r.end, r.text, r.codeName, r.status]).sort()).toEqual([
      [
        "TIP report 2023",
        0,
        convictions.start,
        report.slice(0, report.indexOf("Convictions")),
        "Open code & <stuff>",
        "accepted",
      ],
      [
        "TIP report 2023",
        segments[4]!.start,
        segments[4]!.end,
        "Tier 2 Watch List",
        "Open code & <stuff>",
        "accepted",
      ],
    ])
    for (const s of [a, b, c]) await run(s.close())
  })
})

describe("codebook .qdc", () => {
  it("exports a codebook that validates against Codebook.xsd and imports as the same tree", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const { xml, codes: n } = await run(Export.codebook(a, { origin }))
    expect(n).toBe(6)
    expect(await xsdValid(xml, "Codebook.xsd")).toEqual([])
    const file = join(tempDir(), "framework.qdc")
    writeFileSync(file, xml)
    const b = await memoryStore()
    const summary = await run(Import.importFile(b, file))
    expect(summary.found.codes).toBe(6)
    expect((await run(snapshot(b))).codes).toEqual((await run(snapshot(a))).codes)
    await run(a.close())
    await run(b.close())
  })
})

describe("codebook definitions", () => {
  it("carry inclusion and exclusion criteria and examples through a .qdc and back", async () => {
    const a = await memoryStore()
    await run(seed(a))
    const [first] = await run(a.codes.list())
    const guidance = {
      codeId: first!.id,
      inclusion: "officers paid by syndicates",
      exclusion: "lack of staff",
      examples: ["they are paid to look away", "a tip-off before the raid"],
    }
    await run(a.guidance.put(guidance))
    const { xml } = await run(Export.codebook(a, { origin }))
    expect(await xsdValid(xml, "Codebook.xsd")).toEqual([])
    expect(xml).toContain("Inclusion criteria: officers paid by syndicates")
    const file = join(tempDir(), "defined.qdc")
    writeFileSync(file, xml)
    const b = await memoryStore()
    await run(Import.importFile(b, file))
    const imported = (await run(b.codes.list())).find((c) => c.name === first!.name)!
    expect(imported.description).toBe(first!.description)
    expect(await run(b.guidance.list())).toEqual([{ ...guidance, codeId: imported.id }])
    await run(a.close())
    await run(b.close())
  })
})

describe("offsets in emoji and Malay text", () => {
  const alphabet = fc.constantFrom(
    ..."abc kami tidak dapat ",
    "😔",
    "👩🏽‍⚖️",
    "é",
    "e\u0301",
    "ñ",
    "\n",
    "\r\n",
    "\t",
    "ꦗ",
    "漢",
    "𝔸",
  )
  it("keeps every segment's offsets and text through export and import", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(alphabet, { minLength: 2, maxLength: 200 }).map((xs) => Text.normalise(xs.join(""))),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        async (text, pairs) => {
          const length = Text.codePointLength(text)
          fc.pre(length >= 2)
          const map = new Text.OffsetMap(text)
          const spans = [
            ...new Set(
              pairs.map(([x, y]) => {
                const s = x % length
                const e = s + 1 + (y % (length - s))
                return `${s}:${Math.min(e, length)}`
              }),
            ),
          ].map((k) => k.split(":").map(Number) as [number, number])
          const a = await memoryStore()
          const source: Source = { ...sources[0]!, participantId: undefined, text, hash: Ids.sha256(text) }
          const segs = spans.map(([s, e], i) => ({
            id: `s${i}`,
            sourceId: source.id,
            start: s,
            end: e,
            text: map.slice(s, e),
          }))
          await run(
            Effect.gen(function* () {
              yield* a.codes.insert([codes[0]!])
              yield* a.coders.ensure({ id: "alice", name: "Alice", engine: false })
              yield* a.sources.insert([source])
              yield* a.segments.insert(segs)
              yield* a.codings.insert(
                segs.map((s, i) => ({
                  ...coding(i, 0, "vd/justice", "alice"),
                  id: `k${i}`,
                  segmentId: s.id,
                })),
              )
            }),
          )
          const { file } = await exportTo(a)
          const b = await memoryStore()
          await run(Import.importFile(b, file))
          const back = (await run(b.segments.all())).map(({ start, end, text }) => ({ start, end, text }))
          const sortSpans = <A extends { start: number; end: number }>(xs: A[]) =>
            [...xs].sort((x, y) => x.start - y.start || x.end - y.end)
          expect(sortSpans(back)).toEqual(
            sortSpans(segs.map(({ start, end, text }) => ({ start, end, text }))),
          )
          await run(a.close())
          await run(b.close())
        },
      ),
      { numRuns: 25 },
    )
    // 25 exports, each validated against Project.xsd, and 25 imports: on a loaded machine more than a minute
  }, 300_000)
})
