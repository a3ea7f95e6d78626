/**
 * Hostile and broken files: each is refused with `BadInput` (the CLI's exit code 2) and the project keeps
 * exactly what it had. Every file here is built by the test.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput, Limits } from "@valuelens/core"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { beforeEach, describe, expect, it } from "vitest"
import { Import } from "../src/index.js"
import { failure, GUID, qde, run, tempDir } from "./helpers.js"
import { makeZip, utf8 } from "./zipkit.js"

const write = (name: string, bytes: Uint8Array | string) => {
  const file = join(tempDir(), name)
  writeFileSync(file, bytes)
  return file
}

let store: Store
let before: unknown
beforeEach(async () => {
  store = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
  // the project already holds something, which must survive every refused import untouched
  await run(
    Import.importFile(
      store,
      write(
        "ok.qdpx",
        makeZip([
          { name: "project.qde", data: utf8(qde()) },
          { name: `sources/${GUID(9)}.txt`, data: utf8("Hello world") },
        ]),
      ),
    ),
  )
  before = await run(store.counts())
})

const refused = async (file: string, reason: string, options?: Import.Options) => {
  const e = await failure(Import.importFile(store, file, options))
  if (!(e instanceof BadInput)) throw new Error(`expected BadInput, got ${String(e)}`)
  expect(e.reason).toBe(reason)
  expect(await run(store.counts())).toEqual(before)
  return e
}

describe("hostile REFI files", () => {
  it("refuses a zip entry that climbs out of the archive", async () => {
    const file = write(
      "slip.qdpx",
      makeZip([
        { name: "project.qde", data: utf8(qde()) },
        { name: "../../../tmp/evil.sh", data: utf8("rm -rf /") },
      ]),
    )
    const e = await refused(file, "path-traversal")
    expect(e.message).toContain("../../../tmp/evil.sh")
  })

  it("refuses an internal:// path that climbs out of the sources folder", async () => {
    const file = write(
      "internal.qdpx",
      makeZip([{ name: "project.qde", data: utf8(qde("internal://../../etc/passwd")) }]),
    )
    const e = await refused(file, "path-traversal")
    expect(e.message).toContain("internal://../../etc/passwd")
  })

  it("refuses an internal:// path in a bare .qde too", async () => {
    await refused(write("bare.qde", qde("internal://..\\..\\secret.txt")), "path-traversal")
  })

  it("refuses a zip bomb before inflating it", async () => {
    const file = write(
      "bomb.qdpx",
      makeZip([
        { name: "project.qde", data: utf8(qde()) },
        { name: `sources/${GUID(9)}.txt`, data: new Uint8Array(3_000_000) },
      ]),
    )
    const e = await refused(file, "limit-exceeded", {
      limits: { ...Limits.defaults, unpackedBytes: 4_000_000 },
    })
    expect(e.message).toMatch(/expanding \d+:1 is more than the limit compressionRatio = 200/)
  })

  it("refuses a zip bomb that lies about its size", async () => {
    const file = write(
      "liar.qdpx",
      makeZip([
        { name: "project.qde", data: utf8(qde()) },
        { name: `sources/${GUID(9)}.txt`, data: new Uint8Array(2_000_000).fill(65), declaredSize: 100 },
      ]),
    )
    await refused(file, "zip-bomb")
  })

  it("refuses entity expansion in project.qde", async () => {
    const bomb = qde()
      .replace(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
      )
      .replace('name="Trust"', 'name="&b;"')
    await refused(write("lol.qdpx", makeZip([{ name: "project.qde", data: utf8(bomb) }])), "unsafe-xml")
  })

  it("refuses external entities", async () => {
    const xxe = qde()
      .replace(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      )
      .replace('name="Trust"', 'name="&x;"')
    await refused(write("xxe.qde", xxe), "unsafe-xml")
  })

  it("names the line and column of malformed XML", async () => {
    const broken = qde().replace("</CodeBook>", "</Codebook>")
    const e = await refused(
      write("broken.qdpx", makeZip([{ name: "project.qde", data: utf8(broken) }])),
      "malformed-xml",
    )
    expect(e.line).toBe(4)
    expect(e.message).toMatch(/broken\.qdpx#project\.qde:4:\d+: malformed XML/)
  })

  it("refuses a selection past the end of its text, after codes were planned, writing nothing", async () => {
    const file = write(
      "past.qdpx",
      makeZip([
        { name: "project.qde", data: utf8(qde(undefined, 2, 400).replace('name="Trust"', 'name="Other"')) },
        { name: `sources/${GUID(9)}.txt`, data: utf8("Short text") },
      ]),
    )
    const e = await refused(file, "invalid-refi")
    expect(e.message).toContain("spans 2–400, outside its text (10 characters)")
  })

  it("refuses a file that is not what its name says", async () => {
    await refused(write("fake.qdpx", "just text"), "not-a-zip")
    await refused(write("notes.txt", "just text"), "unsupported-file")
    await refused(write("empty.qdpx", makeZip([{ name: "readme.txt", data: utf8("hi") }])), "invalid-refi")
  })

  it("refuses invalid UTF-8 in a source, naming the byte", async () => {
    const file = write(
      "latin1.qdpx",
      makeZip([
        { name: "project.qde", data: utf8(qde()) },
        { name: `sources/${GUID(9)}.txt`, data: Uint8Array.from([0x48, 0x69, 0x20, 0xe9, 0x21]) },
      ]),
    )
    const e = await refused(file, "invalid-utf8")
    expect(e.byte).toBe(3)
  })
})

describe("offsets of other programs", () => {
  const project = (text: string, sels: ReadonlyArray<[number, number, string]>, origin = "ATLAS.ti 9") =>
    makeZip([
      {
        name: "project.qde",
        data: utf8(
          qde()
            .replace('origin="Test 1"', `origin="${origin}"`)
            .replace(
              /<PlainTextSelection[\s\S]*<\/PlainTextSelection>/,
              sels
                .map(
                  ([s, e, name], i) =>
                    `<PlainTextSelection guid="${GUID(100 + i)}" name="${name}" startPosition="${s}" endPosition="${e}"><Coding guid="${GUID(200 + i)}" creatingUser="${GUID(1)}"><CodeRef targetGUID="${GUID(2)}"/></Coding></PlainTextSelection>`,
                )
                .join(""),
            ),
        ),
      },
      { name: `Sources/${GUID(9)}.txt`, data: utf8(text) },
    ])
  const texts = async (file: string) => {
    const fresh = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
    await run(Import.importFile(fresh, file))
    return (await run(fresh.segments.all()))
      .map((s) => [s.start, s.end, s.text])
      .sort((a, b) => Number(a[0]) - Number(b[0]))
  }

  it("counts CRLF as two characters and a BOM as none, as the exporting program did", async () => {
    // "\uFEFFSay: hello\r\nAGC 1: 😔 sedih\r\n": code points over the original, BOM excluded
    const text = "\uFEFFSay: hello\r\nAGC 1: 😔 sedih\r\n"
    const file = write(
      "crlf.qdpx",
      project(text, [
        [5, 10, "hello"],
        [12, 28, "AGC 1: 😔 sedih"],
        [19, 26, "😔 sedih"],
      ]),
    )
    expect(await texts(file)).toEqual([
      [5, 10, "hello"],
      [11, 26, "AGC 1: 😔 sedih\n"],
      [18, 25, "😔 sedih"],
    ])
  })

  it("reads NVivo's UTF-16 offsets, and lets quoted names overrule the tool's habit", async () => {
    const text = "😔😔 tidak adil"
    // UTF-16: "tidak" is at 5..10; in code points it is at 3..8
    const nvivo = write("nvivo.qdpx", project(text, [[5, 10, ""]], "NVivo 14"))
    expect(await texts(nvivo)).toEqual([[3, 8, "tidak"]])
    const quoted = write("quoted.qdpx", project(text, [[3, 8, "tidak"]], "NVivo 14"))
    expect(await texts(quoted)).toEqual([[3, 8, "tidak"]])
  })
})
