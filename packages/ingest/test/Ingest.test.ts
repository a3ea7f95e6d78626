import { join } from "node:path"
import { Text } from "@valuelens/core"
import type { Store } from "@valuelens/store"
import { describe, expect, it } from "vitest"
import * as Ingest from "../src/Ingest.js"
import { docx, fail, pdf, project, put, run } from "./make.js"

const turnTexts = async (store: Store, sourceId: string) => {
  const source = (await run(store.sources.get(sourceId)))!
  const map = new Text.OffsetMap(source.text)
  return (await run(store.turns.forSource(sourceId))).map((t) => [
    t.speaker,
    map.slice(t.start, t.end),
    t.interviewer,
  ])
}

const AGC2 = [
  "---",
  "participant: AGC 2",
  "group: government",
  "organisation: Attorney General's Chambers",
  "location: Putrajaya",
  "country: MYS",
  "date: 2024-03-12",
  "language: en",
  "---",
  "Interviewer: How do agencies and NGOs work together on cases?",
  "AGC 2: The role of NGOs has to be defined clearly.",
  "We cannot share everything.",
  "",
].join("\n")

describe("Ingest.importPaths", () => {
  it("imports a CRLF transcript with a BOM exactly like its LF original", async () => {
    const { dir, store } = await project()
    put(dir, "in/agc2.md", new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(AGC2.replaceAll("\n", "\r\n"))]))
    const s = await run(Ingest.importPaths(store, [join(dir, "in")]))
    expect(s.counts).toEqual({ interview: 1, document: 0, statistics: 0 })
    expect(s.participantsCreated).toEqual(["AGC 2"])
    const source = (await run(store.sources.get(s.sources[0]!.id)))!
    expect(source.text).toBe(
      "Interviewer: How do agencies and NGOs work together on cases?\nAGC 2: The role of NGOs has to be defined clearly.\nWe cannot share everything.\n",
    )
    expect([source.participantId, source.date, source.year, source.language, source.title]).toEqual([
      "AGC 2",
      "2024-03-12",
      2024,
      "en",
      "agc2",
    ])
    expect(await turnTexts(store, source.id)).toEqual([
      ["Interviewer", "How do agencies and NGOs work together on cases?", true],
      ["AGC 2", "The role of NGOs has to be defined clearly.\nWe cannot share everything.", false],
    ])
    expect(await run(store.participants.get("AGC 2"))).toEqual({
      id: "AGC 2",
      group: "government",
      organisation: "Attorney General's Chambers",
      location: "Putrajaya",
      country: "MYS",
      attributes: {},
    })
    // the LF original has the same normalised content: a duplicate, skipped
    put(dir, "again/agc2-lf.md", AGC2)
    const again = await run(Ingest.importPaths(store, [join(dir, "again")]))
    expect(again.skippedDuplicates).toEqual([{ file: join(dir, "again", "agc2-lf.md"), sameAs: "agc2.md" }])
    expect((await run(store.counts())).sources).toBe(1)
  })

  it("keeps emoji and Malay turns at code point offsets", async () => {
    const { dir, store } = await project()
    const body =
      "Interviewer: Boleh cerita tentang mangsa? 🙏\nUUM Academic 1: Ramai mangsa 😔 tak tahu mereka mangsa — “pemerdagangan orang” ialah istilah asing.\nMereka takut 👮🏽‍♂️ polis.\n"
    put(
      dir,
      "uum1.txt",
      `---\nparticipant: UUM Academic 1\ngroup: academic\ncountry: MYS\nlanguage: ms\n---\n${body}`,
    )
    const s = await run(Ingest.importPaths(store, [join(dir, "uum1.txt")]))
    const id = s.sources[0]!.id
    const turns = await run(store.turns.forSource(id))
    const cps = [...(await run(store.sources.get(id)))!.text]
    expect(turns.map((t) => cps.slice(t.start, t.end).join(""))).toEqual([
      "Boleh cerita tentang mangsa? 🙏",
      "Ramai mangsa 😔 tak tahu mereka mangsa — “pemerdagangan orang” ialah istilah asing.\nMereka takut 👮🏽‍♂️ polis.",
    ])
    // "Interviewer: " is 13 code points; the question 30 with its emoji; then "\n" and "UUM Academic 1: " (17)
    expect(turns.map((t) => t.start)).toEqual([13, 60])
  })

  it("reads a Word transcript and a two-page PDF with its pages", async () => {
    const { dir, store } = await project()
    put(
      dir,
      "in/jim3.docx",
      await docx([
        "---",
        "participant: JIM 3",
        "group: enforcement",
        "country: MYS",
        "---",
        "Interviewer: Tell me about shelters.",
        "JIM 3: Some victims arrive with nothing.",
        "We have no interpreter.",
      ]),
    )
    put(
      dir,
      "in/tip-2023.pdf",
      await pdf([
        ["Malaysia: Tier 2 Watch List", "Prosecutions remained low."],
        ["Victim protection", "Shelters lacked medical staff."],
      ]),
    )
    put(
      dir,
      "in/tip-2023.meta.json",
      JSON.stringify({
        title: "TIP Report 2023",
        type: "tip-report",
        country: "MYS",
        year: 2023,
        publisher: "US Department of State",
      }),
    )
    const s = await run(Ingest.importPaths(store, [join(dir, "in")]))
    expect(s.counts).toEqual({ interview: 1, document: 1, statistics: 0 })
    const [interview, document] = s.sources
    expect(await turnTexts(store, interview!.id)).toEqual([
      ["Interviewer", "Tell me about shelters.", true],
      ["JIM 3", "Some victims arrive with nothing.\nWe have no interpreter.", false],
    ])
    const doc = (await run(store.sources.get(document!.id)))!
    expect([doc.title, doc.documentType, doc.country, doc.year, doc.metadata]).toEqual([
      "TIP Report 2023",
      "tip-report",
      "MYS",
      2023,
      { publisher: "US Department of State" },
    ])
    const pages = await run(store.pages.forSource(doc.id))
    expect(pages.map((p) => p.number)).toEqual([1, 2])
    const map = new Text.OffsetMap(doc.text)
    expect(map.slice(pages[0]!.start, pages[0]!.end)).toBe(
      "Malaysia: Tier 2 Watch List\nProsecutions remained low.",
    )
    expect(map.slice(pages[1]!.start, pages[1]!.end)).toBe(
      "Victim protection\nShelters lacked medical staff.",
    )
  })

  it("matches transcripts without front matter to a roster by file name and by speaker", async () => {
    const { dir, store } = await project()
    const roster = put(
      dir,
      "roster.csv",
      "participant,group,organisation,location,country,gender\nNGO 1,ngo,Tenaganita,Kuala Lumpur,MYS,female\nUNHCR 1,international-organisation,UNHCR,Kuala Lumpur,MYS,male\n",
    )
    put(dir, "in/ngo-1.txt", "Interviewer: What changed?\nR: Not much.\n")
    put(dir, "in/session-7.txt", "Q: Who refers victims?\nUNHCR 1: Mostly NGOs.\n")
    const s = await run(Ingest.importPaths(store, [join(dir, "in")], { rosters: [roster] }))
    expect(s.sources.map((x) => x.participant)).toEqual(["NGO 1", "UNHCR 1"])
    expect(s.participantsCreated).toEqual(["NGO 1", "UNHCR 1"])
    expect(await run(store.participants.get("NGO 1"))).toEqual({
      id: "NGO 1",
      group: "ngo",
      organisation: "Tenaganita",
      location: "Kuala Lumpur",
      country: "MYS",
      attributes: { gender: "female" },
    })
  })

  it("imports statistics and infers the kind of each file", async () => {
    const { dir, store } = await project()
    put(
      dir,
      "in/a-stats.csv",
      "country,year,indicator,value,unit,source,confidence\nMYS,2021,tip.tier,Tier 3,,TIP2021,confirmed\nMYS,2020,enforcement.convictions,5,cases,TIP2021,\n",
    )
    put(
      dir,
      "in/b-act.md",
      "---\ntitle: ATIPSOM Act 2007\ntype: legislation\ncountry: MYS\nyear: 2007\n---\n# Act 670\nSection 12. Trafficking in persons.\n",
    )
    put(dir, "in/c-notes.txt", "Plain notes without speakers.\n")
    put(dir, "in/d-readme.json", "{}")
    const s = await run(Ingest.importPaths(store, [join(dir, "in")]))
    expect(s.sources.map((x) => [x.kind, x.title])).toEqual([
      ["statistics", "a-stats"],
      ["document", "ATIPSOM Act 2007"],
      ["document", "c-notes"],
    ])
    expect(s.ignored).toEqual([join(dir, "in", "d-readme.json")])
    expect(await run(store.observations.list())).toEqual([
      {
        country: "MYS",
        year: 2020,
        indicator: "enforcement.convictions",
        value: 5,
        unit: "cases",
        source: "TIP2021",
        confidence: undefined,
        note: undefined,
      },
      {
        country: "MYS",
        year: 2021,
        indicator: "tip.tier",
        value: "Tier 3",
        unit: undefined,
        source: "TIP2021",
        confidence: "confirmed",
        note: undefined,
      },
    ])
  })

  it("with --replace keeps codings whose text is still there and reports the others", async () => {
    const { dir, store } = await project()
    const v1 =
      "---\nparticipant: AGC 1\ngroup: government\n---\nInterviewer: Why?\nAGC 1: Officers take bribes. Victims fear court.\n"
    const file = put(dir, "agc1.md", v1)
    const first = await run(Ingest.importPaths(store, [file]))
    const sourceId = first.sources[0]!.id
    const text = (await run(store.sources.get(sourceId)))!.text
    const at = (s: string) => [...text.slice(0, text.indexOf(s))].length
    const now = "2024-01-01T00:00:00.000Z"
    await run(
      store.codes.insert([
        { id: "vd/integrity", name: "integrity", kind: "value" },
        { id: "vd/justice", name: "justice", kind: "value" },
      ]),
    )
    await run(store.coders.ensure({ id: "ana", name: "Ana", engine: false }))
    await run(
      store.segments.insert([
        {
          id: "s1",
          sourceId,
          start: at("Officers"),
          end: at("Officers") + 21,
          text: "Officers take bribes.",
        },
        { id: "s2", sourceId, start: at("Victims"), end: at("Victims") + 19, text: "Victims fear court." },
      ]),
    )
    await run(
      store.codings.insert([
        {
          id: "c1",
          segmentId: "s1",
          codeId: "vd/integrity",
          coderId: "ana",
          status: "accepted",
          origin: "manual",
          createdAt: now,
          updatedAt: now,
        },
        {
          id: "c2",
          segmentId: "s2",
          codeId: "vd/justice",
          coderId: "ana",
          status: "accepted",
          origin: "manual",
          createdAt: now,
          updatedAt: now,
        },
      ]),
    )
    put(
      dir,
      "agc1.md",
      v1
        .replace("AGC 1: Officers", "AGC 1: Honestly, officers")
        .replace("Victims fear court.", "Victims fear the courts."),
    )
    const refused = await fail(Ingest.importPaths(store, [file]))
    expect(refused.reason).toBe("changed-file")
    expect(refused.message).toContain("agc1.md")
    put(
      dir,
      "agc1.md",
      v1
        .replace("AGC 1: Officers", "Interviewer: And?\nAGC 1: Frankly. Officers")
        .replace("Victims fear court.", "Victims fear the courts."),
    )
    const s = await run(Ingest.importPaths(store, [file], { replace: true }))
    expect(s.replaced).toEqual([
      {
        file,
        source: sourceId,
        segmentsKept: 1,
        segmentsMoved: 1,
        codingsKept: 1,
        lost: [
          {
            segment: "s2",
            start: at("Victims"),
            end: at("Victims") + 19,
            text: "Victims fear court.",
            codings: 1,
            codes: ["vd/justice"],
          },
        ],
      },
    ])
    const after = (await run(store.sources.get(sourceId)))!
    const seg = (await run(store.segments.forSource(sourceId)))[0]!
    expect(new Text.OffsetMap(after.text).slice(seg.start, seg.end)).toBe("Officers take bribes.")
    expect((await run(store.codings.list())).map((c) => c.id)).toEqual(["c1"])
    expect((await run(store.turns.forSource(sourceId))).map((t) => t.speaker)).toEqual([
      "Interviewer",
      "Interviewer",
      "AGC 1",
    ])
  })
})

describe("Ingest: replacing a source with pending suggestions", () => {
  it("re-anchors them like every coding, under their ids", async () => {
    const { dir, store } = await project()
    const v1 = "---\nparticipant: AGC 1\n---\nAGC 1: Officers take bribes. Victims fear court.\n"
    const file = put(dir, "agc1.md", v1)
    const sourceId = (await run(Ingest.importPaths(store, [file]))).sources[0]!.id
    const text = (await run(store.sources.get(sourceId)))!.text
    const at = (s: string) => [...text.slice(0, text.indexOf(s))].length
    await run(store.codes.insert([{ id: "vd/integrity", name: "integrity", kind: "value" }]))
    await run(store.coders.ensure({ id: "rules", name: "Rules", engine: true }))
    const start = at("Officers")
    const suggestion = {
      start,
      end: start + 21,
      codeId: "vd/integrity",
      origin: "rule:vd/integrity@en",
      score: 1,
      explanation: {
        matches: [{ term: "bribe", rule: "vd/integrity@en", start: start + 14, end: start + 20 }],
      },
    }
    await run(store.pending.replace(sourceId, "rules", [suggestion], "2024-01-01T00:00:00.000Z"))
    put(dir, "agc1.md", v1.replace("AGC 1: Officers", "AGC 1: Frankly. Officers"))
    const s = await run(Ingest.importPaths(store, [file], { replace: true }))
    expect(s.replaced[0]).toMatchObject({ segmentsKept: 1, segmentsMoved: 1, codingsKept: 1, lost: [] })
    const rows = await run(store.codings.rows())
    expect(rows.map((r) => [r.codingId, r.text, r.status])).toEqual([
      [`sug:${sourceId}:${start}-${start + 21}:vd/integrity`, "Officers take bribes.", "suggested"],
    ])
    expect(rows[0]!.start).toBe(start + 9)
    expect(await run(store.pending.count())).toBe(0)
  })
})

describe("Ingest: all or nothing", () => {
  it("collects every bad file, names each, and writes nothing", async () => {
    const { dir, store } = await project()
    put(dir, "in/a-good.md", AGC2)
    put(
      dir,
      "in/b-bad.md",
      new Uint8Array([...Buffer.from("---\nparticipant: X 1\n---\nX 1: caf"), 0xe9, ...Buffer.from(" ok\n")]),
    )
    put(dir, "in/c-empty.txt", "")
    const e = await fail(Ingest.importPaths(store, [join(dir, "in")]))
    expect(e.reason).toBe("invalid-utf8")
    // "---\n" 4 + "participant: X 1\n" 17 + "---\n" 4 + "X 1: caf" 8 bytes before the bad one
    expect(e.byte).toBe(33)
    expect(e.message.split("\n")[0]).toBe(
      `${join(dir, "in", "b-bad.md")}: invalid UTF-8 at byte 33 (line 4); save the file as UTF-8`,
    )
    expect(e.message).toContain(`${join(dir, "in", "c-empty.txt")}: the file is empty`)
    expect(await run(store.counts())).toMatchObject({ participants: 0, sources: 0 })
  })

  it("refuses the same participant with different attributes in two files", async () => {
    const { dir, store } = await project()
    put(dir, "in/a.md", AGC2)
    put(dir, "in/b.md", AGC2.replace("group: government", "group: ngo").replace("defined", "made"))
    const e = await fail(Ingest.importPaths(store, [join(dir, "in")]))
    expect(e.message).toBe(
      `${join(dir, "in", "b.md")}:3: participant "AGC 2" has group "ngo" here but "government" in ${join(dir, "in", "a.md")}:3; the same participant id must have the same attributes everywhere`,
    )
  })

  it("refuses a second speaker that is neither the participant nor an interviewer", async () => {
    const { dir, store } = await project()
    put(dir, "x.md", `${AGC2}AGC 3: I disagree.\n`)
    const e = await fail(Ingest.importPaths(store, [join(dir, "x.md")]))
    expect([e.reason, e.line]).toEqual(["unknown-speaker", 13])
  })
})
