/**
 * Every export is checked against the official QDA-XML schema before it is written: a file a peer would refuse
 * is a ValueLens bug, and it is better reported here than found by a colleague.
 */
import { readFile } from "node:fs/promises"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { validateXML } from "xmllint-wasm"

export type Schema = "Project.xsd" | "Codebook.xsd"

const schemaText = (name: Schema) =>
  Effect.promise(() => readFile(new URL(`../schema/${name}`, import.meta.url), "utf8"))

/** Fails with the schema's first complaints when `xml` does not validate against `schema`. */
export const validate = (xml: string, schema: Schema): Effect.Effect<void, BadInput> =>
  Effect.gen(function* () {
    const contents = yield* schemaText(schema)
    const result = yield* Effect.promise(() =>
      validateXML({
        xml: [{ fileName: "export.xml", contents: xml }],
        schema: [{ fileName: schema, contents }],
      }),
    )
    if (result.valid) return
    return yield* new BadInput({
      reason: "invalid-export",
      message: `the export does not validate against ${schema}, so it was not written: ${result.errors
        .slice(0, 3)
        .map((e) => e.message.trim())
        .join("; ")}`,
    })
  })
