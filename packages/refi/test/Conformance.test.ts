/**
 * Conformance: every real sample (fixtures/refi, origin and licence in SOURCES.md) and a peer-written file in
 * each offset convention goes import → export → re-import, and the two projects are compared field by field.
 * A second export, from the re-imported project, must carry the same GUIDs as the first: identity survives
 * each hop.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { unzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { Export, Import } from "../src/index.js"
import { run, sample, tempDir } from "./helpers.js"
import { codePoints, lf, qdpx, utf16 } from "./peer.js"
import { snapshot } from "./snapshot.js"

const memoryStore = () => run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
const origin = "ValueLens 0.1.0"

const exported = async (store: Store) => {
  const { bytes } = await run(Export.qdpx(store, "Conformance", { origin }))
  const file = join(tempDir(), "export.qdpx")
  writeFileSync(file, bytes)
  return { file, qde: new TextDecoder().decode(unzipSync(bytes)["project.qde"]!) }
}

const guids = (qde: string) =>
  [
    ...qde.matchAll(
      /<(Code|User|TextSource|PDFSource|Representation|PlainTextSelection|Coding|Note|Set) guid="([^"]+)"/g,
    ),
  ]
    .map((m) => `${m[1]} ${m[2]}`)
    .sort()

/**
 * What a hop through a ValueLens export is documented to change: a segment's first memo travels as its
 * selections' Description and comes back titled "Comment"; a memo without a title travels as a note named
 * "Memo" (QualCoder's journals need a name).
 */
const afterHop = (memos: ReadonlyArray<string>) =>
  memos
    .map((m) => JSON.parse(m) as { on: string; title?: string; text: string; author: string })
    .map((m) => JSON.stringify({ on: m.on, title: m.title ?? "Memo", text: m.text, author: m.author }))
    .sort()

const cases: ReadonlyArray<readonly [string, () => string]> = [
  ["NVivo 12.6, two coders", () => sample("nvivo-12.6-two-coders.qdpx")],
  ["ATLAS.ti 8.4, standard project (bare .qde)", () => sample("atlasti-8.4-standard-project.qde")],
  ["ATLAS.ti 8.4, sources missing", () => sample("atlasti-8.4-missing-sources.qdpx")],
  ["hand-authored, every element", () => sample("hand-authored-all-elements.qde")],
  ["QualCoder 4.0's own export, with a PDF and a .docx", () => sample("qualcoder-4.0-export.qdpx")],
  [
    "QualCoder 4.0's own export, MAXQDA line endings",
    () => sample("qualcoder-4.0-export-maxqda-line-endings.qdpx"),
  ],
  ["QualCoder: code points, CRLF as two", () => qdpx("QualCoder 3.6", codePoints)],
  ["NVivo: UTF-16 units, CRLF as two", () => qdpx("NVivo 12", utf16)],
  ["ATLAS.ti: code points, CRLF as one", () => qdpx("ATLAS.ti 9", lf(codePoints))],
  ["QualCoder MAXQDA line endings: CRLF as one", () => qdpx("QualCoder 3.6", lf(codePoints))],
]

describe("conformance: import → export → re-import", () => {
  it.each(cases)("%s comes back the same, field by field", async (_, file) => {
    const first = await memoryStore()
    await run(Import.importFile(first, file()))
    const one = await exported(first)
    const second = await memoryStore()
    const summary = await run(Import.importFile(second, one.file))
    expect(summary.offsets?.proof).not.toBe("assumed")
    const a = await run(snapshot(first))
    const b = await run(snapshot(second))
    expect({ ...b, memos: afterHop(b.memos) }).toEqual({ ...a, memos: afterHop(a.memos) })
    const two = await exported(second)
    expect(guids(two.qde)).toEqual(guids(one.qde))
    await run(first.close())
    await run(second.close())
  })
})
