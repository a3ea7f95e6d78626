import { Export } from "@valuelens/refi"
import { Effect } from "effect"
import type { config } from "../commands/export-codebook.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { VERSION } from "../Version.js"
import { withProject } from "../Workspace.js"
import { writeOut } from "./export-qdpx.js"

export const run = ({ out, allCodes, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const { xml, codes } = yield* Export.codebook(p.store, { origin: `ValueLens ${VERSION}`, allCodes })
      yield* writeOut(out, xml)
      yield* Output.result(json, { out, codes }, () => `Wrote ${out}: ${codes} codes`)
    }),
  )
