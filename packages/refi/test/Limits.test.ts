/**
 * The XML limits: a `.qde` nested too deep, or holding an attribute or a text longer than the limit, is refused
 * from its bytes, before it is decoded or parsed; a `.qdpx` whose project unpacks past the limit is refused while
 * inflating. Each names the file, the limit and the setting that raises it.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { BadInput, Limits } from "@valuelens/core"
import { describe, expect, it } from "vitest"
import { Import, Xml } from "../src/index.js"
import { failure, tempDir } from "./helpers.js"
import { makeZip, utf8 } from "./zipkit.js"

const limits = { ...Limits.defaults, xmlDepth: 8, xmlValueBytes: 1000 }

const shape = (xml: string) => Xml.checkShape(utf8(xml), "p.qde", limits)?.message

describe("XML shape limits", () => {
  it("passes a document within the limits, comments, CDATA and declarations included", () => {
    const ok = `<?xml version="1.0"?><!-- a > b --><a x="1" y='>'><b><![CDATA[<c>]]></b><d/>${"t".repeat(1000)}</a>`
    expect(shape(ok)).toBeUndefined()
  })

  it("refuses elements nested deeper than xmlDepth", () => {
    const deep = `${"<a>".repeat(9)}${"</a>".repeat(9)}`
    expect(shape(deep)).toBe(
      'p.qde: elements nested 9 deep at byte 24 is more than the limit xmlDepth = 8; if the file is genuine, raise it in valuelens.json ("limits": { "xmlDepth": 32 })',
    )
    expect(shape(`${"<a/>".repeat(50)}${"<a>".repeat(8)}${"</a>".repeat(8)}`)).toBeUndefined()
  })

  it.each([
    [`<a x="${"v".repeat(1001)}"/>`, "an attribute value of 1001 bytes at byte 6"],
    [`<a>${"t".repeat(1001)}</a>`, "a run of text of 1001 bytes at byte 3"],
    [`<a><![CDATA[${"c".repeat(1001)}]]></a>`, "a CDATA section of 1001 bytes at byte 3"],
    [`<a ${"n".repeat(1001)}/>`, "a tag of 1001 bytes at byte 0"],
  ])("refuses a value longer than xmlValueBytes (%#)", (xml, found) => {
    expect(shape(xml)).toBe(
      `p.qde: ${found} is more than the limit xmlValueBytes = 1000; if the file is genuine, raise it in valuelens.json ("limits": { "xmlValueBytes": 4000 })`,
    )
  })

  it("refuses a .qdpx whose project.qde holds a long attribute, before parsing it", async () => {
    const file = join(tempDir(), "long.qdpx")
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="${"x".repeat(5000)}"/>`
    writeFileSync(file, makeZip([{ name: "project.qde", data: utf8(qde) }]))
    const e = (await failure(Import.read(file, { limits }))) as BadInput
    expect(e).toBeInstanceOf(BadInput)
    expect(e.reason).toBe("limit-exceeded")
    expect(e.message).toContain(`${file}#project.qde: an attribute value of 5000 bytes`)
  })

  it("refuses a .qdpx on disk larger than fileBytes before reading it", async () => {
    const file = join(tempDir(), "big.qdpx")
    writeFileSync(file, makeZip([{ name: "project.qde", data: utf8("<Project/>") }]))
    const e = (await failure(Import.read(file, { limits: { ...limits, fileBytes: 10 } }))) as BadInput
    expect(e.message).toMatch(/big\.qdpx: a file of \d+ bytes is more than the limit fileBytes = 10/)
  })
})
