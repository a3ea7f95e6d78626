import { Postgres, Project } from "@valuelens/store"
import { Effect } from "effect"
import type { config } from "../commands/project-copy.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

export const run = ({ to, project, json }: Input<typeof config>) =>
  withProject(project, (p) =>
    Effect.gen(function* () {
      const copied = yield* Project.copy(p, to)
      const rows = Object.values(copied).reduce((a, b) => a + b, 0)
      const setting = Postgres.isUrl(to) ? `"storage": { "url": "${to}" }` : `"storage": { "file": "${to}" }`
      yield* Output.result(json, { from: p.database, to, tables: copied }, () =>
        [
          `Copied ${rows} rows from ${p.database} to ${to}, each checked against the original.`,
          ...Object.entries(copied).map(([table, n]) => `  ${table.padEnd(20)} ${n}`),
          `Use the copy with ${setting} in a project's valuelens.json.`,
        ].join("\n"),
      )
    }),
  )
