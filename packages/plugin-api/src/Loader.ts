/**
 * Resolves the plugins a project names, imports them, validates them together and freezes them into a
 * registry. Short names resolve to the bundled `@valuelens/plugin-<name>` packages; npm names resolve from the
 * project folder and then from the caller; `./` and `../` paths are relative to the project folder (a folder with
 * a `package.json` loads its entry point). A plugin that cannot be found, throws while loading, or has the wrong
 * shape fails the whole load with one `BadInput` listing every problem: a project is never half-configured.
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { isAbsolute, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { fromPlugins, type LoadedPlugin, type Registry } from "./Registry.js"
import { type Candidate, type Problem, problem, validate } from "./Validation.js"

const isPath = (s: string) => s.startsWith("./") || s.startsWith("../") || isAbsolute(s)

/** The npm name a short plugin name stands for: `country-malaysia` → `@valuelens/plugin-country-malaysia`. */
export const packageName = (specifier: string): string =>
  isPath(specifier) || specifier.startsWith("@") || specifier.includes("/")
    ? specifier
    : `@valuelens/plugin-${specifier}`

/** The entry point of a plugin folder: its package.json `exports["."]` (import or default), else `main`. */
const folderEntry = (dir: string): string | undefined => {
  const manifest = join(dir, "package.json")
  if (!existsSync(manifest)) return undefined
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { exports?: unknown; main?: string }
  const pick = (e: unknown): string | undefined => {
    if (typeof e === "string") return e
    if (e && typeof e === "object") {
      const o = e as Record<string, unknown>
      if ("." in o) return pick(o["."])
      return pick(o.import ?? o.default)
    }
    return undefined
  }
  const entry = pick(pkg.exports) ?? pkg.main
  return entry ? resolve(dir, entry) : undefined
}

/** Where a plugin specifier points, searched from the project folder and then from `fallbackFrom`. */
export const resolveSpecifier = (
  specifier: string,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string>,
): string | undefined => {
  if (isPath(specifier)) {
    const p = resolve(projectDir, specifier)
    if (!existsSync(p)) return undefined
    if (statSync(p).isDirectory()) {
      const entry = folderEntry(p)
      if (entry) return entry
    }
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

const notFound = (specifier: string, projectDir: string): Problem => ({
  plugin: specifier,
  field: "plugins",
  message: `plugin "${specifier}" was not found (looked for ${isPath(specifier) ? resolve(projectDir, specifier) : packageName(specifier)}); install it or fix the name in valuelens.json`,
})

/** One `BadInput` for all the problems: the message lists each on its own line. */
export const toBadInput = (problems: ReadonlyArray<Problem>): BadInput => {
  const first = problems[0]!
  return new BadInput({
    reason: problems.every((p) => p.field === "plugins") ? "plugin-not-found" : "invalid-plugin",
    file: first.plugin,
    field: first.field,
    message:
      problems.length === 1
        ? first.message
        : `${problems.length} problems with the project's plugins; nothing was loaded:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`,
  })
}

/** Loads every plugin a project names, in order, into a frozen registry, or fails listing every problem. */
export const load = (
  specifiers: ReadonlyArray<string>,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string> = [],
): Effect.Effect<Registry, BadInput> =>
  Effect.gen(function* () {
    const problems: Problem[] = []
    const candidates: Candidate[] = []
    for (const specifier of specifiers) {
      const resolved = resolveSpecifier(specifier, projectDir, fallbackFrom)
      if (!resolved) {
        problems.push(notFound(specifier, projectDir))
        continue
      }
      const imported = yield* Effect.tryPromise({
        try: () => import(pathToFileURL(resolved).href) as Promise<unknown>,
        catch: (cause) =>
          problem(
            specifier,
            "",
            `failed while loading: ${cause instanceof Error ? cause.message : String(cause)}`,
          ),
      }).pipe(Effect.result)
      if (imported._tag === "Failure") problems.push(imported.failure)
      else candidates.push({ specifier, resolved, module: imported.success })
    }
    const checked = validate(candidates)
    problems.push(...checked.problems)
    if (problems.length > 0) return yield* toBadInput(problems)
    return fromPlugins(checked.plugins)
  })

/** Loads one plugin on its own. */
export const loadOne = (
  specifier: string,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string> = [],
): Effect.Effect<LoadedPlugin, BadInput> =>
  Effect.map(load([specifier], projectDir, fallbackFrom), (registry) => registry.plugins[0]!)

/**
 * `load` for code that does not use Effect (a plugin's own tests): resolves with the registry or rejects with
 * the `BadInput`, whose message lists every problem.
 */
export const loadPromise = (
  specifiers: ReadonlyArray<string>,
  projectDir: string,
  fallbackFrom: ReadonlyArray<string> = [],
): Promise<Registry> => Effect.runPromise(load(specifiers, projectDir, fallbackFrom))
