import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  dir: Argument.String("dir").pipe(
    Argument.withDescription("folder for the demo study (replaced if an earlier demo made it)"),
    Argument.withDefault("demo-output"),
  ),
  corpus: Flag.String("corpus").pipe(
    Flag.withDescription(
      "the demo corpus folder (default: the repository's examples/malaysia-value-deficits)",
    ),
    Flag.optional,
  ),
  acceptAbove: Flag.Finite("accept-above").pipe(
    Flag.withDescription("accept suggestions scoring at least this, as a stand-in for review (default 3)"),
    Flag.withDefault(3),
  ),
  json: Flags.json,
}

export const demo = Command.make(
  "demo",
  config,
  handler(() => import("../handlers/demo.js")),
).pipe(Command.withDescription("run the demo study end to end into DIR (default: demo-output)"))
