/**
 * Word documents through mammoth's raw text. mammoth ends every paragraph with a blank line; paragraphs become
 * lines here, so a transcript typed in Word reads exactly like one typed in a text editor (front matter and
 * `Speaker: text` lines included).
 */
import { BadInput, Text } from "@valuelens/core"
import { Effect } from "effect"
import type { Extractor } from "../Extractor.js"
import * as XmlShape from "../XmlShape.js"
import * as Zip from "../Zip.js"

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** The parts of a Word file that are XML: the document, its relationships, styles, numbering, settings. */
const XML_PART = /\.(xml|rels)$/i

const unreadable = (file: string, why: string) =>
  new BadInput({
    reason: "unreadable-docx",
    file,
    message: `${file}: not a readable Word (.docx) file (${why}); save it again as .docx or as UTF-8 text`,
  })

export const extractor: Extractor = {
  format: "docx",
  extensions: [".docx"],
  extract: (bytes, file, limits) =>
    Effect.gen(function* () {
      if (bytes.length === 0)
        return yield* new BadInput({ reason: "empty-file", file, message: `${file}: the file is empty` })
      if (!ZIP_MAGIC.every((b, i) => bytes[i] === b))
        return yield* unreadable(file, "it does not start like a .docx (zip) file")
      // mammoth unpacks the whole archive and parses its XML parts recursively: count what each entry unpacks
      // to, and hold each XML part to the depth and value limits, first, so a zip bomb or a part nested
      // thousands deep stops here
      yield* Zip.open(bytes, file, limits).pipe(
        Effect.flatMap((archive) =>
          Effect.forEach(
            archive.entries,
            (entry) =>
              XML_PART.test(entry.name)
                ? Effect.flatMap(archive.read(entry), (xml) => {
                    const bad = XmlShape.check(xml, file, limits, `entry "${entry.name}"`)
                    return bad ? Effect.fail(bad) : Effect.void
                  })
                : archive.count(entry),
            { discard: true },
          ),
        ),
        Effect.mapError((e) =>
          e.reason === "limit-exceeded" ? e : unreadable(file, e.message.replace(`${file}: `, "")),
        ),
      )
      const result = yield* Effect.tryPromise({
        // loaded on first use: commands that read no Word file do not pay for it
        try: async () => {
          const { default: mammoth } = await import("mammoth")
          return mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) })
        },
        catch: (cause) =>
          unreadable(file, cause instanceof Error ? cause.message.split("\n")[0]! : String(cause)),
      })
      const text = Text.normalise(result.value.replaceAll("\u0000", "")).replace(/\n\n/g, "\n")
      if (text.trim() === "")
        return yield* new BadInput({
          reason: "empty-file",
          file,
          message: `${file}: the document has no text`,
        })
      return { text, frontMatter: true, lineUnit: "paragraph" as const }
    }),
}
