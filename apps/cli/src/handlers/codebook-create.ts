import { Manual } from "@valuelens/coding"
import { Effect, Option } from "effect"
import type { config } from "../commands/codebook-create.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ name, parent, definition, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.flatMap(
      Manual.createCode(p.store, {
        name,
        ...(Option.isSome(parent) ? { parentId: parent.value } : {}),
        ...(Option.isSome(definition) ? { description: definition.value } : {}),
      }),
      (code) =>
        Output.result(
          json,
          code,
          () =>
            `Created ${code.name} (${code.id})${code.parentId ? ` under ${code.parentId}` : ""}. Undo with: valuelens code undo`,
        ),
    ),
  )
