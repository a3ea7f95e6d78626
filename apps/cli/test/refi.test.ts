import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { unzipSync, zipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const samples = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "refi", "samples")
const nvivo = join(samples, "nvivo-12.6-two-coders.qdpx")

interface Counts {
  readonly counts: Record<string, number>
}

describe("valuelens import --codebook / export codebook --format csv", () => {
  it("reads Taguette's CSV into the code tree and writes it back with Taguette's columns and the criteria", () => {
    const dir = tempDir()
    const a = join(dir, "a")
    json(["init", a])
    const taguette = join(dir, "taguette.csv")
    writeFileSync(
      taguette,
      'tag,description,number of highlights,number of documents\r\nCourts,"Capacity, delay",4,2\r\nCourts/Special courts,Only three,1,1\r\n=Rates,,0,0\r\n',
    )
    const { refi } = json<{ refi: { added: { codes: number } }[] }>([
      "import",
      taguette,
      "--codebook",
      "--project",
      a,
    ])
    expect(refi[0]!.added.codes).toBe(3)
    const out = join(dir, "codebook.csv")
    expect(json<{ format: string }>(["export", "codebook", "--out", out, "--project", a]).format).toBe("csv")
    const lines = readFileSync(out, "utf8").split("\r\n")
    expect(lines[0]).toBe("tag,description,inclusion,exclusion,examples,colour")
    // a name a spreadsheet would run as a formula is written with a leading apostrophe
    expect(lines).toEqual(
      expect.arrayContaining([
        'Courts,"Capacity, delay",,,,',
        "Courts/Special courts,Only three,,,,",
        "'=Rates,,,,,",
      ]),
    )
    // and read back as it was: importing the export adds nothing
    expect(
      json<{ refi: { added: { codes: number } }[] }>(["import", out, "--codebook", "--project", a]).refi[0]!
        .added.codes,
    ).toBe(0)
  })
})

describe("valuelens import / export qdpx", () => {
  it("imports the NVivo project, exports it, and the export imports again with the same counts", () => {
    const dir = tempDir()
    const a = join(dir, "a")
    json(["init", a])
    const { refi: imported } = json<{ refi: { added: Record<string, number>; tool: string }[] }>([
      "import",
      nvivo,
      "--project",
      a,
    ])
    expect(imported[0]!.tool).toBe("nvivo")
    expect(imported[0]!.added).toMatchObject({ codes: 152, coders: 2, sources: 2, codings: 303 })

    const out = join(dir, "a.qdpx")
    const exported = json<{ selections: number; codings: number }>([
      "export",
      "qdpx",
      "--out",
      out,
      "--project",
      a,
    ])
    expect(exported).toMatchObject({ selections: 303, codings: 303 })
    const qde = new TextDecoder().decode(unzipSync(readFileSync(out))["project.qde"]!)
    expect(qde.match(/<PlainTextSelection /g)).toHaveLength(303)

    const b = join(dir, "b")
    json(["init", b])
    json(["import", out, "--project", b])
    const counts = (p: string) => json<Counts>(["status", "--project", p]).counts
    expect(counts(b)).toEqual(counts(a))

    const qdc = join(dir, "codes.qdc")
    // the NVivo project's 152 codes; the 15 of the framework every new project starts with are unused
    expect(json<{ codes: number }>(["export", "codebook", "--out", qdc, "--project", a]).codes).toBe(152)
    const all = join(dir, "all.qdc")
    expect(
      json<{ codes: number }>(["export", "codebook", "--out", all, "--project", a, "--all-codes"]).codes,
    ).toBe(167)
    const c = join(dir, "c")
    json(["init", c])
    json(["import", all, "--project", c])
    expect(counts(c).codes).toBe(167)
  })

  it("measures agreement between the NVivo project's two users", () => {
    const p = join(tempDir(), "p")
    json(["init", p])
    json(["import", nvivo, "--project", p])
    const r = json<{
      coders: string[]
      unit: string
      units: number
      overall: { alpha?: { value: number | null } }
    }>(["agreement", "--coders", "Gergo,floriansipos", "--project", p])
    expect(r.coders).toEqual(["Gergo", "floriansipos"])
    // NVivo sources have no speaker turns, so `--unit turn` falls back to paragraphs
    expect(r.unit).toBe("turn")
    expect(r.units).toBeGreaterThan(0)
    expect(r.overall.alpha?.value).toBeTypeOf("number")
  })

  it("prints a readable summary that says what was skipped and what is missing", () => {
    const p = join(tempDir(), "p")
    json(["init", p])
    const r = valuelens(["import", join(samples, "atlasti-8.4-missing-sources.qdpx"), "--project", p])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("added: 14 codes")
    expect(r.stdout).toContain("skipped (ValueLens codes text only): 2 pdf, 1 picture, 1 audio, 2 video")
    expect(r.stdout).toContain("missing from the file: 17 source files")
  })

  it("exits 2 on a hostile archive and leaves the project as it was", () => {
    const dir = tempDir()
    const p = join(dir, "p")
    json(["init", p])
    json(["import", join(samples, "hand-authored-all-elements.qde"), "--project", p])
    const before = json<Counts>(["status", "--project", p]).counts
    const evil = join(dir, "evil.qdpx")
    writeFileSync(
      evil,
      zipSync({
        "project.qde": new TextEncoder().encode("<Project name='x'/>"),
        "../../outside.txt": new Uint8Array(1),
      }),
    )
    const r = valuelens(["import", join(samples, "atlasti-8.4-missing-sources.qdpx"), evil, "--project", p])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: .*evil\.qdpx: entry "\.\.\/\.\.\/outside\.txt" has a '\.\.' step/)
    expect(json<Counts>(["status", "--project", p]).counts).toEqual(before)
    expect(valuelens(["import", join(dir, "notes.docx"), "--project", p]).code).toBe(2)
  })
})
