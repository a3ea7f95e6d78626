import { Effect } from "effect"
import type { config } from "../commands/tui.js"
import type { Input } from "../Lazy.js"
import * as Tui from "../tui/Tui.js"

// The first frame is drawn before the modules that open a project are even loaded (see Tui.start).
export const run = ({ project, coder }: Input<typeof config>) =>
  Effect.gen(function* () {
    const screen = yield* Effect.promise(Tui.start)
    const Session = yield* Effect.promise(() => import("../tui/Session.js"))
    return yield* Session.run(project, coder, screen)
  })
