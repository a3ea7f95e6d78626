import { Export } from "@valuelens/refi"
import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { VERSION } from "../Version.js"
import { withProject } from "../Workspace.js"
import { writeOut } from "./export-qdpx.js"

export const exportCodebook = Command.make(
  "codebook",
  {
    out: Flag.String("out").pipe(Flag.withDescription("the .qdc file to write")),
    allCodes: Flag.Boolean("all-codes").pipe(
      Flag.withDescription(
        "also export framework codes nothing in the project uses (default: only used ones)",
      ),
      Flag.withDefault(false),
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ out, allCodes, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        const { xml, codes } = yield* Export.codebook(p.store, { origin: `ValueLens ${VERSION}`, allCodes })
        yield* writeOut(out, xml)
        yield* Output.result(json, { out, codes }, () => `Wrote ${out}: ${codes} codes`)
      }),
    ),
).pipe(Command.withDescription("export the codebook alone as a REFI-QDA .qdc"))
