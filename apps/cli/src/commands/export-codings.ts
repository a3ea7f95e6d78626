import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  format: Flag.Literals("format", ["csv", "json"]).pipe(
    Flag.withDescription("csv or json"),
    Flag.withDefault("csv" as const),
  ),
  out: Flag.String("out").pipe(
    Flag.withDescription("write to this file instead of standard output"),
    Flag.optional,
  ),
  status: Flags.list(
    "status",
    "only codings with these statuses (suggested, accepted, rejected), comma-separated",
  ),
  project: Flags.project,
  json: Flags.json,
}

export const exportCodings = Command.make(
  "codings",
  config,
  handler(() => import("../handlers/export-codings.js")),
).pipe(
  Command.withDescription(
    "one row per coding: source, participant, group, start, end, text, code, kind, coder, status, origin, score",
  ),
)
