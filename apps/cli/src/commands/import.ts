import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  paths: Argument.String("path").pipe(
    Argument.withDescription("files or folders (folders are read recursively)"),
    Argument.variadic({ min: 1 }),
  ),
  kind: Flag.Literals("kind", ["interview", "document", "statistics"]).pipe(
    Flag.withDescription("import every file as this kind (default: from the extension and front matter)"),
    Flag.optional,
  ),
  roster: Flag.String("roster").pipe(
    Flag.withDescription("a roster CSV: participant,group,organisation,location,country,…"),
    Flag.optional,
  ),
  replace: Flag.Boolean("replace").pipe(
    Flag.withDescription("a changed file with an imported file's name becomes its new version"),
    Flag.withDefault(false),
  ),
  allowAbsolute: Flag.Boolean("allow-absolute").pipe(
    Flag.withDescription("let a REFI-QDA project read absolute:// sources from anywhere on this machine"),
    Flag.withDefault(false),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const importCommand = Command.make(
  "import",
  config,
  handler(() => import("../handlers/import.js")),
).pipe(
  Command.withDescription("import transcripts, documents and statistics (files or folders) into the project"),
)
