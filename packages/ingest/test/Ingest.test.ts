import { join } from "node:path"
import { Manual } from "@valuelens/coding"
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

  it("with --replace re-anchors every coding by its words, detaches those it cannot place, and is one undo step", async () => {
    const { dir, store } = await project()
    const v1 =
      "---\nparticipant: AGC 1\ngroup: government\n---\nInterviewer: Why?\nAGC 1: Officers take bribes. Victims fear court. Cases wait years.\n"
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
    await run(store.coders.ensure({ id: "ben", name: "Ben", engine: false }))
    const segment = (id: string, words: string) => ({
      id,
      sourceId,
      start: at(words),
      end: at(words) + words.length,
      text: words,
    })
    await run(
      store.segments.insert([
        segment("s1", "Officers take bribes."),
        segment("s2", "Victims fear court."),
        segment("s3", "Cases wait years."),
      ]),
    )
    const coding = (id: string, segmentId: string, codeId: string, coderId: string) => ({
      id,
      segmentId,
      codeId,
      coderId,
      status: "accepted" as const,
      origin: "manual",
      createdAt: now,
      updatedAt: now,
    })
    await run(
      store.codings.insert([
        coding("c1", "s1", "vd/integrity", "ana"),
        coding("c2", "s2", "vd/justice", "ana"),
        coding("c2b", "s2", "vd/justice", "ben"),
        coding("c3", "s3", "vd/justice", "ben"),
      ]),
    )
    // an earlier action in the undo history, which undoing the re-import must leave alone
    const earlier = await run(
      Manual.codeRange(store, {
        sourceId,
        start: at("Officers"),
        end: at("Officers") + 8,
        codeId: "vd/integrity",
        coderId: "ben",
      }),
    )
    put(dir, "agc1.md", v1.replace("AGC 1: Officers take bribes.", "AGC 1: Honestly, officers take bribes."))
    const refused = await fail(Ingest.importPaths(store, [file]))
    expect(refused.reason).toBe("changed-file")
    expect(refused.message).toContain("agc1.md")
    // a new question before the answer, a one-word edit ("court" → "courts"), a deleted sentence
    const v2 = v1
      .replace("AGC 1: Officers", "Interviewer: And?\nAGC 1: Frankly. Officers")
      .replace("Victims fear court. Cases wait years.", "Victims fear courts.")
    put(dir, "agc1.md", v2)
    const s = await run(Ingest.importPaths(store, [file], { replace: true }))
    expect(s.replaced).toEqual([
      {
        file,
        source: sourceId,
        segmentsKept: 3,
        segmentsMoved: 3,
        codingsKept: 4,
        detached: [
          {
            segment: "s3",
            start: at("Cases"),
            end: at("Cases") + 17,
            text: "Cases wait years.",
            codings: 1,
            codes: ["vd/justice"],
          },
        ],
      },
    ])
    const rows = await run(store.codings.rows())
    expect(rows.map((r) => [r.codingId, r.coderId, r.text]).sort()).toEqual(
      [
        ["c1", "ana", "Officers take bribes."],
        ["c2", "ana", "Victims fear courts."],
        ["c2b", "ben", "Victims fear courts."],
        [earlier.coding.id, "ben", "Officers"],
      ].sort(),
    )
    const detached = await run(store.detached.list())
    expect(detached.map((d) => [d.coding.id, d.coding.coderId, d.segment.text])).toEqual([
      ["c3", "ben", "Cases wait years."],
    ])
    expect((await run(store.turns.forSource(sourceId))).map((t) => t.speaker)).toEqual([
      "Interviewer",
      "Interviewer",
      "AGC 1",
    ])

    // one undo brings the old version back with every coding where it was; the next undoes the earlier coding
    expect(await run(Manual.undo(store))).toBe("import --replace agc1.md")
    expect((await run(store.sources.get(sourceId)))!.text).toBe(text)
    const back = await run(store.codings.rows())
    expect(back.map((r) => [r.codingId, r.start, r.text]).sort()).toEqual(
      [
        ["c1", at("Officers"), "Officers take bribes."],
        ["c2", at("Victims"), "Victims fear court."],
        ["c2b", at("Victims"), "Victims fear court."],
        ["c3", at("Cases"), "Cases wait years."],
        [earlier.coding.id, at("Officers"), "Officers"],
      ].sort(),
    )
    expect(await run(store.detached.list())).toEqual([])
    expect((await run(store.turns.forSource(sourceId))).map((t) => t.speaker)).toEqual([
      "Interviewer",
      "AGC 1",
    ])
    expect(await run(Manual.undo(store))).toMatch(/^code /)
    expect((await run(store.codings.rows())).map((r) => r.codingId).sort()).toEqual(["c1", "c2", "c2b", "c3"])
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
    expect(s.replaced[0]).toMatchObject({ segmentsKept: 1, segmentsMoved: 1, codingsKept: 1, detached: [] })
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
