/**
 * The files of a new plugin package, for `valuelens plugins new value|country NAME`. The package is complete as
 * generated: it builds, its own test loads it through the real loader, and the loader accepts it; a team then
 * replaces the placeholder definitions, lexicon and data with their own.
 */
import { createRequire } from "node:module"

export type Kind = "value" | "country"

/** Versions the generated package develops against (kept equal to the workspace catalog by a test). */
export const toolVersions = { typescript: "7.0.2", vitest: "5.1.2", "@types/node": "24.19.4" } as const

const pluginApiVersion = (): string =>
  (createRequire(import.meta.url)("@valuelens/plugin-api/package.json") as { version: string }).version

export interface Options {
  readonly kind: Kind
  /** Short name: `transparency`, `brunei`. */
  readonly name: string
  /** ISO3 code of a country plugin (`BRN`). */
  readonly iso3?: string
}

export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^@[^/]+\//, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

export const packageNameOf = (o: Options): string => `valuelens-plugin-${o.kind}-${slug(o.name)}`

const title = (s: string) =>
  s
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ")

const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`

const valueSource = (ns: string, name: string) => `/**
 * ${title(name)}: a value dimension for ValueLens. Replace the definitions and the lexicon with your own; keep
 * every id prefixed with the namespace "${ns}/".
 */
import { definePlugin } from "@valuelens/plugin-api/define"

export default definePlugin({
  apiVersion: 1,
  meta: { name: "${packageNameOf({ kind: "value", name })}", version: "0.1.0", namespace: "${ns}" },
  values: [
    {
      id: "${ns}/${name}",
      name: "${title(name)}",
      definition: "What ${title(name).toLowerCase()} means in the institutions you study, written for researchers coding by hand.",
      deficit: "What a deficit in ${title(name).toLowerCase()} looks like in interviews and documents.",
      area: "${ns}/${name}-area",
      pillars: ["partnership"],
    },
  ],
  factors: [
    {
      id: "${ns}/${name}-driver",
      name: "Driver of ${title(name).toLowerCase()} deficits",
      definition: "The organisational or structural condition that weakens ${title(name).toLowerCase()}.",
      drives: ["${ns}/${name}"],
    },
  ],
  areas: [
    {
      id: "${ns}/${name}-area",
      name: "Where ${title(name).toLowerCase()} shows",
      definition: "The implementation area where a deficit in ${title(name).toLowerCase()} shows.",
      pillar: "partnership",
    },
  ],
  lexicons: [
    {
      language: "en",
      entries: [
        {
          code: "${ns}/${name}",
          terms: [{ text: "${name.split("-")[0]}", weight: 2 }],
          phrases: [],
          near: [],
          exclude: [],
          minScore: 2,
        },
        {
          code: "${ns}/${name}-driver",
          terms: [{ text: "${name.split("-")[0]}", weight: 1 }],
          minScore: 2,
        },
      ],
    },
  ],
})
`

const countrySource = (ns: string, name: string, iso3: string) => `/**
 * ${title(name)}: country facts for ValueLens. The statistics live in data/observations.csv, one figure per row
 * with its source and confidence; leave a figure out rather than guess it.
 */
import { readFileSync } from "node:fs"
import { definePlugin, Observations } from "@valuelens/plugin-api/define"

const csv = new URL("../data/observations.csv", import.meta.url)

export default definePlugin({
  apiVersion: 1,
  meta: { name: "${packageNameOf({ kind: "country", name })}", version: "0.1.0", namespace: "${ns}" },
  countries: [
    {
      iso3: "${iso3}",
      name: "${title(name)}",
      region: "South-East Asia",
      institutions: [],
    },
  ],
  observations: Observations.fromCsv(readFileSync(csv, "utf8"), "data/observations.csv"),
})
`

const testSource = (
  kind: Kind,
  ns: string,
  name: string,
  iso3: string,
) => `import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Loader } from "@valuelens/plugin-api"
import { describe, expect, it } from "vitest"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

describe("${packageNameOf({ kind, name })}", () => {
  it("passes the ValueLens loader's validation", async () => {
    const registry = await Loader.loadPromise(["./src/index.ts"], root)
    expect(registry.plugins.map((p) => p.meta.namespace)).toEqual(["${ns}"])
${
  kind === "value"
    ? `    expect(registry.values.map((v) => v.id)).toEqual(["${ns}/${name}"])
    expect(registry.factors.map((f) => f.drives)).toEqual([["${ns}/${name}"]])`
    : `    expect(registry.countries.map((c) => c.iso3)).toEqual(["${iso3}"])
    for (const o of registry.observations) expect(o.source).not.toBe("")`
}
  })
})
`

const readme = (kind: Kind, ns: string, name: string) => {
  const pkg = packageNameOf({ kind, name })
  return `# ${pkg}

A ValueLens plugin (${kind === "value" ? `a value dimension, namespace \`${ns}\`` : `country facts, namespace \`${ns}\``}).

## Fill it in

${
  kind === "value"
    ? "- `src/index.ts`: the value's definition and deficit, the factor that drives it, the area and pillar, and the\n  English lexicon (terms, phrases, `NEAR/n` pairs, exclusions, weights)."
    : "- `src/index.ts`: the country (ISO3, name, region) and its institutions, each with a source.\n- `data/observations.csv`: one statistic per row (`country,year,indicator,value,unit,source,confidence`);\n  leave out figures you cannot source."
}
- Every id starts with \`${ns}/\`.

## Test

\`\`\`sh
npm install
npm test        # loads the plugin through the ValueLens loader, which checks every field
npm run build   # compiles to dist/
\`\`\`

## Use it in a project

Add the folder (or, once published, the package name) to the project's \`valuelens.json\`:

\`\`\`json
{ "name": "my-study", "plugins": ["framework-value-deficits", "./${pkg}"] }
\`\`\`

Then \`valuelens plugins list\` shows what it contributes.

## Publish

\`npm publish\` runs the build and the test first. Keep \`@valuelens/plugin-api\` a peer dependency so the project's
ValueLens supplies it.
`
}

/** The files of the new package, by path relative to its folder. */
export const files = (o: Options): Record<string, string> => {
  const name = slug(o.name)
  const ns = name
  const iso3 = (o.iso3 ?? name.slice(0, 3)).toUpperCase()
  const api = `^${pluginApiVersion()}`
  const out: Record<string, string> = {
    "package.json": json({
      name: packageNameOf(o),
      version: "0.1.0",
      description: `ValueLens plugin: ${title(name)}`,
      license: "MIT",
      type: "module",
      keywords: ["valuelens-plugin"],
      engines: { node: ">=24" },
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./package.json": "./package.json",
      },
      files: o.kind === "country" ? ["dist", "data", "README.md"] : ["dist", "README.md"],
      scripts: {
        build: "tsc -p tsconfig.json",
        test: "vitest run",
        prepublishOnly: "npm run build && npm test",
      },
      peerDependencies: { "@valuelens/plugin-api": api },
      devDependencies: {
        "@types/node": toolVersions["@types/node"],
        "@valuelens/plugin-api": api,
        typescript: toolVersions.typescript,
        vitest: toolVersions.vitest,
      },
    }),
    "tsconfig.json": json({
      compilerOptions: {
        target: "ES2024",
        lib: ["ES2024"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        declaration: true,
        skipLibCheck: true,
        verbatimModuleSyntax: true,
        rootDir: "src",
        outDir: "dist",
        types: ["node"],
      },
      include: ["src"],
    }),
    "src/index.ts": o.kind === "value" ? valueSource(ns, name) : countrySource(ns, name, iso3),
    "test/plugin.test.ts": testSource(o.kind, ns, name, iso3),
    "README.md": readme(o.kind, ns, name),
    ".gitignore": "node_modules/\ndist/\n",
  }
  if (o.kind === "country")
    out["data/observations.csv"] = "country,year,indicator,value,unit,source,confidence\n"
  return out
}
