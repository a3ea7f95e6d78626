import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  order: Flag.Literals("order", ["import", "date"]).pipe(
    Flag.withDescription("interview order: import order or interview date"),
    Flag.withDefault("import" as const),
  ),
  base: Flag.Int("base").pipe(Flag.withDescription("base size in interviews"), Flag.withDefault(4)),
  run: Flag.Int("run").pipe(Flag.withDescription("run length in interviews"), Flag.withDefault(2)),
  threshold: Flag.String("threshold").pipe(
    Flag.withDescription("most new information for saturation, as a share of the base's codes (0.05 or 5%)"),
    Flag.withDefault("5%"),
  ),
  coders: Flags.coders,
  consensus: Flags.consensus,
  save: Flags.save,
  project: Flags.project,
  json: Flags.json,
}

export const analyzeSaturation = Command.make(
  "saturation",
  config,
  handler(() => import("../handlers/analyze-saturation.js")),
).pipe(Command.withDescription("new codes per interview and the base/run/threshold saturation verdict"))
