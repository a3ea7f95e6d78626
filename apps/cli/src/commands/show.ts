import { Argument, Command } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  source: Argument.String("source").pipe(
    Argument.withDescription("the source: its handle (from `valuelens status`), id, or their beginning"),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const show = Command.make(
  "show",
  config,
  handler(() => import("../handlers/show.js")),
).pipe(
  Command.withDescription(
    "print a source's text with turn and sentence numbers (1.2 is turn 1, sentence 2) for `code add SOURCE:1.2`",
  ),
)
