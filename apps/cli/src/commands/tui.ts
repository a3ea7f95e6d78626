import { Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  project: Flags.project,
  coder: Flag.String("coder").pipe(
    Flag.withDescription(`who is coding: manual codings and memos carry this coder (${Coder.DEFAULT})`),
    Flag.optional,
  ),
}

export const tui = Command.make(
  "tui",
  config,
  handler(() => import("../handlers/tui.js")),
).pipe(
  Command.withDescription(
    "open the terminal UI on a project (also: valuelens with no arguments on a terminal)",
  ),
)
