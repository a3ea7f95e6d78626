/**
 * The `valuelens` command tree. Each command is defined in `commands/` and done in `handlers/`, loaded when it
 * runs (see Lazy.ts).
 */
import { Command } from "effect/cli"
import { agreement } from "./commands/agreement.js"
import { analyze } from "./commands/analyze.js"
import { code } from "./commands/code.js"
import { codebook } from "./commands/codebook.js"
import { compare } from "./commands/compare.js"
import { demo } from "./commands/demo.js"
import { exportCommand } from "./commands/export.js"
import { importCommand } from "./commands/import.js"
import { init } from "./commands/init.js"
import { memo } from "./commands/memo.js"
import { participant } from "./commands/participant.js"
import { plugins } from "./commands/plugins.js"
import { project } from "./commands/project.js"
import { report } from "./commands/report.js"
import { retrieve } from "./commands/retrieve.js"
import { review } from "./commands/review.js"
import { search } from "./commands/search.js"
import { show } from "./commands/show.js"
import { status } from "./commands/status.js"
import { triangulate } from "./commands/triangulate.js"
import { tui } from "./commands/tui.js"

export const commands = [
  init,
  status,
  importCommand,
  show,
  search,
  code,
  codebook,
  review,
  memo,
  participant,
  retrieve,
  analyze,
  agreement,
  triangulate,
  compare,
  report,
  exportCommand,
  project,
  plugins,
  tui,
  demo,
] as const

export const root = Command.make("valuelens").pipe(
  Command.withDescription("ValueLens: qualitative policy research from the terminal"),
  Command.withSubcommands(commands),
)
