import { Argument, Command, Flag } from "effect/cli"
import * as Coder from "../Coder.js"
import * as Flags from "../Flags.js"
import { handler } from "../Lazy.js"

export const config = {
  project: Flags.project,
  json: Flags.json,
  coders: Flags.coders,
  consensus: Flags.consensus,
  save: Flags.save,
  countries: Flags.list(
    "countries",
    "countries to triangulate within, comma-separated: their interviews, documents and statistics only (default: every source, with the statistics of the countries of the project's sources)",
  ),
  from: Flag.Int("from").pipe(Flag.withDescription("first year of statistics"), Flag.optional),
  to: Flag.Int("to").pipe(Flag.withDescription("last year of statistics"), Flag.optional),
  override: Flag.Boolean("override").pipe(
    Flag.withDescription(
      "overrule one verdict: --override THEME PAIR VERDICT --memo TEXT (PAIR: interview-document, interview-statistics, document-statistics; VERDICT: agreement, partial-agreement, silence, dissonance, or clear)",
    ),
    Flag.withDefault(false),
  ),
  memo: Flag.String("memo").pipe(Flag.withDescription("why the verdict is overridden"), Flag.optional),
  author: Flag.String("author").pipe(Flag.withDescription(`who overrides (${Coder.DEFAULT})`), Flag.optional),
  target: Argument.String("THEME PAIR VERDICT").pipe(
    Argument.withDescription("with --override: the verdict to overrule and the new verdict"),
    Argument.variadic({ max: 3 }),
  ),
}

export const triangulate = Command.make(
  "triangulate",
  config,
  handler(() => import("../handlers/triangulate.js")),
).pipe(
  Command.withDescription(
    "triangulate themes across interviews, documents and statistics (convergence matrix)",
  ),
)
