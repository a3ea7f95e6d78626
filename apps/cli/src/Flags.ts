/** Flags every command shares: `--project DIR` (default: the current folder) and `--json`. */
import { Flag } from "effect/cli"

export const project = Flag.String("project").pipe(
  Flag.withDescription("the project folder (default: the current folder)"),
  Flag.withDefault("."),
)

export const json = Flag.Boolean("json").pipe(
  Flag.withDescription("print machine-readable JSON on stdout"),
  Flag.withDefault(false),
)

/** A comma-separated list flag (`--coders a,b`), empty when absent. */
export const list = (name: string, description: string) =>
  Flag.String(name).pipe(
    Flag.withDescription(description),
    Flag.withDefault(""),
    Flag.map((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    ),
  )
