/**
 * Commands load what they do only when they run. A command is two modules: `commands/NAME.ts` defines it (its
 * name, flags, arguments and description: all that `--help`, `--version` and parsing read) and
 * `handlers/NAME.ts` does it (`run`, with the packages it uses), imported only when that command is chosen. So
 * `valuelens --version` never loads the store, the readers or the renderers.
 */

import type { Command } from "effect/cli"
import type * as Effect from "effect/Effect"
import { flatMap, promise } from "effect/Effect"

/** What a command's handler receives: the parsed values of its `config` (flags and arguments). */
export type Input<Config extends Command.Command.Config> = Command.Command.Config.Infer<Config>

/** A handler loaded from its module when the command runs: `handler(() => import("../handlers/NAME.js"))`. */
export const handler =
  <I, A, E, R>(load: () => Promise<{ readonly run: (input: I) => Effect.Effect<A, E, R> }>) =>
  (input: I): Effect.Effect<A, E, R> =>
    flatMap(promise(load), (module) => module.run(input))
