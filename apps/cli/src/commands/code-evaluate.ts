import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  engine: Flag.Literals("engine", ["model", "rules"]).pipe(
    Flag.withDescription("the engine to measure against the project's human coders"),
    Flag.withDefault("model" as const),
  ),
  folds: Flag.Int("folds").pipe(
    Flag.withDescription("cross-validation folds, by source (one interview is never split)"),
    Flag.withDefault(5),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const codeEvaluate = Command.make(
  "evaluate",
  config,
  handler(() => import("../handlers/code-evaluate.js")),
).pipe(
  Command.withDescription(
    "measure an auto-coding engine against the project's human coding: cross-validated precision, recall, F1 and Krippendorff's alpha",
  ),
)
