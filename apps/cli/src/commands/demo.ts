import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { Argument, Command } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import { createProject } from "../Workspace.js"
import { DEFAULT_PLUGINS } from "./init.js"

/** Marks a folder the demo made, so a second run may replace it and nothing else is ever deleted. */
const MARKER = ".valuelens-demo"

export const demo = Command.make(
  "demo",
  {
    dir: Argument.String("dir").pipe(
      Argument.withDescription("folder for the demo study"),
      Argument.withDefault("demo-output"),
    ),
    json: Flags.json,
  },
  ({ dir, json }) =>
    Effect.gen(function* () {
      const out = resolve(dir)
      if (existsSync(out) && readdirSync(out).length > 0) {
        if (!existsSync(join(out, MARKER)))
          return yield* new BadInput({
            reason: "folder-not-empty",
            file: out,
            message: `${out} is not empty and was not made by the demo; choose another folder`,
          })
        rmSync(out, { recursive: true, force: true })
      }
      const projectDir = join(out, "project")
      const { project } = yield* createProject(projectDir, {
        name: "Malaysia value deficits (demo)",
        plugins: DEFAULT_PLUGINS,
      })
      writeFileSync(join(out, MARKER), "made by valuelens demo\n")
      const counts = yield* project.store.counts()
      yield* project.store.close()
      yield* Output.result(json, { project: projectDir, database: project.database, counts }, () =>
        [
          `Demo project created in ${projectDir}`,
          Output.table(
            ["", "count"],
            Object.entries(counts).map(([k, v]) => [k, v]),
          ),
          "",
          `Look around:  node apps/cli/dist/bin.js status --project ${projectDir}`,
        ].join("\n"),
      )
    }),
).pipe(Command.withDescription("run the demo study end to end into DIR (default: demo-output)"))
