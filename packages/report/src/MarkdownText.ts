/**
 * The small Markdown subset plugin report sections are written in, parsed into blocks so that the HTML and
 * DOCX renderers can show them without trusting them: headings, paragraphs, bulleted and numbered lists, block
 * quotes, fenced code, and inline bold, italic and code. Links keep their address as visible text, so the
 * report never links out; raw HTML is shown as text.
 */

export interface Span {
  readonly text: string
  readonly bold?: boolean
  readonly italic?: boolean
  readonly code?: boolean
}

export type Block =
  | { readonly kind: "heading"; readonly level: number; readonly spans: ReadonlyArray<Span> }
  | { readonly kind: "paragraph"; readonly spans: ReadonlyArray<Span> }
  | { readonly kind: "quote"; readonly spans: ReadonlyArray<Span> }
  | { readonly kind: "list"; readonly ordered: boolean; readonly items: ReadonlyArray<ReadonlyArray<Span>> }
  | { readonly kind: "code"; readonly text: string }

/** Inline markup: `**bold**`, `*italic*` / `_italic_`, `` `code` ``, `[text](address)` as "text (address)". */
export const inline = (s: string): Span[] => {
  const out: Span[] = []
  const re = /(\*\*([^*]+)\*\*|`([^`]+)`|\*([^*]+)\*|\b_([^_]+)_\b|\[([^\]]+)\]\(([^)\s]+)\))/g
  let last = 0
  for (const m of s.matchAll(re)) {
    if (m.index > last) out.push({ text: s.slice(last, m.index) })
    if (m[2] !== undefined) out.push({ text: m[2], bold: true })
    else if (m[3] !== undefined) out.push({ text: m[3], code: true })
    else if (m[4] !== undefined) out.push({ text: m[4], italic: true })
    else if (m[5] !== undefined) out.push({ text: m[5], italic: true })
    else out.push({ text: `${m[6]} (${m[7]})` })
    last = m.index + m[0].length
  }
  if (last < s.length) out.push({ text: s.slice(last) })
  return out
}

export const parse = (markdown: string): Block[] => {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n")
  const blocks: Block[] = []
  let para: string[] = []
  const flush = () => {
    if (para.length) blocks.push({ kind: "paragraph", spans: inline(para.join(" ")) })
    para = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const fence = /^\s*```/.test(line)
    if (fence) {
      flush()
      const code: string[] = []
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]!); i++) code.push(lines[i]!)
      blocks.push({ kind: "code", text: code.join("\n") })
      continue
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line)
    if (h) {
      flush()
      blocks.push({ kind: "heading", level: h[1]!.length, spans: inline(h[2]!.trim()) })
      continue
    }
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line)
    if (item) {
      flush()
      const ordered = item[2] !== undefined
      const prev = blocks.at(-1)
      if (prev?.kind === "list" && prev.ordered === ordered)
        blocks[blocks.length - 1] = { ...prev, items: [...prev.items, inline(item[3]!)] }
      else blocks.push({ kind: "list", ordered, items: [inline(item[3]!)] })
      continue
    }
    const q = /^\s*>\s?(.*)$/.exec(line)
    if (q) {
      flush()
      blocks.push({ kind: "quote", spans: inline(q[1]!) })
      continue
    }
    if (line.trim() === "") flush()
    else para.push(line.trim())
  }
  flush()
  return blocks
}

const spanText = (spans: ReadonlyArray<Span>) => spans.map((s) => s.text).join("")

/**
 * Markdown as plain text, for quotations taken from Markdown sources: markup gone, headings left out (they
 * title a passage; they are not what anyone said or wrote in it) unless nothing else is there, list items
 * joined with "; ", blocks with a space.
 */
export const plain = (markdown: string): string => {
  const blocks = parse(markdown)
  const body = blocks.some((b) => b.kind !== "heading") ? blocks.filter((b) => b.kind !== "heading") : blocks
  return body
    .map((b) =>
      b.kind === "code" ? b.text : b.kind === "list" ? b.items.map(spanText).join("; ") : spanText(b.spans),
    )
    .join(" ")
    .trim()
}
