import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  engine: Flag.Literals("engine", ["rules"]).pipe(
    Flag.withDescription("the engine that suggests codes (rules: the plugins' lexicons)"),
    Flag.withDefault("rules" as const),
  ),
  accept: Flag.Boolean("accept").pipe(
    Flag.withDescription("store the suggestions as accepted instead of waiting for review"),
    Flag.withDefault(false),
  ),
  codes: Flags.list("codes", "only these codes, comma-separated"),
  sources: Flags.list("sources", "only these sources, comma-separated"),
  project: Flags.project,
  json: Flags.json,
}

export const codeAuto = Command.make(
  "auto",
  config,
  handler(() => import("../handlers/code-auto.js")),
).pipe(
  Command.withDescription("suggest codes with the plugins' lexicon rules (participant speech and documents)"),
)
