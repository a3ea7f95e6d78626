import { extname } from "node:path"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { Argument, Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"
import { describeSummary, importRefiFile, refiExtensions } from "./import-refi.js"

export const importCommand = Command.make(
  "import",
  {
    paths: Argument.String("path").pipe(
      Argument.withDescription("REFI-QDA files to import (.qdpx, .qde, .qdc)"),
      Argument.atLeast(1),
    ),
    project: Flags.project,
    json: Flags.json,
  },
  ({ paths, project, json }) =>
    withProject(project, (p) =>
      Effect.gen(function* () {
        for (const path of paths)
          if (!(refiExtensions as ReadonlyArray<string>).includes(extname(path).toLowerCase()))
            return yield* new BadInput({
              reason: "unsupported-file",
              file: path,
              message: `${path}: cannot import this kind of file; expected ${refiExtensions.join(", ")}`,
            })
        // all files in one transaction: a failure in any leaves the project as it was
        const summaries = yield* p.store.transaction((tx) =>
          Effect.forEach(paths, (path) => importRefiFile({ ...p, store: tx }, path)),
        )
        yield* Output.result(json, { imported: summaries }, () => summaries.map(describeSummary).join("\n"))
      }),
    ),
).pipe(Command.withDescription("import REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc)"))
