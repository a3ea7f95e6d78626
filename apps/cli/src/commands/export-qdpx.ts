import { writeFile } from "node:fs/promises"
import { BadInput } from "@valuelens/core"
import { Export } from "@valuelens/refi"
import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
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

export const exportQdpx = Command.make(
  "qdpx",
  {
    out: Flag.String("out").pipe(Flag.withDescription("the .qdpx file to write")),
    includeSuggestions: Flag.Boolean("include-suggestions").pipe(
      Flag.withDescription("also export suggested codings (default: accepted codings only)"),
      Flag.withDefault(false),
    ),
    allCodes: Flag.Boolean("all-codes").pipe(
      Flag.withDescription(
        "also export framework codes nothing in the project uses (default: only used ones)",
      ),
      Flag.withDefault(false),
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ out, includeSuggestions, allCodes, project, json }) =>
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
    ),
).pipe(
  Command.withDescription("export the project as a REFI-QDA .qdpx for ATLAS.ti, NVivo, MAXQDA or QualCoder"),
)
