import { Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  project: Flags.project,
  json: Flags.json,
  countries: Flags.list("countries", "ISO3 codes of the countries to compare, comma-separated (MYS,PHL)"),
  from: Flag.Int("from").pipe(
    Flag.withDescription("first report year (default: the first with data)"),
    Flag.optional,
  ),
  to: Flag.Int("to").pipe(
    Flag.withDescription("last report year (default: the last with data)"),
    Flag.optional,
  ),
}

export const compare = Command.make(
  "compare",
  config,
  handler(() => import("../handlers/compare.js")),
).pipe(Command.withDescription("compare countries: TIP tiers, indicators and institutions side by side"))
