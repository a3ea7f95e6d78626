import { Manual } from "@valuelens/coding"
import { Effect } from "effect"
import type { config } from "../commands/participant-rename.js"
import type { Input } from "../Lazy.js"
import * as Lookup from "../Lookup.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ participant, id, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const before = yield* Lookup.participant(p.store, participant)
      const after = yield* Manual.renameParticipant(p.store, before, id)
      yield* Output.result(json, after, () =>
        after.id === before.id
          ? `${before.id} already has that id; nothing changed`
          : `Renamed participant ${before.id} to ${after.id}. Undo with: valuelens code undo`,
      )
    }),
  )
