/** Element, attribute and entity names called like `Object.prototype` members are plain data in QDA-XML. */
import { BadInput } from "@valuelens/core"
import { describe, expect, it } from "vitest"
import { Qde, Xml } from "../src/index.js"
import { failure, run } from "./helpers.js"

describe("hostile names in XML", () => {
  it("keeps an attribute named toString as an attribute", async () => {
    const e = await run(Xml.parse(`<a toString="t" valueOf="v">x</a>`, "f.qde"))
    expect(Object.entries(e.attrs).sort()).toEqual([
      ["toString", "t"],
      ["valueOf", "v"],
    ])
  })

  it.each([`<a __proto__="p"/>`, `<a constructor="c"/>`, `<constructor/>`, `<a><__proto__/></a>`])(
    "refuses the prototype names the parser will not build (%s) as malformed XML",
    async (xml) => {
      const e = await failure(Xml.parse(xml, "f.qde"))
      expect(e).toBeInstanceOf(BadInput)
      expect((e as BadInput).reason).toBe("malformed-xml")
      expect((e as BadInput).message).toMatch(/^f\.qde: malformed XML: .*(__proto__|constructor)/)
    },
  )

  it.each(["constructor", "__proto__", "toString"])("refuses the undefined entity &%s;", async (name) => {
    const e = await failure(Xml.parse(`<a>x &${name}; y</a>`, "f.qde"))
    expect(e).toBeInstanceOf(BadInput)
    expect((e as BadInput).message).toBe(
      `f.qde:1:6: undefined entity &${name};; only &amp; &lt; &gt; &quot; &apos; and character references are allowed`,
    )
  })

  it("reads a source element named toString as an unknown element, not a media source", async () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="t"><Sources><toString guid="00000000-0000-4000-8000-000000000001"/></Sources></Project>`
    const project = await run(Qde.readProject(await run(Xml.parse(xml, "f.qde")), "f.qde"))
    expect(project.sources).toEqual([])
  })
})
