import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { BadInput } from "@valuelens/core"
import { Effect, Option } from "effect"
import type { config } from "../commands/plugins-new.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import * as Scaffold from "../Scaffold.js"

export const run = ({ kind, name, dir, iso3, json }: Input<typeof config>) =>
  Effect.gen(function* () {
    if (Scaffold.slug(name) === "")
      return yield* new BadInput({
        reason: "invalid-name",
        field: "name",
        message: `"${name}" has no letters or digits to name a plugin; use a name such as transparency`,
      })
    const code = Option.getOrUndefined(iso3)
    if (code !== undefined && !/^[A-Za-z]{3}$/.test(code))
      return yield* new BadInput({
        reason: "invalid-iso3",
        field: "iso3",
        message: `--iso3 "${code}" is not an ISO 3166-1 alpha-3 code such as BRN`,
      })
    const options: Scaffold.Options = { kind, name, ...(code ? { iso3: code } : {}) }
    const target = resolve(Option.getOrElse(dir, () => Scaffold.packageNameOf(options)))
    if (existsSync(target) && readdirSync(target).length > 0)
      return yield* new BadInput({
        reason: "folder-not-empty",
        file: target,
        message: `${target} is not empty; choose another folder with --dir`,
      })
    const files = Scaffold.files(options)
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(target, path)), { recursive: true })
      writeFileSync(join(target, path), text)
    }
    if (kind === "country" && code === undefined)
      yield* Output.message(
        `note: the country code was guessed as ${Scaffold.files(options)["src/index.ts"]?.match(/iso3: "([A-Z]{3})"/)?.[1]}; check it in src/index.ts (or pass --iso3)`,
      )
    yield* Output.result(
      json,
      { package: Scaffold.packageNameOf(options), dir: target, files: Object.keys(files) },
      () =>
        [
          `Created ${Scaffold.packageNameOf(options)} in ${target}`,
          ...Object.keys(files).map((f) => `  ${f}`),
          "",
          `Next: cd ${relative(process.cwd(), target) || "."} && npm install && npm test`,
        ].join("\n"),
    )
  })
