import { strFromU8, unzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import * as Docx from "../src/docx/index.js"
import { EVIL, full, partial } from "./fixture.js"
import { attr, childrenOf, type Node, parse, tagOf, textOf, walk } from "./xml.js"

const open = async (f: typeof full, sections?: Parameters<typeof Docx.render>[1]) => {
  const files = unzipSync(await Docx.render(f, sections))
  return {
    names: Object.keys(files).sort(),
    document: parse(strFromU8(files["word/document.xml"]!)),
    styles: strFromU8(files["word/styles.xml"]!),
  }
}

/** The body's paragraphs (outside tables) as [style, text], and its tables as rows of cell texts. */
const body = (doc: Node[]) => {
  const root = [...walk(doc)].find((n) => tagOf(n) === "w:body")!
  const styleOf = (p: Node) => {
    const pPr = childrenOf(p).find((c) => tagOf(c) === "w:pPr")
    const ps = pPr && childrenOf(pPr).find((c) => tagOf(c) === "w:pStyle")
    return (ps && attr(ps, "w:val")) ?? ""
  }
  const paragraphs = childrenOf(root)
    .filter((n) => tagOf(n) === "w:p")
    .map(
      (p) =>
        [
          styleOf(p),
          [...walk([p])]
            .filter((n) => tagOf(n) === "w:t")
            .map(textOf)
            .join(""),
        ] as const,
    )
  const tables = childrenOf(root)
    .filter((n) => tagOf(n) === "w:tbl")
    .map((t) =>
      childrenOf(t)
        .filter((r) => tagOf(r) === "w:tr")
        .map((r) =>
          childrenOf(r)
            .filter((c) => tagOf(c) === "w:tc")
            .map((c) =>
              [...walk([c])]
                .filter((n) => tagOf(n) === "w:t")
                .map(textOf)
                .join(""),
            ),
        ),
    )
  return { paragraphs, tables }
}

describe("DOCX", () => {
  it("is a Word package with the document, styles and numbering parts", async () => {
    const { names } = await open(full)
    expect(names).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]),
    )
  })

  it("has the report's headings in order, as Word headings", async () => {
    const { paragraphs } = body((await open(full)).document)
    const headings = paragraphs.filter(([s]) => /^(Title|Heading[23])$/.test(s))
    expect(headings).toEqual([
      ["Title", "Malaysia pilot: findings"],
      ["Heading2", "The study"],
      ["Heading2", "Findings by research question and theme"],
      ["Heading3", "RQ1. Which value deficits weaken implementation?"],
      ["Heading3", "Other themes: Organisational and structural factors"],
      ["Heading2", "Themes by participant group"],
      ["Heading2", "Factor → value deficit model"],
      ["Heading2", "The four pillars"],
      ["Heading2", "Saturation"],
      ["Heading2", "Inter-coder reliability"],
      ["Heading2", "Country comparison"],
      ["Heading3", "Malaysia (MYS)"],
      ["Heading3", "Philippines (PHL)"],
      ["Heading2", "Memos"],
      ["Heading2", "Method notes"],
    ])
  })

  it("styles quotations as quotes, with their citations, the hostile name as plain text", async () => {
    const { document, styles } = await open(full)
    const quotes = body(document).paragraphs.filter(([s]) => s === "Quote")
    expect(quotes.map(([, t]) => t)).toEqual([
      "Some officers are paid by the syndicate & look away. (PDRM 9)",
      `Officers took bribes and nobody was held accountable. (${EVIL})`,
      "Victims are afraid to testify, so charges cannot be brought. (AGC 1)",
    ])
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Quote"/)
  })

  it("puts the numbers in real tables: the theme × group matrix and the tier series", async () => {
    const { tables } = body((await open(full)).document)
    expect(tables).toContainEqual([
      ["theme", "Government", "Enforcement", "Academic", "NGO"],
      ["Integrity", "0", "1", "0", "1"],
      ["Justice", "1", "0", "0", "1"],
      ["Civic responsibility", "0", "0", "0", "0"],
      ["Weak monitoring and accountability", "0", "1", "0", "0"],
    ])
    expect(tables).toContainEqual([
      ["year", "tier", "source", "confidence"],
      ["2020", "Tier 1", "GVNET2020", "confirmed"],
      ["2021", "Tier 1", "TRIBUNE25", "confirmed"],
      ["2023", "Tier 1", "GVNET2023", "confirmed"],
    ])
  })

  it("fits each table's column widths to what its columns hold, within the A4 text width", async () => {
    const { document } = await open(full)
    const tables = [...walk(document)].filter((n) => tagOf(n) === "w:tbl")
    const grid = (t: Node) => {
      const cols = childrenOf(childrenOf(t).find((c) => tagOf(c) === "w:tblGrid")!)
      return cols.map((c) => Number(attr(c, "w:w")))
    }
    const header = (t: Node) =>
      [...walk([childrenOf(t).find((c) => tagOf(c) === "w:tr")!])]
        .filter((n) => tagOf(n) === "w:t")
        .map(textOf)
    const widthsOf = (...columns: string[]) =>
      grid(tables.find((t) => header(t).join("|") === columns.join("|"))!)
    // twips: 230 of cell padding plus 110 a character. The theme column would like its longest cell on one line
    // ("Weak monitoring and accountability", 34 characters: 3,970); each group column its one word
    // ("Government" 1,330, "Enforcement" 1,440, "Academic" 1,110, "NGO" 560). Together 8,410 fit the 9,026
    // of an A4 page between one-inch margins, so each column gets its wish and the table stays that wide.
    expect(widthsOf("theme", "Government", "Enforcement", "Academic", "NGO")).toEqual([
      3970, 1330, 1440, 1110, 560,
    ])
    // Malaysia's tiers: year 670, tier ("Tier 2 Watch List") 2,100, source ("GVNET_MYS23") 1,440, confidence
    // ("single-source") 1,660
    expect(widthsOf("year", "tier", "source", "confidence")).toEqual([670, 2100, 1440, 1660])
    for (const t of tables) {
      expect(grid(t).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9026)
      const layout = [...walk([t])].find((n) => tagOf(n) === "w:tblLayout")
      expect(layout && attr(layout, "w:type")).toBe("fixed")
    }
  })

  it("says which analyses were not computed", async () => {
    const { paragraphs } = body((await open(partial, { sections: ["saturation", "reliability"] })).document)
    expect(paragraphs.map(([, t]) => t)).toEqual([
      "Malaysia pilot: findings",
      "Generated 2025-01-15T09:00:00.000Z from findings model version 1.",
      "Saturation",
      "Saturation was not computed for this report (run `valuelens analyze saturation`).",
      "Inter-coder reliability",
      "Inter-coder reliability was not computed for this report (run `valuelens agreement --coders A,B`).",
    ])
  })
})
