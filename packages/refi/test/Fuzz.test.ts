/**
 * No stack trace from any REFI-QDA file: generated projects and codebooks (hostile names, wrong attribute
 * types, truncations, byte flips) each end in success or a `BadInput` naming the file, never an internal
 * error, and a refused import leaves the project as it was. Seeded and bounded.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import { damage, expectBadInput, RUNS } from "../../ingest/test/fuzzkit.js"
import { Import, Zip } from "../src/index.js"
import { GUID, run, tempDir } from "./helpers.js"

let store: Store
let dir: string
beforeAll(async () => {
  dir = tempDir()
  store = await run(makeStore(Sqlite.dialect(":memory:"), ":memory:"))
})

let n = 0
const outcome = async (name: string, bytes: Uint8Array) => {
  const file = join(dir, `${n++}-${name}`)
  writeFileSync(file, bytes)
  const before = await run(store.counts())
  const exit = await Effect.runPromiseExit(Import.importFile(store, file))
  if (Exit.isSuccess(exit)) return true
  expectBadInput(exit, file)
  expect(await run(store.counts())).toEqual(before)
  return true
}

const utf8 = (s: string) => new TextEncoder().encode(s)

const name = fc.oneof(
  fc.constantFrom(
    "Code",
    "TextSource",
    "PlainTextSelection",
    "Coding",
    "CodeRef",
    "Case",
    "Variable",
    "Note",
  ),
  fc.constantFrom("toString", "valueOf", "hasOwnProperty", "__defineGetter__"),
)
const attrName = fc.constantFrom(
  "guid",
  "name",
  "startPosition",
  "endPosition",
  "targetGUID",
  "plainTextPath",
  "isCodable",
  "toString",
  "valueOf",
)
const attrValue = fc.oneof(
  fc.constantFrom(
    GUID(1),
    GUID(2),
    GUID(3),
    "-1",
    "1e309",
    "NaN",
    "",
    "internal://x.txt",
    "relative://../x",
    "&amp;",
  ),
  fc.integer().map(String),
  fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&"]/g, "")),
)
/** An element tree of QDA-XML names (and some hostile ones) with attributes of every type, `depth` levels deep. */
const elementOf = (depth: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      name,
      fc.array(fc.tuple(attrName, attrValue), { maxLength: 4 }),
      depth === 0 ? fc.constant([]) : fc.array(elementOf(depth - 1), { maxLength: 3 }),
    )
    .map(([tag, attrs, children]) => {
      const unique = [...new Map(attrs).entries()]
      return `<${tag}${unique.map(([k, v]) => ` ${k}="${v}"`).join("")}>${children.join("")}</${tag}>`
    })
const element = elementOf(3)

const project = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="f"><Users><User guid="${GUID(1)}" name="A"/></Users><CodeBook><Codes><Code guid="${GUID(2)}" name="T" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${GUID(3)}" name="s" plainTextPath="internal://${GUID(9)}.txt">${inner}</TextSource></Sources></Project>`

const good = project(
  `<PlainTextSelection guid="${GUID(4)}" startPosition="0" endPosition="5" creatingUser="${GUID(1)}"><Coding guid="${GUID(5)}" creatingUser="${GUID(1)}"><CodeRef targetGUID="${GUID(2)}"/></Coding></PlainTextSelection>`,
)
const qdpx = (qde: string) =>
  Zip.write([
    ["project.qde", utf8(qde)],
    [`sources/${GUID(9)}.txt`, utf8("Hello world, and more text.")],
  ])

describe("fuzzing the REFI-QDA reader", () => {
  it(".qde projects with generated elements", async () => {
    await fc.assert(
      fc.asyncProperty(element, (e) => outcome("p.qde", utf8(project(e)))),
      RUNS,
    )
  })

  it(".qdpx archives, generated and damaged", async () => {
    await fc.assert(
      fc.asyncProperty(element, (e) => outcome("p.qdpx", qdpx(project(e)))),
      RUNS,
    )
    await fc.assert(
      fc.asyncProperty(damage(qdpx(good)), (b) => outcome("d.qdpx", b)),
      RUNS,
    )
  })

  it(".qde and .qdc files, damaged", async () => {
    await fc.assert(
      fc.asyncProperty(damage(utf8(good)), (b) => outcome("d.qde", b)),
      RUNS,
    )
    const qdc = `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${GUID(2)}" name="Trust" isCodable="true"><Code guid="${GUID(6)}" name="Low" isCodable="true"/></Code></Codes></CodeBook>`
    await fc.assert(
      fc.asyncProperty(damage(utf8(qdc)), (b) => outcome("d.qdc", b)),
      RUNS,
    )
    await fc.assert(
      fc.asyncProperty(element, (e) =>
        outcome("g.qdc", utf8(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${e}</Codes></CodeBook>`)),
      ),
      RUNS,
    )
  })
})
