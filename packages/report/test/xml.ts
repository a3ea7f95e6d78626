/** A small walker over fast-xml-parser's ordered tree, for checking HTML and DOCX structure. */
import { XMLParser, XMLValidator } from "fast-xml-parser"

export type Node = Record<string, unknown> & { ":@"?: Record<string, string> }

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  processEntities: true,
  htmlEntities: true,
  trimValues: false,
})

export const parse = (xml: string): Node[] => {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid)}`)
  return parser.parse(xml) as Node[]
}

export const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ":@")!
export const childrenOf = (n: Node): Node[] => (n[tagOf(n)] as Node[]) ?? []
export const attr = (n: Node, name: string): string | undefined => n[":@"]?.[name]

export const walk = function* (nodes: Node[]): Generator<Node> {
  for (const n of nodes) {
    yield n
    if (tagOf(n) !== "#text") yield* walk(childrenOf(n))
  }
}

export const textOf = (n: Node): string =>
  tagOf(n) === "#text" ? String(n["#text"]) : childrenOf(n).map(textOf).join("")
