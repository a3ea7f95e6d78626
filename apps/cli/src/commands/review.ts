import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

const ids = (name: string, description: string) =>
  Flag.String(name).pipe(
    Flag.withDescription(description),
    Flag.atLeast(0),
    Flag.map((xs) =>
      xs
        .flatMap((x) => x.split(","))
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    ),
  )

export const config = {
  accept: ids("accept", "accept these suggestions (ids; repeat the flag or separate with commas)"),
  reject: ids("reject", "reject these suggestions (ids)"),
  acceptAll: Flag.Boolean("accept-all").pipe(
    Flag.withDescription("accept every suggestion that --code, --source and --min-score select"),
    Flag.withDefault(false),
  ),
  rejectAll: Flag.Boolean("reject-all").pipe(
    Flag.withDescription("reject every suggestion that --code, --source and --min-score select"),
    Flag.withDefault(false),
  ),
  code: Flags.list("code", "only suggestions of these codes, comma-separated"),
  source: Flags.list("source", "only suggestions in these sources (handles or ids), comma-separated"),
  minScore: Flag.Finite("min-score").pipe(
    Flag.withDescription("only suggestions scoring at least this"),
    Flag.optional,
  ),
  order: Flag.Literals("order", ["source", "uncertainty"]).pipe(
    Flag.withDescription(
      "list the queue in source order, or the model's least certain suggestions first (the decisions that teach it most)",
    ),
    Flag.withDefault("source" as const),
  ),
  project: Flags.project,
  json: Flags.json,
}

export const review = Command.make(
  "review",
  config,
  handler(() => import("../handlers/review.js")),
).pipe(Command.withDescription("the review queue: list suggestions (--json), or accept and reject them"))
