import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const EVIL = "<img src=x onerror=alert(1)>"

const PLUGIN = `export default {
  apiVersion: 1,
  meta: { name: "local-values", version: "1.0.0", namespace: "vd" },
  values: [
    { id: "vd/integrity", name: "Integrity", definition: "Honest enforcement." },
    { id: "vd/justice", name: "Justice", definition: "Fair prosecution." },
    { id: "vd/civic-responsibility", name: "Civic responsibility", definition: "Public awareness." },
  ],
  factors: [{ id: "vd/weak-monitoring", name: "Weak monitoring", definition: "Little oversight.", drives: ["vd/integrity"] }],
  reportSections: [{ id: "vd/note", title: "A note from the framework", markdown: "Read **this**." }],
}
`

/**
 * A project whose only plugin is a local file (made through the store, so the default framework is never synced),
 * holding one coded interview by a participant with a hostile name.
 */
const project = async (coded: boolean) => {
  const dir = join(tempDir(), "p")
  const created = await Effect.runPromise(Project.create(dir, { name: "p", plugins: ["./vd.mjs"] }))
  await Effect.runPromise(created.store.close())
  writeFileSync(join(dir, "vd.mjs"), PLUGIN)
  if (coded) {
    const text = `${EVIL}: Officers took bribes from the syndicate.`
    const at = "2025-01-01T00:00:00.000Z"
    await Effect.runPromise(
      Effect.gen(function* () {
        const p = yield* Project.open(dir)
        yield* p.store.transaction((tx) =>
          Effect.gen(function* () {
            yield* tx.participants.insert([{ id: EVIL, group: "ngo", attributes: {} }])
            yield* tx.sources.insert([
              {
                id: "a",
                kind: "interview",
                title: "a",
                text,
                hash: "h",
                participantId: EVIL,
                metadata: {},
                position: 0,
                importedAt: at,
              },
            ])
            yield* tx.segments.insert([
              { id: "s", sourceId: "a", start: 30, end: text.length, text: text.slice(30) },
            ])
            yield* tx.codes.insert([{ id: "vd/integrity", name: "Integrity", kind: "value", plugin: "vd" }])
            yield* tx.coders.ensure({ id: "NA", name: "NA", engine: false })
            yield* tx.codings.insert([
              {
                id: "k",
                segmentId: "s",
                codeId: "vd/integrity",
                coderId: "NA",
                status: "accepted",
                origin: "manual",
                createdAt: at,
                updatedAt: at,
              },
            ])
          }),
        )
        yield* p.store.close()
      }),
    )
  }
  return dir
}

interface Result {
  format: string
  out: string
  files: string[]
  sections: string[]
  themes: number
  computed: Record<string, boolean>
}

describe("valuelens report", () => {
  it("writes every format and prints where the files went", async () => {
    const dir = await project(true)
    const out = tempDir("vl-out-")
    for (const format of ["md", "html", "json", "docx"]) {
      const r = json<Result>([
        "report",
        "--format",
        format,
        "--out",
        join(out, `r.${format}`),
        "--project",
        dir,
      ])
      expect(r.files).toEqual([join(out, `r.${format}`)])
      expect(existsSync(r.files[0]!)).toBe(true)
      // links, saturation and triangulation are computed on every report; reliability needs an agreement run
      // and the comparison a country plugin, neither of which this project has
      expect(r.computed).toEqual({
        model: true,
        saturation: true,
        reliability: false,
        comparison: false,
        triangulation: true,
      })
    }
    const csv = json<Result>(["report", "--format", "csv", "--out", join(out, "tables"), "--project", dir])
    expect(csv.out).toBe(join(out, "tables"))
    expect(readdirSync(join(out, "tables"))).toContain("themes.csv")
    expect(readFileSync(join(out, "tables", "themes.csv"), "utf8").split("\r\n")[1]).toBe(
      "vd/integrity,Integrity,value,1,1,1,1,0,0",
    )

    const html = readFileSync(join(out, "r.html"), "utf8")
    expect(html).not.toContain(EVIL)
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;")
    for (const w of ["Integrity", "Justice", "Civic responsibility", "A note from the framework"])
      expect(html).toContain(w)
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
    expect(JSON.parse(readFileSync(join(out, "r.json"), "utf8")).version).toBe(1)
  })

  it("works on a project with nothing coded, saying what could not be computed", async () => {
    const dir = await project(false)
    const file = join(tempDir("vl-out-"), "r.md")
    const r = valuelens(["report", "--format", "md", "--out", file, "--project", dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^Wrote the md report to .*r\.md\n {2}4 themes, 0 participants, 0 accepted codings\n {2}not computed: reliability, comparison\n$/,
    )
    const md = readFileSync(file, "utf8")
    expect(md).toContain("Inter-coder reliability was not computed for this report")
    expect(md).toContain("#### Civic responsibility\n")
  })

  it("narrows to --sections and sets --quotes", async () => {
    const dir = await project(true)
    const file = join(tempDir("vl-out-"), "r.md")
    const r = json<Result>([
      "report",
      "--format",
      "md",
      "--out",
      file,
      "--sections",
      "method,summary",
      "--quotes",
      "0",
      "--project",
      dir,
    ])
    expect(r.sections).toEqual(["summary", "method"])
    expect([...readFileSync(file, "utf8").matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual([
      "The study",
      "Method notes",
    ])
    const all = join(tempDir("vl-out-"), "all.json")
    json(["report", "--format", "json", "--out", all, "--quotes", "0", "--project", dir])
    expect(JSON.parse(readFileSync(all, "utf8")).themes[0].quotations).toEqual([])
  })

  it("exits 1 on an unknown section or format, 2 on a missing project", () => {
    const out = join(tempDir("vl-out-"), "r.md")
    const bad = valuelens(["report", "--format", "md", "--out", out, "--sections", "summary,nope"])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain("unknown section nope")
    expect(valuelens(["report", "--format", "pdf", "--out", out]).code).toBe(1)
    expect(valuelens(["report", "--format", "md", "--out", out, "--project", tempDir()]).code).toBe(2)
    expect(existsSync(out)).toBe(false)
  })
})
