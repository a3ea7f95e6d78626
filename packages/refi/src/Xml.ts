/**
 * A safe XML reader and a small writer. Reading refuses any document type declaration (so no entity expansion
 * and no external entities, whatever the parser's defaults), reports malformed XML with its line and column,
 * and decodes only the five predefined entities and character references itself.
 */
import { BadInput, Records } from "@valuelens/core"
import { XmlShape } from "@valuelens/ingest"
import { Effect } from "effect"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import type { RefiReason } from "./Reasons.js"

/** An element with its attributes (namespace prefixes removed), child elements and text, in document order. */
export interface Element {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: ReadonlyArray<Element>
  /** The element's own text (character data and CDATA), concatenated. */
  readonly text: string
}

/** Line and column (1-based) of a UTF-16 index, for messages. */
export const position = (xml: string, index: number): { line: number; column: number } => {
  let line = 1
  let last = -1
  for (let i = 0; i < index && i < xml.length; i++)
    if (xml.charCodeAt(i) === 10) {
      line++
      last = i
    }
  return { line, column: index - last }
}

const malformed = (file: string, xml: string, index: number, reason: RefiReason, what: string) => {
  const { line, column } = position(xml, index)
  return new BadInput({ reason, file, line, column, message: `${file}:${line}:${column}: ${what}` })
}

const predefined = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
])

/** Decodes entity and character references; an undefined entity is reported by name (undefined result). */
const decodeReferences = (raw: string): string | { readonly unknown: string } => {
  if (!raw.includes("&")) return raw
  let unknown: string | undefined
  const out = raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (all, ref: string) => {
    if (ref.startsWith("#")) {
      const cp = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0) {
        unknown ??= all
        return all
      }
      return String.fromCodePoint(cp)
    }
    const v = predefined.get(ref)
    if (v === undefined) unknown ??= all
    return v ?? all
  })
  return unknown === undefined ? out : { unknown }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: "#cdata",
  ignoreDeclaration: true,
  ignorePiTags: true,
  // names like `toString` stay as written: `convert` copies them into prototype-free records
  onDangerousProperty: (name) => name,
})

type Raw = Record<string, unknown>

/** The namespace declared on the root element (`xmlns="…"`), if any. */
export const rootNamespace = (xml: string): string | undefined => {
  const m = /<(?!\?|!)[^\s>]+([^>]*)>/.exec(xml)
  return m ? /\sxmlns\s*=\s*(["'])(.*?)\1/.exec(m[1] ?? "")?.[2] : undefined
}

/** The shape of an XML document checked against the limits, before it is decoded or parsed (see `XmlShape`). */
export const checkShape: typeof XmlShape.check = XmlShape.check

/**
 * Parses an XML document into an `Element` tree. Fails with `BadInput` (reason `unsafe-xml`) on a DOCTYPE or an
 * entity declaration, and (reason `malformed-xml`) with line and column on anything else that is not XML.
 */
export const parse = (text: string, file: string): Effect.Effect<Element, BadInput> =>
  Effect.suspend(() => {
    // XML 1.0 §2.11: a processor reads every line break as a single line feed.
    const xml = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, "\n")
    // Entity expansion ("billion laughs") and external entities both need a DTD; a QDA-XML file never has one.
    const dtd = xml.search(/<!(DOCTYPE|ENTITY)/)
    if (dtd >= 0)
      return Effect.fail(
        malformed(
          file,
          xml,
          dtd,
          "unsafe-xml",
          "document type declarations are not allowed (they enable entity expansion and external entities); QDA-XML files have none",
        ),
      )
    const valid = XMLValidator.validate(xml)
    if (valid !== true) {
      const { line, col, msg } = valid.err
      return Effect.fail(
        new BadInput({
          reason: "malformed-xml",
          file,
          line,
          column: col,
          message: `${file}:${line}:${col}: malformed XML: ${msg}`,
        }),
      )
    }
    let raw: unknown
    try {
      raw = parser.parse(xml)
    } catch (e) {
      return Effect.fail(
        new BadInput({
          reason: "malformed-xml",
          file,
          message: `${file}: malformed XML: ${e instanceof Error ? e.message : String(e)}`,
        }),
      )
    }
    let unknownEntity: string | undefined
    const decode = (s: string) => {
      const d = decodeReferences(s)
      if (typeof d === "string") return d
      unknownEntity ??= d.unknown
      return s
    }
    const convert = (node: Raw): Element | undefined => {
      const name = Object.keys(node).find((k) => k !== ":@")
      if (name === undefined || name === "#text" || name === "#cdata") return undefined
      const attrs = Records.empty<string>()
      for (const [k, v] of Object.entries((node[":@"] as Record<string, unknown> | undefined) ?? {}))
        attrs[k] = decode(String(v).replace(/[\t\n]/g, " ")) // attribute-value normalisation, XML 1.0 §3.3.3
      const children: Element[] = []
      let text = ""
      for (const child of (node[name] as Raw[] | undefined) ?? []) {
        if ("#text" in child) text += decode(String(child["#text"]))
        else if ("#cdata" in child)
          for (const c of child["#cdata"] as Raw[]) text += String((c as Raw)["#text"] ?? "")
        else {
          const e = convert(child)
          if (e) children.push(e)
        }
      }
      return { name, attrs, children, text }
    }
    const roots = (raw as Raw[]).map(convert).filter((e): e is Element => e !== undefined)
    if (unknownEntity !== undefined)
      return Effect.fail(
        malformed(
          file,
          xml,
          xml.indexOf(unknownEntity),
          "malformed-xml",
          `undefined entity ${unknownEntity}; only &amp; &lt; &gt; &quot; &apos; and character references are allowed`,
        ),
      )
    if (roots.length !== 1)
      return Effect.fail(
        new BadInput({ reason: "malformed-xml", file, message: `${file}: expected one root element` }),
      )
    return Effect.succeed(roots[0]!)
  })

// ── writing ───────────────────────────────────────────────────────────────────────────────────────

// XML 1.0 cannot carry these characters even as references, so they become U+FFFD.
const illegal =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export const escapeText = (s: string): string =>
  s
    .replace(illegal, "\ufffd")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("\r", "&#13;")

export const escapeAttr = (s: string): string =>
  escapeText(s).replaceAll('"', "&quot;").replaceAll("\n", "&#10;").replaceAll("\t", "&#9;")

/** A node for the writer: an element with attributes (undefined ones left out), children, or text. */
export interface Node {
  readonly name: string
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>
  readonly children?: ReadonlyArray<Node | undefined>
  readonly text?: string
}

export const node = (
  name: string,
  attrs: Node["attrs"] = {},
  children: ReadonlyArray<Node | undefined> = [],
): Node => ({ name, attrs, children })

export const textNode = (name: string, text: string): Node => ({ name, text })

/** Serialises a tree with two-space indentation; text elements keep their text exactly. */
export const serialise = (root: Node): string => {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n']
  const walk = (n: Node, depth: number) => {
    const pad = "  ".repeat(depth)
    const attrs = Object.entries(n.attrs ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
      .join("")
    const children = (n.children ?? []).filter((c): c is Node => c !== undefined)
    if (n.text !== undefined) out.push(`${pad}<${n.name}${attrs}>${escapeText(n.text)}</${n.name}>\n`)
    else if (children.length === 0) out.push(`${pad}<${n.name}${attrs}/>\n`)
    else {
      out.push(`${pad}<${n.name}${attrs}>\n`)
      for (const c of children) walk(c, depth + 1)
      out.push(`${pad}</${n.name}>\n`)
    }
  }
  walk(root, 0)
  return out.join("")
}
