import { describe, expect, it } from "vitest"
import { Xml } from "../src/index.js"
import { failure, run } from "./helpers.js"

describe("Xml.parse", () => {
  it("refuses entity expansion (billion laughs) before parsing", async () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Project name="&lol3;"/>`
    const e = await failure(Xml.parse(lol, "lol.qde"))
    expect(e.reason).toBe("unsafe-xml")
    expect([e.line, e.column]).toEqual([2, 1])
    expect(e.message).toMatch(/^lol\.qde:2:1: document type declarations are not allowed/)
  })

  it("refuses external entities", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>`
    expect((await failure(Xml.parse(xxe, "xxe.qde"))).reason).toBe("unsafe-xml")
  })

  it("names the line and column of malformed XML", async () => {
    const e = await failure(
      Xml.parse(`<Project>\n  <Users>\n    <User guid="x">\n  </Users>\n</Project>`, "bad.qde"),
    )
    expect(e.reason).toBe("malformed-xml")
    expect(e.line).toBe(4)
    expect(e.column).toBeGreaterThan(0)
    expect(e.message).toMatch(/^bad\.qde:4:\d+: malformed XML: /)
  })

  it("refuses an entity it does not define, with its position", async () => {
    const e = await failure(Xml.parse(`<a>\n  <b c="&nbsp;"/>\n</a>`, "n.qde"))
    expect(e.message).toContain("undefined entity &nbsp;")
    expect([e.line, e.column]).toEqual([2, 9])
  })

  it("decodes predefined entities and character references, keeps CDATA literal, and reads CRLF as LF", async () => {
    const root = await run(
      Xml.parse(`<a n="&quot;x&quot; &#x1F614;&#10;y">t&amp;u\r\nv<![CDATA[&amp;<b>]]></a>`, "ok.qde"),
    )
    expect(root.attrs.n).toBe('"x" 😔\ny')
    expect(root.text).toBe("t&u\nv&amp;<b>")
  })

  it("writes what it reads: escaping survives a round trip", async () => {
    const tricky = `a & b < c > d "e" 'f'\ttab\nline\r\rcr 😔`
    const xml = Xml.serialise(Xml.node("a", { n: tricky }, [Xml.textNode("t", tricky)]))
    const root = await run(Xml.parse(xml, "rt.xml"))
    expect(root.attrs.n).toBe(tricky)
    expect(root.children[0]!.text).toBe(tricky)
  })
})
