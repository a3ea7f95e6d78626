import { writeFile } from "node:fs/promises"
import { BadInput } from "@valuelens/core"
import { Export } from "@valuelens/refi"
import { Effect } from "effect"
import type { config } from "../commands/export-qdpx.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { VERSION } from "../Version.js"
import { withProject } from "../Workspace.js"

/** Writes bytes or text to a file the user named, answering a bad path with exit code 2. */
export const writeOut = (out: string, data: Uint8Array | string) =>
  Effect.tryPromise({
    try: () => writeFile(out, data),
    catch: (cause) =>
      new BadInput({ reason: "cannot-write", file: out, message: `cannot write ${out}: ${String(cause)}` }),
  })

export const run = ({ out, includeSuggestions, allCodes, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const { bytes, project: qde } = yield* Export.qdpx(p.store, p.config.name, {
        origin: `ValueLens ${VERSION}`,
        includeSuggestions,
        allCodes,
      })
      yield* writeOut(out, bytes)
      const sources = qde.sources.length
      const selections = qde.sources.reduce((n, s) => n + (s.kind === "text" ? s.selections.length : 0), 0)
      const codings = qde.sources.reduce(
        (n, s) => n + (s.kind === "text" ? s.selections.reduce((k, sel) => k + sel.codings.length, 0) : 0),
        0,
      )
      const summary = {
        out,
        bytes: bytes.length,
        users: qde.users.length,
        cases: qde.cases.length,
        sources,
        selections,
        codings,
        notes: qde.notes.length,
      }
      yield* Output.result(
        json,
        summary,
        () =>
          `Wrote ${out}: ${sources} sources, ${selections} selections, ${codings} codings, ${qde.cases.length} cases, ${qde.notes.length} notes`,
      )
    }),
  )
