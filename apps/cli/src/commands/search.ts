import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  text: Argument.String("text").pipe(
    Argument.withDescription(
      "a word or phrase (any case, whole words), or with --regex a regular expression",
    ),
  ),
  regex: Flag.Boolean("regex").pipe(
    Flag.withDescription(
      "read TEXT as a JavaScript regular expression (case-sensitive; add --ignore-case for any case)",
    ),
    Flag.withDefault(false),
  ),
  ignoreCase: Flag.Boolean("ignore-case").pipe(
    Flag.withDescription("with --regex, match in any case"),
    Flag.withDefault(false),
  ),
  kwic: Flag.Int("kwic").pipe(
    Flag.withDescription("words of context shown on each side of a match (keyword in context; default 6)"),
    Flag.withDefault(6),
  ),
  source: Flags.list("source", "only these sources (handles or ids), comma-separated"),
  format: Flag.Literals("format", ["text", "csv"]).pipe(
    Flag.withDescription("text (a keyword-in-context concordance) or csv"),
    Flag.withDefault("text" as const),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const search = Command.make(
  "search",
  config,
  handler(() => import("../handlers/search.js")),
).pipe(
  Command.withDescription(
    "search the sources' text for a word, phrase or regular expression: each match with its place and words around it",
  ),
)
