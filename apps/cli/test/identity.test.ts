/**
 * One definition of a source's identity (`SourceIdentity.hash` in core) across readers: a file imported, then
 * the same project exported to REFI-QDA and imported back, then exported again, holds the same sources, and
 * a REFI-QDA project whose files are imported again adds nothing either.
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { unzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { json, tempDir } from "./run.js"

const corpus = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "examples",
  "malaysia-value-deficits",
)
const files = [join(corpus, "transcripts"), join(corpus, "documents")]

interface Status {
  readonly counts: Record<string, number>
}
interface Imported {
  readonly skippedDuplicates: ReadonlyArray<unknown>
  readonly counts: Record<string, number>
  readonly refi?: ReadonlyArray<{ readonly added: Record<string, number> }>
}

const selections = (qdpx: string) =>
  (
    new TextDecoder().decode(unzipSync(readFileSync(qdpx))["project.qde"]!).match(/<PlainTextSelection /g) ??
    []
  ).length

describe("a source is its text, whichever way it arrives", () => {
  it("import by file, export .qdpx, import it into the same project: nothing is added; re-export is the same", () => {
    const dir = tempDir()
    const p = join(dir, "p")
    json(["init", p, "--plugins", "framework-value-deficits,country-malaysia"])
    const first = json<Imported & { sources: ReadonlyArray<{ id: string }> }>([
      "import",
      ...files,
      "--project",
      p,
    ])
    expect(first.counts).toEqual({ interview: 15, document: 3, statistics: 0 })
    json(["code", "auto", "--accept", "--project", p])
    json(["code", "add", first.sources[0]!.id, "0", "12", "vd/trust", "--coder", "alice", "--project", p])
    const before = json<Status>(["status", "--project", p]).counts
    expect(before.sources).toBe(18)

    const out = join(dir, "p.qdpx")
    json(["export", "qdpx", "--out", out, "--project", p])
    const again = json<Imported>(["import", out, "--project", p])
    expect(again.refi?.[0]?.added).toEqual({
      codes: 0,
      coders: 0,
      participants: 0,
      sources: 0,
      segments: 0,
      codings: 0,
      memos: 0,
    })
    expect(json<Status>(["status", "--project", p]).counts).toEqual(before)

    const out2 = join(dir, "p2.qdpx")
    json(["export", "qdpx", "--out", out2, "--project", p])
    expect(selections(out2)).toBe(selections(out))
  })

  it("a project imported from .qdpx recognises the same files imported again", () => {
    const dir = tempDir()
    const a = join(dir, "a")
    json(["init", a])
    json(["import", ...files, "--project", a])
    const out = join(dir, "a.qdpx")
    json(["export", "qdpx", "--out", out, "--project", a])

    const b = join(dir, "b")
    json(["init", b])
    json(["import", out, "--project", b])
    const files2 = json<Imported>(["import", ...files, "--project", b])
    expect(files2.counts).toEqual({ interview: 0, document: 0, statistics: 0 })
    expect(files2.skippedDuplicates).toHaveLength(18)
    expect(json<Status>(["status", "--project", b]).counts.sources).toBe(18)
  })
})
