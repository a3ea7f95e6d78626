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

/** `--coders a,b`: the analyses count only these coders' codings (see `Coders` in @valuelens/coding). */
export const coders = list(
  "coders",
  "count only these coders' codings, comma-separated (default: every coder)",
)

/** `--consensus N`: a code counts only where at least N of the coders gave it to the same passage. */
export const consensus = Flag.Int("consensus").pipe(
  Flag.withDescription(
    "count a code only where at least N of the coders (--coders, else all) gave it to the same passage",
  ),
  Flag.optional,
)

/** `--save NAME`: record this analysis as a named, dated run that reports show (`report --run NAME`). */
export const save = Flag.String("save").pipe(
  Flag.withDescription(
    "record the result as a named, dated run for reports (report --run NAME); without it nothing is kept for reports",
  ),
  Flag.optional,
)

/** A memo named by its id or the unique beginning of it. */
export const memo = Argument.String("memo").pipe(
  Argument.withDescription("the memo's id, or its unique beginning"),
)

/** A code named by its id (`vd/trust`, `free/weak-oversight`; `valuelens codebook list` shows them). */
export const code = Argument.String("code").pipe(
  Argument.withDescription("the code's id (valuelens codebook list shows them)"),
)

/** `--dry-run`: say what a change would touch and change nothing. */
export const dryRun = Flag.Boolean("dry-run").pipe(
  Flag.withDescription("show the codings and codes it would change, and change nothing"),
  Flag.withDefault(false),
)
