/**
 * Paths taken from a REFI-QDA project stay inside its folder: links are resolved before the check, and
 * `absolute://` sources are read only when allowed. A refused import leaves the project as it was.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput } from "@valuelens/core"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { beforeEach, describe, expect, it } from "vitest"
import { Import } from "../src/index.js"
import { failure, qde, run, tempDir } from "./helpers.js"

/** A folder outside the project's, holding a file nobody meant to import. */
const outside = () => {
  const dir = tempDir()
  writeFileSync(join(dir, "passwd"), "root:x:0:0:root:/root:/bin/bash\n")
  return dir
}

let store: Store
beforeEach(async () => {
  store = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
})

const refused = async (file: string, reason: string, options?: Import.Options) => {
  const before = await run(store.counts())
  const e = await failure(Import.importFile(store, file, options))
  if (!(e instanceof BadInput)) throw new Error(`expected BadInput, got ${String(e)}`)
  expect(e.reason).toBe(reason)
  expect(await run(store.counts())).toEqual(before)
  return e
}

const sourceTexts = async () =>
  Promise.all((await run(store.sources.list())).map(async (s) => (await run(store.sources.get(s.id)))?.text))

describe("paths from a REFI-QDA project", () => {
  it("refuses a sources folder that is a link out of the project's folder", async () => {
    const dir = tempDir()
    symlinkSync(outside(), join(dir, "sources"))
    writeFileSync(join(dir, "p.qde"), qde("internal://passwd"))
    const e = await refused(join(dir, "p.qde"), "path-traversal")
    expect(e.message).toMatch(
      /its sources folder resolves to .*, outside .*; a project may only read files inside/,
    )
  })

  it("refuses a source file that is a link out of the sources folder", async () => {
    const dir = tempDir()
    mkdirSync(join(dir, "sources"))
    symlinkSync(join(outside(), "passwd"), join(dir, "sources", "a.txt"))
    writeFileSync(join(dir, "p.qde"), qde("internal://a.txt"))
    const e = await refused(join(dir, "p.qde"), "path-traversal")
    expect(e.message).toContain('"a.txt" resolves to')
  })

  it("reads relative:// sources inside the project's folder and refuses those that climb out", async () => {
    const dir = tempDir()
    mkdirSync(join(dir, "texts"))
    writeFileSync(join(dir, "texts", "a.txt"), "Hello world")
    writeFileSync(join(dir, "ok.qde"), qde("relative://texts/a.txt"))
    await run(Import.importFile(store, join(dir, "ok.qde")))
    expect(await sourceTexts()).toEqual(["Hello world"])
    const away = outside()
    writeFileSync(join(dir, "up.qde"), qde(`relative://../${away.split("/").pop()}/passwd`))
    await refused(join(dir, "up.qde"), "path-traversal")
    symlinkSync(away, join(dir, "linked"))
    writeFileSync(join(dir, "link.qde"), qde("relative://linked/passwd"))
    await refused(join(dir, "link.qde"), "path-traversal")
  })

  it("reads absolute:// sources only when allowed", async () => {
    const dir = tempDir()
    const away = outside()
    writeFileSync(join(away, "a.txt"), "Hello world")
    writeFileSync(join(dir, "abs.qde"), qde(`absolute://${join(away, "a.txt")}`))
    const e = await refused(join(dir, "abs.qde"), "absolute-path")
    expect(e.message).toContain("import with --allow-absolute if you trust it")
    await run(Import.importFile(store, join(dir, "abs.qde"), { allowAbsolute: true }))
    expect(await sourceTexts()).toEqual(["Hello world"])
  })
})
