import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import * as Document from "../src/document/Document.js"
import * as FrontMatter from "../src/FrontMatter.js"
import { joinPages } from "../src/pdf/PdfExtractor.js"
import * as Roster from "../src/roster/Roster.js"
import * as Statistics from "../src/statistics/Statistics.js"

const error = <A>(
  exit: Exit.Exit<A, { message: string; line?: number | undefined; field?: string | undefined }>,
) => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const f = exit.cause.reasons.find((r) => r._tag === "Fail")
  if (f?._tag !== "Fail") throw new Error("expected a typed failure")
  return f.error
}

describe("FrontMatter.split", () => {
  it("splits the block from the body and knows each key's line", async () => {
    const fm = await Effect.runPromise(
      FrontMatter.split(
        "---\nparticipant: AGC 2\ngroup: government\ndate: 2024-03-12\n---\n\nAGC 2: Yes.\n",
        "t.md",
      ),
    )
    expect(fm.data).toEqual({ participant: "AGC 2", group: "government", date: "2024-03-12" })
    expect(fm.lines).toEqual({ participant: 2, group: 3, date: 4 })
    expect(fm.body).toBe("AGC 2: Yes.\n")
    expect(fm.bodyLine).toBe(7)
  })

  it("names the line of a YAML error and of an unclosed block", async () => {
    const bad = await Effect.runPromiseExit(
      FrontMatter.split("---\nparticipant: AGC 2\ngroup: [x\n---\nA: b\n", "t.md"),
    )
    expect(error(bad).message).toMatch(/^t\.md:\d+: malformed front matter/)
    const open = await Effect.runPromiseExit(
      FrontMatter.split("---\nparticipant: AGC 2\nAGC 2: hi\n", "t.md"),
    )
    expect(error(open).message).toBe(
      "t.md:1: malformed front matter: the block opened with --- is never closed; end it with a line holding only ---",
    )
    const list = await Effect.runPromiseExit(FrontMatter.split("---\n- a\n- b\n---\nx\n", "t.md"))
    expect(error(list).line).toBe(2)
  })

  it("leaves a text without front matter whole", async () => {
    const fm = await Effect.runPromise(FrontMatter.split("Interviewer: hi\n---\n", "t.md"))
    expect(fm.present).toBe(false)
    expect(fm.body).toBe("Interviewer: hi\n---\n")
  })
})

describe("Statistics.read", () => {
  const header = "country,year,indicator,value,unit,source,confidence\n"

  it("reads the long format, numbers as numbers and categories as text", () => {
    const exit = Statistics.read(
      `${header}MYS,2021,tip.tier,Tier 3,,TIP2021,confirmed\nPHL,2019,enforcement.convictions,"1,00",cases,TIP2020,\nMYS,2017,victims.identified,1558,persons,NYMINUTE17,single-source\n`,
      "s.csv",
    )
    if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
    expect(exit.value.map((r) => [r.line, r.observation.value, r.observation.unit])).toEqual([
      [2, "Tier 3", undefined],
      [3, "1,00", "cases"],
      [4, 1558, "persons"],
    ])
  })

  it("names the line and field of the first bad row", () => {
    const e = error(
      Statistics.read(
        `${header}MYS,2021,tip.tier,Tier 3,,TIP2021,\nMYS,20x1,tip.tier,Tier 2,,TIP2022,\n`,
        "s.csv",
      ),
    )
    expect(e.line).toBe(3)
    expect(e.field).toBe("year")
    expect(e.message).toBe('s.csv:3: year: expected a whole number (got "20x1")')
    const country = error(Statistics.read(`${header}Malaysia,2021,tip.tier,Tier 3,,TIP2021,\n`, "s.csv"))
    expect([country.line, country.field]).toEqual([2, "country"])
    const missing = error(Statistics.read(`${header}MYS,2021,tip.tier,,,TIP2021,\n`, "s.csv"))
    expect([missing.line, missing.field]).toEqual([2, "value"])
  })

  it("refuses a wide table and the same observation with two values", () => {
    expect(error(Statistics.read("country,2019,2020\nMYS,1,2\n", "w.csv")).message).toContain(
      "missing year, indicator, value, source",
    )
    const e = error(
      Statistics.read(
        `${header}MYS,2021,tip.tier,Tier 3,,TIP2021,\nMYS,2021,tip.tier,Tier 2,,TIP2021,\n`,
        "s.csv",
      ),
    )
    expect([e.line, e.field]).toEqual([3, "value"])
  })

  it("reports an unclosed quote with its line", () => {
    expect(error(Statistics.read(`${header}MYS,2021,tip.tier,"Tier 3,,TIP2021,\n`, "s.csv")).message).toMatch(
      /^s\.csv:2: malformed CSV/,
    )
  })
})

describe("Roster.read", () => {
  it("reads participants, with extra columns as attributes", () => {
    const exit = Roster.read(
      "participant,group,organisation,location,country,gender,years_in_post\nUUM Academic 1,academic,UUM,Sintok,MYS,female,12\nJIM 3,enforcement,JIM,,MYS,,\n",
      "r.csv",
    )
    if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
    expect(
      exit.value.map((e) => [e.id, e.fields.group, e.fields.location, e.fields.attributes, e.line]),
    ).toEqual([
      ["UUM Academic 1", "academic", "Sintok", { gender: "female", years_in_post: "12" }, 2],
      ["JIM 3", "enforcement", undefined, {}, 3],
    ])
  })

  it("names the row and field of a bad group and of a repeated participant", () => {
    const e = error(Roster.read("participant,group\nAGC 1,goverment\n", "r.csv"))
    expect([e.line, e.field]).toEqual([2, "group"])
    expect(e.message).toContain("expected one of government, enforcement, academic")
    const d = error(Roster.read("participant,group\nAGC 1,government\nAGC 1,ngo\n", "r.csv"))
    expect(d.message).toBe(
      'r.csv:3: participant "AGC 1" is listed twice (first on line 2); keep one row per participant',
    )
  })
})

describe("Document.meta and sidecars", () => {
  it("decodes type, country and year and keeps other keys", () => {
    const exit = Document.meta(
      {
        title: "TIP Report 2023",
        type: "tip-report",
        country: "MYS",
        year: 2023,
        publisher: "US State Department",
        url: "x",
      },
      { file: "d.pdf" },
    )
    if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
    expect(exit.value).toEqual({
      title: "TIP Report 2023",
      type: "tip-report",
      country: "MYS",
      year: 2023,
      language: undefined,
      date: undefined,
      metadata: { publisher: "US State Department", url: "x" },
    })
  })

  it("names the field of bad metadata and the line of bad JSON", () => {
    expect(error(Document.meta({ type: "report" }, { file: "d.pdf" })).field).toBe("type")
    expect(error(Document.sidecar('{\n  "title": "x",\n}', "d.meta.json")).message).toMatch(
      /^d\.meta\.json:3: not valid JSON/,
    )
  })
})

describe("PDF pages", () => {
  it("keeps each page's span in code points", () => {
    const { text, pages } = joinPages(["Halaman 😀 satu\n", "Page two"])
    expect(text).toBe("Halaman 😀 satu\n\nPage two")
    expect(pages).toEqual([
      { number: 1, start: 0, end: 14 },
      { number: 2, start: 16, end: 24 },
    ])
  })
})
