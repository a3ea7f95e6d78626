import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  kind: Argument.Literals("kind", ["value", "country"]).pipe(
    Argument.withDescription("value: a value dimension; country: country facts and statistics"),
  ),
  name: Argument.String("name").pipe(Argument.withDescription("short name, such as transparency or brunei")),
  dir: Flag.String("dir").pipe(
    Flag.withDescription("folder for the package (default: ./valuelens-plugin-KIND-NAME)"),
    Flag.optional,
  ),
  iso3: Flag.String("iso3").pipe(
    Flag.withDescription("the country's ISO 3166-1 alpha-3 code (country plugins)"),
    Flag.optional,
  ),
  json: Flags.json,
}

export const pluginsNew = Command.make(
  "new",
  config,
  handler(() => import("../handlers/plugins-new.js")),
).pipe(Command.withDescription("scaffold a plugin package (value dimension or country) to fill in"))
