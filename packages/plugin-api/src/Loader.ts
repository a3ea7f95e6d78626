/**
 * Resolves the plugins a project names, imports them, and builds the registry. Short names resolve to the
 * bundled `@valuelens/plugin-<name>` packages; npm names resolve from the project folder and then from the
 * caller; `./` and `../` paths are relative to the project folder. A plugin that cannot be found, throws while
 * loading, or has the wrong shape fails the whole load: a project is never half-configured.
 */
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { isAbsolute, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { API_VERSION, type PluginDefinition } from "./Plugin.js"
import { fromPlugins, type LoadedPlugin, type Registry } from "./Registry.js"

const isPath = (s: string) => s.startsWith("./") || s.startsWith("../") || isAbsolute(s)

/** The npm name a short plugin name stands for: `country-malaysia` → `@valuelens/plugin-country-malaysia`. */
export const packageName = (specifier: string): string =>
  isPath(specifier) || specifier.startsWith("@") || specifier.includes("/")
    ? specifier
    : `@valuelens/plugin-${specifier}`

/** Where a plugin specifier points, searched from the project folder and then from `fallbackFrom`. */
export const resolveSpecifier = (
  specifier: string,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string>,
): string | undefined => {
  if (isPath(specifier)) {
    const p = resolve(projectDir, specifier)
    if (!existsSync(p)) return undefined
    try {
      return createRequire(join(projectDir, "noop.js")).resolve(p)
    } catch {
      return p
    }
  }
  for (const from of [join(projectDir, "noop.js"), ...fallbackFrom]) {
    try {
      return createRequire(from).resolve(packageName(specifier))
    } catch {
      // not installed there; try the next place
    }
  }
  return undefined
}

const problem = (plugin: string, field: string, message: string) =>
  new BadInput({ reason: "invalid-plugin", field, file: plugin, message: `plugin "${plugin}": ${message}` })

/** Loads one plugin module and checks its outer shape. */
export const loadOne = (
  specifier: string,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string>,
): Effect.Effect<LoadedPlugin, BadInput> =>
  Effect.gen(function* () {
    const resolved = resolveSpecifier(specifier, projectDir, fallbackFrom)
    if (!resolved)
      return yield* new BadInput({
        reason: "plugin-not-found",
        file: specifier,
        field: "plugins",
        message: `plugin "${specifier}" was not found (looked for ${isPath(specifier) ? resolve(projectDir, specifier) : packageName(specifier)}); install it or fix the name in valuelens.json`,
      })
    const mod = yield* Effect.tryPromise({
      try: () => import(pathToFileURL(resolved).href) as Promise<{ default?: unknown }>,
      catch: (cause) =>
        problem(
          specifier,
          "",
          `failed while loading: ${cause instanceof Error ? cause.message : String(cause)}`,
        ),
    })
    const definition = (mod.default ?? mod) as PluginDefinition
    if (!definition || typeof definition !== "object" || !definition.meta)
      return yield* problem(
        specifier,
        "default",
        "the default export is not a plugin; export default definePlugin({ … })",
      )
    if (definition.apiVersion !== API_VERSION)
      return yield* problem(
        specifier,
        "apiVersion",
        `apiVersion ${String(definition.apiVersion)} is not supported; this ValueLens speaks apiVersion ${API_VERSION}`,
      )
    return { meta: definition.meta, specifier, resolved, definition }
  })

/** Loads every plugin a project names, in order, into a frozen registry. */
export const load = (
  specifiers: ReadonlyArray<string>,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string> = [],
): Effect.Effect<Registry, BadInput> =>
  Effect.forEach(specifiers, (s) => loadOne(s, projectDir, fallbackFrom)).pipe(Effect.map(fromPlugins))
