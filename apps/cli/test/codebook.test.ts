/**
 * Keeping the codebook through the real binary on the example study: create, describe, move, merge, split and
 * delete codes, each undone through the shared history; `--dry-run` lists the codings a change would touch; a
 * codebook exported with its criteria and examples imports into another project with them. And renaming a
 * participant, which changes what findings cite, undone the same way.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const examples = join(import.meta.dirname, "..", "..", "..", "examples", "malaysia-value-deficits")
let dir = ""

beforeAll(() => {
  dir = join(tempDir(), "study")
  json(["init", dir])
  json(["import", join(examples, "transcripts"), "--project", dir])
}, 120_000)

const run = (...args: ReadonlyArray<string>) => valuelens([...args, "--project", dir])
const ok = (...args: ReadonlyArray<string>) => {
  const r = run(...args)
  if (r.code !== 0) throw new Error(`valuelens ${args.join(" ")} exited ${r.code}: ${r.stderr}`)
  return r.stdout
}

describe("valuelens codebook", { timeout: 240_000 }, () => {
  it("creates a sub-code, describes it, and shows its definition", () => {
    expect(ok("codebook", "create", "Weak oversight", "--parent", "vd/integrity")).toBe(
      "Created Weak oversight (free/weak-oversight) under vd/integrity. Undo with: valuelens code undo\n",
    )
    ok(
      "codebook",
      "describe",
      "free/weak-oversight",
      "--definition",
      "Nobody checks what officers do.",
      "--include",
      "missing audits, no supervision",
      "--exclude",
      "bribes (code Integrity)",
      "--example",
      "It depends very much on the officer in charge.",
    )
    ok("code", "add", "05-agc-1:2", "free/weak-oversight", "--coder", "ana")
    expect(ok("codebook", "show", "free/weak-oversight")).toBe(
      [
        "Weak oversight (free/weak-oversight), a free code, under vd/integrity",
        "Definition: Nobody checks what officers do.",
        "Inclusion criteria: missing audits, no supervision",
        "Exclusion criteria: bribes (code Integrity)",
        "Examples:",
        "  - It depends very much on the officer in charge.",
        "Codings: 1 accepted, 0 suggested; sub-codes: none; memos: 0",
        "",
      ].join("\n"),
    )
    const tree = ok("codebook", "list").split("\n")
    expect(tree.slice(0, 2)).toEqual([
      "code                                                    id                             kind    codings",
      "------------------------------------------------------  -----------------------------  ------  -------",
    ])
    expect(tree.filter((l) => l.includes("ntegrity") || l.includes("oversight"))).toEqual([
      "Integrity                                               vd/integrity                   value         0",
      "  Weak oversight                                        free/weak-oversight            free          1",
    ])
  })

  it("refuses to rename, move or delete a code a plugin defines, and changes nothing", () => {
    const before = ok("codebook", "list")
    for (const args of [
      ["rename", "vd/trust", "Confidence"],
      ["move", "vd/trust", "--parent", "vd/justice"],
      ["delete", "vd/trust"],
    ]) {
      const r = run("codebook", ...args)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('the plugin "vd" defines it')
    }
    expect(ok("codebook", "list")).toBe(before)
  })

  it("previews a merge, merges, and undoes it", () => {
    ok("codebook", "create", "Collusion")
    ok("code", "add", "05-agc-1:2", "free/collusion", "--coder", "ana")
    ok("code", "add", "05-agc-1:4.3", "free/collusion", "--coder", "ana")
    const before = ok("codebook", "list")
    expect(ok("codebook", "merge", "free/collusion", "free/weak-oversight", "--dry-run")).toBe(
      [
        "Merging free/collusion into free/weak-oversight would change 2 codings:",
        "change     source    participant  coder  status    passage",
        "---------  --------  -----------  -----  --------  ----------------------------------------",
        "collapsed  05-agc-1  AGC 1        ana    accepted  Things have improved since the last ame…",
        "moved      05-agc-1  AGC 1        ana    accepted  The budget for awareness campaigns is v…",
        "Nothing was changed (--dry-run).",
        "",
      ].join("\n"),
    )
    expect(ok("codebook", "list")).toBe(before)
    expect(ok("codebook", "merge", "free/collusion", "free/weak-oversight")).toBe(
      "Merged free/collusion into free/weak-oversight: 1 coding(s) moved, 1 collapsed into ones already there. Undo with: valuelens code undo\n",
    )
    expect(ok("codebook", "list")).not.toContain("free/collusion")
    expect(ok("code", "undo")).toBe("Undid: merge free/collusion into free/weak-oversight\n")
    expect(ok("codebook", "list")).toBe(before)
  })

  it("splits a code by the text of its passages, moves the new code, and deletes it with a preview", () => {
    expect(ok("codebook", "split", "free/collusion", "Budgets", "--containing", "BUDGET")).toBe(
      "Split 1 coding(s) of free/collusion into Budgets (free/budgets). Undo with: valuelens code undo\n",
    )
    ok("codebook", "move", "free/budgets", "--parent", "vd/civic-responsibility")
    const moved = json<{ code: { parentId: string } }>(["codebook", "show", "free/budgets", "--project", dir])
    expect(moved.code.parentId).toBe("vd/civic-responsibility")
    const cycle = run("codebook", "move", "free/weak-oversight", "--parent", "free/weak-oversight")
    expect(cycle.stderr).toBe("error: cannot move free/weak-oversight under itself\n")
    const before = ok("codebook", "list")
    expect(ok("codebook", "delete", "free/weak-oversight", "--dry-run")).toBe(
      [
        "Deleting free/weak-oversight would change 1 coding:",
        "change   source    participant  coder  status    passage",
        "-------  --------  -----------  -----  --------  ----------------------------------------",
        "removed  05-agc-1  AGC 1        ana    accepted  Things have improved since the last ame…",
        "It would also drop its inclusion and exclusion criteria and examples.",
        "Nothing was changed (--dry-run).",
        "",
      ].join("\n"),
    )
    ok("codebook", "delete", "free/weak-oversight")
    expect(ok("codebook", "list")).not.toContain("free/weak-oversight")
    ok("code", "undo")
    expect(ok("codebook", "list")).toBe(before)
    expect(ok("codebook", "show", "free/weak-oversight")).toContain(
      "Inclusion criteria: missing audits, no supervision",
    )
  })

  it("exports the codebook with criteria and examples, and another project imports them", () => {
    const csv = join(tempDir(), "codebook.csv")
    ok("export", "codebook", "--out", csv)
    const lines = readFileSync(csv, "utf8").split("\r\n")
    expect(lines[0]).toBe("tag,description,inclusion,exclusion,examples,colour")
    expect(lines.filter((l) => l.startsWith("Integrity/"))).toEqual([
      'Integrity/Weak oversight,Nobody checks what officers do.,"missing audits, no supervision",bribes (code Integrity),It depends very much on the officer in charge.,',
    ])
    const qdc = join(tempDir(), "codebook.qdc")
    ok("export", "codebook", "--out", qdc)
    for (const file of [csv, qdc]) {
      const other = join(tempDir(), "other")
      json(["init", other, "--plugins", ""])
      json(["import", file, "--codebook", "--project", other])
      const code = json<Array<{ id: string; name: string }>>(["codebook", "list", "--project", other]).find(
        (c) => c.name === "Weak oversight",
      )!
      expect(
        valuelens(["codebook", "show", code.id, "--project", other]).stdout.split("\n").slice(1, 6),
      ).toEqual([
        "Definition: Nobody checks what officers do.",
        "Inclusion criteria: missing audits, no supervision",
        "Exclusion criteria: bribes (code Integrity)",
        "Examples:",
        "  - It depends very much on the officer in charge.",
      ])
    }
  })
})

describe("valuelens participant rename", { timeout: 240_000 }, () => {
  it("renames a participant, findings cite the new id, and undo brings the old one back", () => {
    const cite = () => ok("retrieve", "--code", "free/weak-oversight").split("\n")[0]
    expect(cite()).toBe("(AGC 1) 05-agc-1 2.1")
    expect(ok("participant", "rename", "agc-1", "AGC 9")).toBe(
      "Renamed participant AGC 1 to AGC 9. Undo with: valuelens code undo\n",
    )
    expect(cite()).toBe("(AGC 9) 05-agc-1 2.1")
    const taken = run("participant", "rename", "AGC 9", "NSO-MAPO 1")
    expect([taken.code, taken.stderr]).toEqual([
      2,
      'error: participant "NSO-MAPO 1" already exists; a rename cannot merge two participants\n',
    ])
    expect(ok("code", "undo")).toBe("Undid: rename participant AGC 1 to AGC 9\n")
    expect(cite()).toBe("(AGC 1) 05-agc-1 2.1")
  })
})
