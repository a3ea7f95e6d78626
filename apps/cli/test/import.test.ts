import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { beforeAll, describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

/** Every row of every table, in a stable order: the project as data. */
const dump = (db: string) => {
  const c = new DatabaseSync(db, { readOnly: true })
  try {
    const tables = c
      .prepare(
        // a full-text index is a virtual table: its rows are compared in its shadow tables
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL TABLE%' order by name",
      )
      .all()
      .map((r) => String(r.name))
    return Object.fromEntries(tables.map((t) => [t, c.prepare(`select * from "${t}" order by 1, 2`).all()]))
  } finally {
    c.close()
  }
}

const put = (dir: string, name: string, content: string | Uint8Array) => {
  mkdirSync(join(dir, name, ".."), { recursive: true })
  writeFileSync(join(dir, name), content)
  return join(dir, name)
}

const transcript = (id: string, group = "government") =>
  `---\nparticipant: ${id}\ngroup: ${group}\ncountry: MYS\n---\nInterviewer: How do agencies work together?\n${id}: Slowly, and not always 🙂 well.\n`

interface Summary {
  counts: { interview: number; document: number; statistics: number }
  observations: number
  participantsCreated: string[]
  skippedDuplicates: Array<{ file: string; sameAs: string }>
  replaced: unknown[]
  sources: Array<{ kind: string; participant?: string }>
}

describe("valuelens import", () => {
  let root: string
  let project: string
  beforeAll(() => {
    root = tempDir("vl-import-")
    project = join(root, "p")
    json(["init", project])
    // the project every bad import must leave untouched already holds an interview and its participant
    json(["import", put(root, "base/agc1.md", transcript("AGC 1")), "--project", project])
  })

  it("imports a folder, prints the summary, and skips the same files the second time", () => {
    const dir = join(root, "study")
    put(dir, "interviews/pdrm2.md", transcript("PDRM 2", "enforcement"))
    put(
      dir,
      "interviews/crlf-bom.txt",
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...Buffer.from(transcript("JIM 3", "enforcement").replaceAll("\n", "\r\n")),
      ]),
    )
    put(dir, "interviews/no-front-matter.txt", "Q: What do victims need?\nNGO 1: Interpreters.\n")
    put(
      dir,
      "stats/tiers.csv",
      "country,year,indicator,value,unit,source,confidence\nMYS,2022,tip.tier,Tier 3,,TIP2022,confirmed\nMYS,2023,tip.tier,Tier 2 Watch List,,TIP2023,confirmed\n",
    )
    put(
      dir,
      "docs/napt.md",
      "---\ntitle: National Action Plan 2021-2025\ntype: action-plan\ncountry: MYS\n---\nPillar 1: prosecution.\n",
    )
    const roster = put(
      root,
      "roster.csv",
      "participant,group,organisation,location,country,sector\nNGO 1,ngo,Tenaganita,Kuala Lumpur,MYS,labour\n",
    )
    const first = json<Summary>(["import", dir, "--roster", roster, "--project", project])
    expect(first.counts).toEqual({ interview: 3, document: 1, statistics: 1 })
    expect(first.observations).toBe(2)
    expect(first.participantsCreated).toEqual(["JIM 3", "NGO 1", "PDRM 2"])
    expect(first.sources.map((s) => s.participant ?? s.kind)).toEqual([
      "document",
      "JIM 3",
      "NGO 1",
      "PDRM 2",
      "statistics",
    ])
    const second = json<Summary>(["import", dir, "--roster", roster, "--project", project])
    expect(second.counts).toEqual({ interview: 0, document: 0, statistics: 0 })
    expect(second.skippedDuplicates.map((s) => s.sameAs)).toEqual([
      "napt.md",
      "crlf-bom.txt",
      "no-front-matter.txt",
      "pdrm2.md",
      "tiers.csv",
    ])
    const human = valuelens(["import", dir, "--roster", roster, "--project", project])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain(
      "Imported 0 interviews, 0 documents, 0 statistics files; 0 participants created.\nSkipped 5 duplicates (content already imported):",
    )
  })

  it("forces a kind with --kind", () => {
    const dir = join(root, "forced")
    put(dir, "memo.txt", "Interviewer: this is a document that quotes an interview.\n")
    const s = json<Summary>(["import", dir, "--kind", "document", "--project", project])
    expect(s.counts).toEqual({ interview: 0, document: 1, statistics: 0 })
    expect(valuelens(["import", dir, "--kind", "survey", "--project", project]).code).toBe(1)
  })

  const bad: Array<{ name: string; file: string; content: () => string | Uint8Array; message: RegExp }> = [
    { name: "an empty file", file: "empty.txt", content: () => "", message: /empty\.txt: the file is empty/ },
    {
      name: "a binary file",
      file: "blob.md",
      content: () => new Uint8Array(Array.from({ length: 1024 }, (_, i) => i % 256)),
      message: /blob\.md: this looks like a binary file/,
    },
    {
      name: "invalid UTF-8",
      file: "latin1.md",
      // "---\n" + "participant: X 1\n" + "---\n" + "X 1: caf" is 33 bytes; 0xE9 is Latin-1 é
      content: () => new Uint8Array([...Buffer.from("---\nparticipant: X 1\n---\nX 1: caf"), 0xe9, 0x0a]),
      message: /latin1\.md: invalid UTF-8 at byte 33 \(line 4\)/,
    },
    {
      name: "a transcript with no participant speech",
      file: "only-questions.md",
      content: () =>
        "---\nparticipant: AGC 9\ngroup: government\n---\nInterviewer: Hello?\nQ: Anyone there?\n",
      message: /only-questions\.md:5: no participant speech/,
    },
    {
      name: "an unknown participant",
      file: "who.txt",
      content: () => "Interviewer: Where do you work?\nPDRM 4: In Johor.\n",
      message:
        /who\.txt:2: unknown participant: no "participant:" in front matter, and neither the file name nor the speaker "PDRM 4" matches a roster row/,
    },
    {
      name: "a participant id with conflicting attributes",
      file: "agc1-again.md",
      content: () => transcript("AGC 1", "ngo").replace("Slowly", "Quickly"),
      message: /agc1-again\.md:3: participant "AGC 1" has group "ngo" here but "government" in the project/,
    },
    {
      name: "malformed front matter",
      file: "broken-yaml.md",
      content: () => "---\nparticipant: AGC 7\ngroup: [government\n---\nAGC 7: Yes.\n",
      message: /broken-yaml\.md:\d+: malformed front matter/,
    },
    {
      name: "an unreadable PDF",
      file: "report.pdf",
      content: () => "%PDF-1.7\nthis is not really a PDF\n%%EOF\n",
      message: /report\.pdf: not a readable PDF/,
    },
    {
      name: "a bad statistics row",
      file: "numbers.csv",
      content: () =>
        "country,year,indicator,value,unit,source,confidence\nMYS,2021,tip.tier,Tier 3,,TIP2021,\nMalaysia,2022,tip.tier,Tier 3,,TIP2022,\n",
      message: /numbers\.csv:3: country: expected an ISO3 code such as MYS \(got "Malaysia"\)/,
    },
    {
      name: "a REFI-QDA project that is not a zip archive",
      file: "study.qdpx",
      content: () => "PK\u0003\u0004",
      message: /study\.qdpx: not a zip archive \(no end of central directory\); expected a \.qdpx file/,
    },
  ]

  for (const b of bad)
    it(`refuses ${b.name} with exit 2, the file and place named, and the project row-for-row unchanged`, () => {
      const dir = join(root, `bad-${b.file}`)
      put(dir, "a-good.md", transcript("MMEA 2", "enforcement"))
      put(dir, b.file, b.content())
      const db = join(project, "valuelens.db")
      const before = dump(db)
      expect(before.participant?.length).toBeGreaterThan(0)
      const r = valuelens(["import", dir, "--project", project])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(b.message)
      expect(r.stderr).toContain(b.file)
      expect(r.stderr).not.toContain("    at ")
      expect(r.stdout).toBe("")
      expect(dump(db)).toEqual(before)
    })

  it("refuses bad files named one by one, and reports every bad file of a batch", () => {
    const dir = join(root, "named")
    const good = put(dir, "a-good.md", transcript("MMEA 3", "enforcement"))
    const qdpx = put(dir, "study.qdpx", "PK\u0003\u0004")
    const empty = put(dir, "empty.md", "")
    const numbers = put(
      dir,
      "numbers.csv",
      "country,year,indicator,value,unit,source,confidence\nMYS,2021,tip.tier,Tier 3,,TIP2021,\nMalaysia,2022,tip.tier,Tier 3,,TIP2022,\n",
    )
    const before = dump(join(project, "valuelens.db"))
    const refi = valuelens(["import", good, qdpx, "--project", project])
    // a REFI-QDA file goes to its own importer in the same transaction: its failure undoes the transcript too
    expect([refi.code, refi.stderr]).toEqual([
      2,
      `error: ${qdpx}: not a zip archive (no end of central directory); expected a .qdpx file\n`,
    ])
    const two = valuelens(["import", good, empty, numbers, "--project", project])
    expect(two.code).toBe(2)
    expect(two.stderr).toBe(
      `error: ${empty}: the file is empty\n1 more problem(s); nothing was imported:\n  ${numbers}:3: country: expected an ISO3 code such as MYS (got "Malaysia")\n`,
    )
    expect(dump(join(project, "valuelens.db"))).toEqual(before)
  })

  it("refuses a changed file of an imported name unless --replace", () => {
    const dir = join(root, "versions")
    const file = put(dir, "mapo1.md", transcript("MAPO 1"))
    json(["import", file, "--project", project])
    put(dir, "mapo1.md", transcript("MAPO 1").replace("Slowly", "Very slowly"))
    const db = join(project, "valuelens.db")
    const before = dump(db)
    const r = valuelens(["import", file, "--project", project])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("mapo1.md: a different version of mapo1.md is already in the project")
    expect(dump(db)).toEqual(before)
    const s = json<Summary>(["import", file, "--replace", "--project", project])
    expect(s.replaced).toHaveLength(1)
    expect(s.counts.interview).toBe(1)
  })

  it("names a missing path", () => {
    const r = valuelens(["import", join(root, "nowhere"), "--project", project])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("nowhere: no such file or folder")
  })
})
