import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { BadInput } from "@valuelens/core"
import type { LoadedPlugin } from "@valuelens/plugin-api"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Flags from "../Flags.js"
import * as Output from "../Output.js"
import * as Scaffold from "../Scaffold.js"
import { withWorkspace } from "../Workspace.js"

/** What one plugin contributes, as `plugins list --json` prints it. */
export const summarise = (p: LoadedPlugin) => {
  const d = p.definition
  return {
    name: p.meta.name,
    version: p.meta.version,
    namespace: p.meta.namespace,
    description: p.meta.description,
    specifier: p.specifier,
    resolved: p.resolved,
    values: (d.values ?? []).map((v) => ({ id: v.id, name: v.name, area: v.area, pillars: v.pillars ?? [] })),
    factors: (d.factors ?? []).map((f) => ({ id: f.id, name: f.name, drives: f.drives })),
    areas: (d.areas ?? []).map((a) => ({ id: a.id, name: a.name, pillar: a.pillar })),
    codes: (d.codes ?? []).map((c) => ({ id: c.id, name: c.name, parent: c.parent })),
    lexicons: (d.lexicons ?? []).map((l) => ({ language: l.language, entries: l.entries.length })),
    countries: (d.countries ?? []).map((c) => ({ iso3: c.iso3, name: c.name })),
    indicators: (d.indicators ?? []).map((i) => i.key),
    observations: (d.observations ?? []).length,
    indicatorRules: (d.indicatorRules ?? []).map((r) => ({ id: r.id, theme: r.theme })),
    reportSections: (d.reportSections ?? []).map((s) => s.id),
  }
}

const human = (p: ReturnType<typeof summarise>): string => {
  const lines = [`${p.name} ${p.version}  (namespace ${p.namespace}, from ${p.specifier})`]
  const add = (label: string, items: ReadonlyArray<string>) => {
    if (items.length > 0) lines.push(`  ${label} (${items.length}): ${items.join(", ")}`)
  }
  add(
    "values",
    p.values.map((v) => v.id),
  )
  add(
    "factors",
    p.factors.map((f) => `${f.id} → ${f.drives.join(", ")}`),
  )
  add(
    "areas",
    p.areas.map((a) => `${a.id} [${a.pillar}]`),
  )
  add(
    "codes",
    p.codes.map((c) => c.id),
  )
  add(
    "lexicons",
    p.lexicons.map((l) => `${l.language} (${l.entries} entries)`),
  )
  add(
    "countries",
    p.countries.map((c) => c.iso3),
  )
  add("indicators", p.indicators)
  if (p.observations > 0) lines.push(`  observations: ${p.observations}`)
  add(
    "indicator rules",
    p.indicatorRules.map((r) => r.id),
  )
  add("report sections", p.reportSections)
  return lines.join("\n")
}

const list = Command.make("list", { project: Flags.project, json: Flags.json }, ({ project, json }) =>
  withWorkspace(project, ({ registry, codebook }) => {
    const plugins = registry.plugins.map(summarise)
    return Output.result(json, { plugins, codebook }, () =>
      [
        Output.table(
          ["plugin", "version", "namespace", "values", "factors", "areas", "codes"],
          plugins.map((p) => [
            p.name,
            p.version,
            p.namespace,
            p.values.length,
            p.factors.length,
            p.areas.length,
            p.codes.length,
          ]),
        ),
        "",
        ...plugins.map(human),
      ].join("\n"),
    )
  }),
).pipe(
  Command.withDescription("each plugin of the project with its version, namespace and what it contributes"),
)

const create = Command.make(
  "new",
  {
    kind: Argument.Literals("kind", ["value", "country"]).pipe(
      Argument.withDescription("value: a value dimension; country: country facts and statistics"),
    ),
    name: Argument.String("name").pipe(
      Argument.withDescription("short name, such as transparency or brunei"),
    ),
    dir: Flag.String("dir").pipe(
      Flag.withDescription("folder for the package (default: ./valuelens-plugin-KIND-NAME)"),
      Flag.optional,
    ),
    iso3: Flag.String("iso3").pipe(
      Flag.withDescription("the country's ISO 3166-1 alpha-3 code (country plugins)"),
      Flag.optional,
    ),
    json: Flags.json,
  },
  ({ kind, name, dir, iso3, json }) =>
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
    }),
).pipe(Command.withDescription("scaffold a plugin package (value dimension or country) to fill in"))

export const plugins = Command.make("plugins").pipe(
  Command.withDescription("list the project's plugins, or scaffold a new one"),
  Command.withSubcommands([list, create]),
)
