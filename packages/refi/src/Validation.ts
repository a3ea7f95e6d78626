/**
 * Every export is checked against the official QDA-XML schema before it is written: a file a peer would refuse
 * is a ValueLens bug, and it is better reported here than found by a colleague.
 */
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { validateXML } from "xmllint-wasm"
import * as Schemas from "./Schemas.js"

export type Schema = "Project.xsd" | "Codebook.xsd"

/** Fails with the schema's first complaints when `xml` does not validate against `schema`. */
export const validate = (xml: string, schema: Schema): Effect.Effect<void, BadInput> =>
  Effect.gen(function* () {
    const contents = schema === "Project.xsd" ? Schemas.project : Schemas.codebook
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
