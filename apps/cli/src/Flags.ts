/** Flags every command shares: `--project DIR` (default: the current folder) and `--json`. */
import { Argument, Flag } from "effect/cli"

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

/** A memo named by its id or the unique beginning of it. */
export const memo = Argument.String("memo").pipe(
  Argument.withDescription("the memo's id, or its unique beginning"),
)
