import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  project: Flags.project,
  json: Flags.json,
  data: Flag.String("data").pipe(
    Flag.withDescription(
      'reliability data: JSON {"matrix": [[…], …]} or CSV, one row per coder, one column per unit',
    ),
    Flag.optional,
  ),
  coders: Flags.list(
    "coders",
    "the project's coders to compare, comma-separated (ids or names, engines too)",
  ),
  unit: Flag.Literals("unit", ["turn", "sentence", "paragraph"] as const).pipe(
    Flag.withDescription("unit of comparison for project agreement (default: turn)"),
    Flag.withDefault("turn" as const),
  ),
  codes: Flags.list("codes", "codes to report, comma-separated (default: every code the coders used)"),
  measure: Flag.Literals("measure", [
    "alpha",
    "kappa",
    "cohen",
    "fleiss",
    "scott",
    "percent",
    "all",
  ] as const).pipe(
    Flag.withDescription("coefficient (default: alpha with --data, all with --coders)"),
    Flag.optional,
  ),
  level: Flag.Literals("level", ["nominal", "ordinal", "interval", "ratio"] as const).pipe(
    Flag.withDescription("level of measurement for alpha (default: nominal)"),
    Flag.optional,
  ),
  weights: Flag.Literals("weights", ["linear", "quadratic"] as const).pipe(
    Flag.withDescription("weighted Cohen's kappa, on the categories' rank positions"),
    Flag.optional,
  ),
  bootstrap: Flag.Int("bootstrap").pipe(
    Flag.withDescription("with --data and alpha: a bootstrapped 95% interval from this many samples"),
    Flag.optional,
  ),
  save: Flags.save,
  seed: Flag.Int("seed").pipe(
    Flag.withDescription("seed of the bootstrap (default: 1)"),
    Flag.withDefault(1),
  ),
}

export const agreement = Command.make(
  "agreement",
  config,
  handler(() => import("../handlers/agreement.js")),
).pipe(
  Command.withDescription(
    "agreement between coders: a project's (--coders A,B) or a reliability matrix's (--data FILE)",
  ),
)
