import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

const repeated = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.atLeast(0))

export const config = {
  code: Flag.String("code").pipe(Flag.withDescription("the code whose passages to retrieve")),
  and: repeated("and", "keep passages that also overlap a passage coded this (repeatable)"),
  not: repeated("not", "drop passages that overlap a passage coded this (repeatable)"),
  near: repeated("near", "keep passages with a passage coded CODE at most N words away: CODE:N (repeatable)"),
  group: Flags.list("group", "only participants of these groups, comma-separated"),
  attribute: Flag.KeyValuePair("attribute").pipe(
    Flag.withDescription("only participants with this attribute value: key=value (repeatable)"),
    Flag.optional,
  ),
  coder: Flags.list("coder", "only codings by these coders, comma-separated (default: everyone's)"),
  format: Flag.Literals("format", ["text", "csv"]).pipe(
    Flag.withDescription("text (citations and passages) or csv"),
    Flag.withDefault("text" as const),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const retrieve = Command.make(
  "retrieve",
  config,
  handler(() => import("../handlers/retrieve.js")),
).pipe(
  Command.withDescription(
    "retrieve coded passages with their citations: by code, AND/NOT/NEAR other codes, group, attribute and coder",
  ),
)
