/** Makes the test study in a folder: `node test/tui/seed.ts DIR [EXTRA_SUGGESTIONS]` (Node strips the types). */
import { Effect } from "effect"
import { make } from "./fixture.ts"

const [dir, extra] = process.argv.slice(2)
if (!dir) throw new Error("usage: seed.ts DIR [EXTRA_SUGGESTIONS]")
await Effect.runPromise(
  make(dir, { extra: Number(extra ?? 0), tiers: true }).pipe(Effect.flatMap((m) => m.project.store.close())),
)
