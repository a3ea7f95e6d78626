/**
 * Validates the plugins of a project together, collecting every problem instead of stopping at the first (as
 * changesets does with its rules): the shape of each plugin (decoded with `PluginSchema`), its `apiVersion`,
 * namespaced and unique ids across all plugins, references between ids (a factor's `drives`, a value's `area`, a
 * code's `parent`, a lexicon entry's `code`, an indicator rule's `theme`), and lexicon patterns that would
 * backtrack catastrophically. Each problem names the plugin, the field path and the fix.
 */
import { Ids } from "@valuelens/core"
import { Schema, SchemaAST, SchemaIssue } from "effect"
import * as Patterns from "./Patterns.js"
import { API_VERSION, type PluginDefinition } from "./Plugin.js"
import * as PluginSchema from "./PluginSchema.js"
import type { LoadedPlugin } from "./Registry.js"

export interface Problem {
  /** The plugin's name (`meta.name`), or how the project named it when the name is unknown. */
  readonly plugin: string
  /** Field path inside the plugin (`values[0].id`); empty for the module as a whole. */
  readonly field: string
  /** The whole message: `plugin "<name>": <field> <what is wrong>; <fix>`. */
  readonly message: string
}

/** A module the loader imported, not yet known to be a plugin. */
export interface Candidate {
  readonly specifier: string
  readonly resolved: string
  /** The module's namespace object (its default export is the plugin). */
  readonly module: unknown
}

export const problem = (plugin: string, field: string, text: string): Problem => ({
  plugin,
  field,
  message: `plugin "${plugin}": ${text}`,
})

type Path = ReadonlyArray<PropertyKey>

/** `["values", 0, "id"]` → `values[0].id`. */
export const formatPath = (path: Path): string =>
  path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("")

const show = (v: unknown): string => {
  if (v === undefined) return "undefined"
  const s = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v))
  return s.length > 40 ? `${s.slice(0, 37)}…` : s
}

const valueAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    root,
  )

/** The schema node at a path, for saying what a field expects. */
const astAt = (ast: SchemaAST.AST, path: Path): SchemaAST.AST | undefined => {
  let node: SchemaAST.AST | undefined = ast
  for (const k of path) {
    node = node && step(node, k)
    if (!node) return undefined
  }
  return node
}
const step = (ast: SchemaAST.AST, key: PropertyKey): SchemaAST.AST | undefined => {
  if (SchemaAST.isObjects(ast)) return ast.propertySignatures.find((p) => p.name === key)?.type
  if (SchemaAST.isArrays(ast)) return typeof key === "number" ? (ast.elements[key] ?? ast.rest[0]) : undefined
  if (SchemaAST.isUnion(ast))
    for (const t of ast.types) {
      const found = step(t, key)
      if (found) return found
    }
  return undefined
}
const fieldsOf = (ast: SchemaAST.AST | undefined): ReadonlyArray<string> => {
  if (!ast) return []
  if (SchemaAST.isObjects(ast)) return ast.propertySignatures.map((p) => String(p.name))
  if (SchemaAST.isUnion(ast)) return ast.types.flatMap(fieldsOf)
  return []
}
const describe = (ast: SchemaAST.AST | undefined): string => {
  if (!ast) return "a valid value"
  if (SchemaAST.isString(ast)) return "a string"
  if (SchemaAST.isNumber(ast)) return "a number"
  if (SchemaAST.isBoolean(ast)) return "true or false"
  if (SchemaAST.isLiteral(ast)) return JSON.stringify(ast.literal)
  if (SchemaAST.isArrays(ast)) return "a list"
  if (SchemaAST.isObjects(ast)) return `an object with ${fieldsOf(ast).join(", ")}`
  if (SchemaAST.isUnion(ast)) {
    const parts = [...new Set(ast.types.filter((t) => !SchemaAST.isUndefined(t)).map(describe))]
    return parts.length > 1 && parts.every((p) => p.startsWith('"'))
      ? `one of ${parts.join(", ")}`
      : parts.join(" or ")
  }
  return "a valid value"
}

/** Edit distance, for "did you mean". */
const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]!
}
export const closest = (word: string, options: Iterable<string>): string | undefined => {
  let best: string | undefined
  let bestD = Number.POSITIVE_INFINITY
  for (const o of options) {
    const d = distance(word, o)
    if (d < bestD) [best, bestD] = [o, d]
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}
const suggestion = (word: string, options: ReadonlyArray<string>, what: string): string => {
  const near = closest(word, options)
  if (near) return `did you mean "${near}"?`
  if (options.length === 0) return `no loaded plugin has ${what}`
  const listed = options.slice(0, 8).join(", ")
  return `known ${what}: ${listed}${options.length > 8 ? ", …" : ""}`
}

interface Leaf {
  readonly kind: "missing" | "unexpected" | "type" | "check"
  readonly path: Path
  readonly message?: string
}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const leaves = (issue: SchemaIssue.Issue, path: Path, out: Leaf[]): Leaf[] => {
  switch (issue._tag) {
    case "Pointer":
      leaves(issue.issue, [...path, ...issue.path], out)
      break
    case "Composite":
    case "AnyOf":
      if (issue.issues.length === 0) out.push({ kind: "type", path })
      for (const i of issue.issues) leaves(i, path, out)
      break
    case "Encoding":
      leaves(issue.issue, path, out)
      break
    case "MissingKey":
      out.push({ kind: "missing", path })
      break
    case "UnexpectedKey":
      out.push({ kind: "unexpected", path })
      break
    case "InvalidType":
      out.push({ kind: "type", path })
      break
    default: {
      const first = formatter(issue).issues[0]
      out.push({
        kind: "check",
        path: [...path, ...(first?.path ?? []).map((k) => (typeof k === "object" ? k.key : k))],
        message: first?.message,
      })
    }
  }
  return out
}

/** Turns a schema failure into one problem per field, each saying what the field expects. */
const shapeProblems = (plugin: string, input: unknown, issue: SchemaIssue.Issue): Problem[] =>
  leaves(issue, [], []).map((leaf) => {
    const field = formatPath(leaf.path)
    const ast = astAt(PluginSchema.PluginDefinition.ast, leaf.path)
    switch (leaf.kind) {
      case "missing":
        return problem(
          plugin,
          field,
          field === "apiVersion"
            ? `apiVersion is missing; add apiVersion: ${API_VERSION}`
            : `${field} is missing; add it (${describe(ast)})`,
        )
      case "unexpected": {
        const parent = astAt(PluginSchema.PluginDefinition.ast, leaf.path.slice(0, -1))
        const known = fieldsOf(parent)
        const near = closest(String(leaf.path.at(-1)), known)
        return problem(
          plugin,
          field,
          `${field} is not a plugin field; ${near ? `did you mean "${near}"?` : `remove it (known fields: ${known.join(", ")})`}`,
        )
      }
      case "type":
        return problem(
          plugin,
          field,
          `${field || "the default export"} must be ${describe(ast)}, not ${show(valueAt(input, leaf.path))}`,
        )
      default:
        return problem(
          plugin,
          field,
          `${field} ${show(valueAt(input, leaf.path))}: ${(leaf.message ?? "is not valid").replace(/^Expected/, "expected")}`,
        )
    }
  })

const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, "-")
    .replace(/^-+|-+$/g, "") || "name"

type CodebookKind = "values" | "factors" | "areas" | "codes"
const codebookKinds: ReadonlyArray<CodebookKind> = ["values", "factors", "areas", "codes"]

/** Ids a plugin of the wrong shape still declares, so other plugins' references to them are not reported too. */
const rawIds = (def: unknown, kind: CodebookKind): string[] => {
  const list = (def as Record<string, unknown> | undefined)?.[kind]
  return Array.isArray(list)
    ? list.map((x) => (x as { id?: unknown })?.id).filter((id): id is string => typeof id === "string")
    : []
}

/**
 * Validates the candidate modules together. Returns the plugins (decoded, in order) when there is no problem,
 * and every problem otherwise.
 */
export const validate = (
  candidates: ReadonlyArray<Candidate>,
): { readonly plugins: ReadonlyArray<LoadedPlugin>; readonly problems: ReadonlyArray<Problem> } => {
  const problems: Problem[] = []
  const valid: Array<{ name: string; candidate: Candidate; definition: PluginDefinition }> = []
  const known: Record<CodebookKind, Set<string>> = {
    values: new Set(),
    factors: new Set(),
    areas: new Set(),
    codes: new Set(),
  }

  for (const candidate of candidates) {
    const mod = candidate.module as Record<string, unknown> | null
    const hasDefault = mod !== null && typeof mod === "object" && "default" in mod
    const def = hasDefault ? mod.default : undefined
    const metaName = (def as { meta?: { name?: unknown } } | undefined)?.meta?.name
    const name = typeof metaName === "string" && metaName.length > 0 ? metaName : candidate.specifier
    if (!hasDefault) {
      problems.push(
        problem(name, "default", "the module has no default export; export default definePlugin({ … })"),
      )
      continue
    }
    if (def === null || typeof def !== "object" || Array.isArray(def)) {
      problems.push(
        problem(
          name,
          "default",
          `the default export is ${show(def)}, not a plugin; export default definePlugin({ … })`,
        ),
      )
      continue
    }
    const apiVersion = (def as { apiVersion?: unknown }).apiVersion
    if (apiVersion !== undefined && apiVersion !== API_VERSION) {
      problems.push(
        problem(
          name,
          "apiVersion",
          `apiVersion ${show(apiVersion)} is not supported; this ValueLens speaks apiVersion ${API_VERSION}: use a release of the plugin written for apiVersion ${API_VERSION}, or upgrade ValueLens`,
        ),
      )
      for (const k of codebookKinds) for (const id of rawIds(def, k)) known[k].add(id)
      continue
    }
    const decoded = Schema.decodeUnknownExit(PluginSchema.PluginDefinition)(def, {
      errors: "all",
      onExcessProperty: "error",
    })
    if (decoded._tag === "Failure") {
      const failure = decoded.cause.reasons.find((r) => r._tag === "Fail")
      const error = failure?._tag === "Fail" ? (failure.error as { issue?: SchemaIssue.Issue }) : undefined
      if (error?.issue) problems.push(...shapeProblems(name, def, error.issue))
      else problems.push(problem(name, "", "is not a plugin of the expected shape"))
      for (const k of codebookKinds) for (const id of rawIds(def, k)) known[k].add(id)
      continue
    }
    const definition = decoded.value as PluginDefinition
    for (const k of codebookKinds) for (const c of definition[k] ?? []) known[k].add(c.id)
    valid.push({ name, candidate, definition })
  }

  const namespaces = new Map<string, string>()
  const ids = new Map<string, { plugin: string; field: string }>()
  const claim = (
    registry: Map<string, { plugin: string; field: string }>,
    id: string,
    plugin: string,
    field: string,
  ) => {
    const first = registry.get(id)
    if (!first) {
      registry.set(id, { plugin, field })
      return
    }
    problems.push(
      problem(
        plugin,
        field,
        `${field} "${id}" is already used by ${first.plugin === plugin ? "this plugin" : `plugin "${first.plugin}"`} (${first.field}); give it another id`,
      ),
    )
  }
  const values = [...known.values]
  const codebook = [...known.values, ...known.factors, ...known.areas, ...known.codes]
  const themes = [...known.values, ...known.factors]
  const ruleIds = new Map<string, { plugin: string; field: string }>()
  const entryIds = new Map<string, { plugin: string; field: string }>()
  const sectionIds = new Map<string, { plugin: string; field: string }>()

  for (const { name, definition } of valid) {
    const ns = definition.meta.namespace
    if (!NAMESPACE.test(ns))
      problems.push(
        problem(
          name,
          "meta.namespace",
          `meta.namespace "${ns}" must be lower-case letters, digits and hyphens, like "${slug(ns).replaceAll("/", "-")}"`,
        ),
      )
    const owner = namespaces.get(ns)
    if (owner !== undefined)
      problems.push(
        problem(
          name,
          "meta.namespace",
          `meta.namespace "${ns}" is already used by plugin "${owner}"; choose another namespace (and prefix every id with it)`,
        ),
      )
    else namespaces.set(ns, name)

    const namespaceValid = NAMESPACE.test(ns)
    for (const kind of codebookKinds)
      (definition[kind] ?? []).forEach((c, i) => {
        const field = `${kind}[${i}].id`
        if ((namespaceValid && !c.id.startsWith(`${ns}/`)) || !Ids.isNamespaced(c.id))
          problems.push(
            problem(
              name,
              field,
              `${field} "${c.id}" must be namespaced like "${ns}/${slug(c.id.includes("/") && c.id.startsWith(`${ns}/`) ? c.id.slice(ns.length + 1) : (c.id.split("/").at(-1) ?? c.id))}"`,
            ),
          )
        claim(ids, c.id, name, field)
      })

    const reference = (
      field: string,
      id: string,
      options: ReadonlyArray<string>,
      what: string,
      plural: string,
    ) => {
      if (!options.includes(id))
        problems.push(
          problem(
            name,
            field,
            `${field} "${id}" is not ${what} of any loaded plugin; ${suggestion(id, options, plural)}`,
          ),
        )
    }
    ;(definition.factors ?? []).forEach((f, i) => {
      if (f.drives.length === 0)
        problems.push(
          problem(
            name,
            `factors[${i}].drives`,
            `factors[${i}].drives is empty; name the value ids this factor drives`,
          ),
        )
      f.drives.forEach((v, j) => {
        reference(`factors[${i}].drives[${j}]`, v, values, "a value", "values")
      })
    })
    ;(definition.values ?? []).forEach((v, i) => {
      if (v.area !== undefined) reference(`values[${i}].area`, v.area, [...known.areas], "an area", "areas")
    })
    const parents = new Map((definition.codes ?? []).map((c) => [c.id, c.parent]))
    ;(definition.codes ?? []).forEach((c, i) => {
      if (c.parent === undefined) return
      reference(`codes[${i}].parent`, c.parent, codebook, "a code", "codes")
      const seen = [c.id]
      for (let p: string | undefined = c.parent; p !== undefined; p = parents.get(p)) {
        if (seen.includes(p)) {
          problems.push(
            problem(
              name,
              `codes[${i}].parent`,
              `codes[${i}].parent makes a cycle (${[...seen, p].join(" → ")}); a code cannot be its own ancestor`,
            ),
          )
          break
        }
        seen.push(p)
      }
    })
    ;(definition.lexicons ?? []).forEach((lexicon, l) => {
      lexicon.entries.forEach((entry, e) => {
        const at = `lexicons[${l}].entries[${e}]`
        reference(`${at}.code`, entry.code, codebook, "a code", "codes")
        if (entry.id !== undefined) claim(entryIds, entry.id, name, `${at}.id`)
        ;(entry.patterns ?? []).forEach((p, k) => {
          const pattern = typeof p === "string" ? p : p.text
          const found = Patterns.check(pattern)
          if (found) {
            const field = `${at}.patterns[${k}]${typeof p === "string" ? "" : ".text"}`
            problems.push(
              problem(name, field, `${field} ${show(pattern)} (${entry.code}) ${Patterns.explain(found)}`),
            )
          }
        })
      })
    })
    const primary = (tag: string) => tag.toLowerCase().split("-")[0]!
    const declared = [
      ...new Set(
        (definition.meta.languages ?? definition.lexicons?.map((l) => l.language) ?? []).map(primary),
      ),
    ]
    ;(definition.exemplars ?? []).forEach((x, i) => {
      const at = `exemplars[${i}]`
      if (x.text.trim().length === 0)
        problems.push(
          problem(name, `${at}.text`, `${at}.text is empty; write the passage, or remove the exemplar`),
        )
      if (!declared.includes(primary(x.language)))
        problems.push(
          problem(
            name,
            `${at}.language`,
            `${at}.language "${x.language}" is not among the plugin's languages (${declared.join(", ") || "none declared"}); declare it in meta.languages, add a lexicon for it, or fix the exemplar's language`,
          ),
        )
      x.codes.forEach((c, j) => {
        reference(`${at}.codes[${j}]`, c, codebook, "a code", "codes")
      })
      ;(x.not ?? []).forEach((c, j) => {
        reference(`${at}.not[${j}]`, c, codebook, "a code", "codes")
      })
    })
    ;(definition.indicatorRules ?? []).forEach((r, i) => {
      claim(ruleIds, r.id, name, `indicatorRules[${i}].id`)
      reference(`indicatorRules[${i}].theme`, r.theme, themes, "a value or factor", "values and factors")
    })
    ;(definition.reportSections ?? []).forEach((s, i) => {
      claim(sectionIds, s.id, name, `reportSections[${i}].id`)
    })
  }

  if (problems.length > 0) return { plugins: [], problems }
  return {
    plugins: valid.map(({ candidate, definition }) => ({
      meta: definition.meta,
      specifier: candidate.specifier,
      resolved: candidate.resolved,
      definition,
    })),
    problems: [],
  }
}
