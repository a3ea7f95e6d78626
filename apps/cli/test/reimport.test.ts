/**
 * Re-importing an edited transcript keeps its codings: every coder's codings follow their words into the new
 * text, those on a deleted passage are detached (listed, placed or dropped), and the re-import is one step of
 * `code undo`.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const FRONT = "---\nparticipant: AGC 1\ngroup: government\ncountry: MYS\n---\n"
const V1 = `${FRONT}Interviewer: What happens to the cases?
AGC 1: Officers take bribes from syndicates.
Interviewer: And the victims?
AGC 1: Victims are afraid to testify in court.
`
// one word added to the first answer; the second answer's words are gone
const V2 = V1.replace("from syndicates.", "from the syndicates.").replace(
  "Victims are afraid to testify in court.",
  "I cannot say.",
)

interface Row {
  readonly coder: string
  readonly code: string
  readonly text: string
  readonly start: number
}
interface Detached {
  readonly coding: { readonly id: string; readonly codeId: string; readonly coderId: string }
  readonly segment: { readonly text: string }
}

describe("import --replace of an edited transcript", () => {
  it("re-anchors every coder's codings, detaches the rest for placing or dropping, and undoes in one step", () => {
    const dir = join(tempDir(), "p")
    json(["init", dir])
    const file = join(dir, "agc1.md")
    writeFileSync(file, V1)
    const imported = json<{ sources: Array<{ id: string }> }>(["import", file, "--project", dir])
    const source = imported.sources[0]!.id
    const body = V1.slice(FRONT.length)
    const code = (words: string, codeId: string, coder: string, text = body) => {
      const start = [...text.slice(0, text.indexOf(words))].length
      const end = start + [...words].length
      json(["code", "add", source, String(start), String(end), codeId, "--coder", coder, "--project", dir])
    }
    code("Officers take bribes from syndicates.", "vd/integrity", "ana")
    code("Officers take bribes from syndicates.", "vd/integrity", "ben")
    code("Victims are afraid to testify in court.", "vd/justice", "ana")
    const rows = () =>
      json<Row[]>(["export", "codings", "--format", "json", "--project", dir])
        .map((r) => `${r.coder} ${r.code} ${r.start} ${r.text}`)
        .sort()
    const before = rows()

    writeFileSync(file, V2)
    const replaced = json<{
      replaced: Array<{ codingsKept: number; detached: ReadonlyArray<unknown> }>
    }>(["import", file, "--replace", "--project", dir])
    expect(replaced.replaced).toHaveLength(1)
    expect(replaced.replaced[0]!.codingsKept).toBe(2)
    expect(replaced.replaced[0]!.detached).toEqual([
      expect.objectContaining({
        text: "Victims are afraid to testify in court.",
        codings: 1,
        codes: ["vd/justice"],
      }),
    ])
    const body2 = V2.slice(FRONT.length)
    const at = (words: string) => [...body2.slice(0, body2.indexOf(words))].length
    expect(rows()).toEqual([
      `ana vd/integrity ${at("Officers")} Officers take bribes from the syndicates.`,
      `ben vd/integrity ${at("Officers")} Officers take bribes from the syndicates.`,
    ])
    const [detached] = json<Detached[]>(["code", "detached", "list", "--project", dir])
    expect(detached!.coding).toMatchObject({ codeId: "vd/justice", coderId: "ana" })
    expect(detached!.segment.text).toBe("Victims are afraid to testify in court.")

    // one undo step: the old version and all three codings, where they were
    expect(json(["code", "undo", "--project", dir])).toEqual({ undone: "import --replace agc1.md" })
    expect(rows()).toEqual(before)
    expect(json(["code", "detached", "list", "--project", dir])).toEqual([])
    expect(json(["code", "redo", "--project", dir])).toEqual({ redone: "import --replace agc1.md" })

    // the researcher places the detached coding on the new answer, changes their mind, and drops it
    const start = at("I cannot say.")
    const place = valuelens([
      "code",
      "detached",
      "place",
      detached!.coding.id,
      String(start),
      String(start + 13),
      "--project",
      dir,
    ])
    expect(place.code).toBe(0)
    expect(place.stdout).toContain(
      `Placed ${detached!.coding.id} (vd/justice) on ${start}–${start + 13}: "I cannot say."`,
    )
    expect(rows()).toContain(`ana vd/justice ${start} I cannot say.`)
    json(["code", "undo", "--project", dir])
    expect(json(["code", "detached", "drop", detached!.coding.id, "--project", dir])).toEqual({
      dropped: [detached!.coding.id],
    })
    expect(json(["code", "detached", "list", "--project", dir])).toEqual([])
    expect(rows()).toHaveLength(2)
    const unknown = valuelens(["code", "detached", "drop", "nope", "--project", dir])
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      2,
      expect.stringContaining('no detached coding "nope"; list them with: valuelens code detached list'),
    ])
  })
})
