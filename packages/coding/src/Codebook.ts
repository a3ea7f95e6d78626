/**
 * Keeps a project's codebook in step with its plugins. Every value, factor, area and free code a plugin
 * contributes becomes a code in the store whose id is the plugin's namespaced id (`vd/integrity`), so codings
 * survive a plugin upgrade. Plugin codes are added or updated; codes a researcher made are never touched; a plugin
 * code that no loaded plugin contributes any more (renamed, removed, or its plugin dropped from `valuelens.json`)
 * is kept with its codings and reported, never deleted. Plugin observations are upserted into the store.
 *
 * Areas are codes of their own at the top of the tree, not parents of the values: a value deficit is not a kind
 * of area, and in a code tree (and in REFI-QDA exports) a parent means "is a kind of". The value → area link
 * stays in the plugin's `area` field.
 */
import { BadInput, type Code, type Observation } from "@valuelens/core"
import type { PluginRegistry } from "@valuelens/plugin-api"
import type { Store, StoreError } from "@valuelens/store"
import { Effect } from "effect"

export interface CodeChange {
  readonly id: string
  /** The fields that changed: `name`, `description`, `colour`, `parent`, `kind`, `plugin`. */
  readonly fields: ReadonlyArray<string>
  /** The old name when the plugin renamed the code. */
  readonly renamedFrom?: string
}

export interface OrphanedCode {
  readonly id: string
  readonly name: string
  readonly plugin: string
  /** How many codings use it (all statuses); they are kept. */
  readonly codings: number
}

export interface SyncReport {
  readonly added: ReadonlyArray<string>
  readonly updated: ReadonlyArray<CodeChange>
  /** Plugin codes no loaded plugin contributes any more; kept with their codings. */
  readonly orphaned: ReadonlyArray<OrphanedCode>
  /** Ids a plugin contributes that a researcher's own code already uses; the researcher's code was kept. */
  readonly conflicts: ReadonlyArray<string>
  /** Plugin observations written (new or changed values). */
  readonly observations: number
}

/** The codes a registry contributes, parents before children. */
export const codesOf = (registry: PluginRegistry): ReadonlyArray<Code> => {
  const owner = new Map<string, string>()
  for (const p of registry.plugins)
    for (const k of ["values", "factors", "areas", "codes"] as const)
      for (const c of p.definition[k] ?? []) owner.set(c.id, p.meta.namespace)
  const plugin = (id: string) => owner.get(id) ?? id.split("/")[0]!
  const codes: Code[] = [
    ...registry.values.map(
      (v): Code => ({
        id: v.id,
        name: v.name,
        description: v.definition,
        colour: v.colour,
        kind: "value",
        plugin: plugin(v.id),
      }),
    ),
    ...registry.factors.map(
      (f): Code => ({
        id: f.id,
        name: f.name,
        description: f.definition,
        colour: f.colour,
        kind: "factor",
        plugin: plugin(f.id),
      }),
    ),
    ...registry.areas.map(
      (a): Code => ({
        id: a.id,
        name: a.name,
        description: a.definition,
        kind: "area",
        plugin: plugin(a.id),
      }),
    ),
    ...registry.codes.map(
      (c): Code => ({
        id: c.id,
        name: c.name,
        description: c.definition,
        colour: c.colour,
        parentId: c.parent,
        kind: "free",
        plugin: plugin(c.id),
      }),
    ),
  ]
  // parents first, so each insert finds its parent (the loader has rejected unknown parents and cycles)
  const byId = new Map(codes.map((c) => [c.id, c]))
  const ordered: Code[] = []
  const seen = new Set<string>()
  const visit = (c: Code) => {
    if (seen.has(c.id)) return
    seen.add(c.id)
    const parent = c.parentId ? byId.get(c.parentId) : undefined
    if (parent) visit(parent)
    ordered.push(c)
  }
  for (const c of codes) visit(c)
  return ordered
}

const fields = ["name", "description", "colour", "parentId", "kind", "plugin"] as const

const observationKey = (o: Observation) => JSON.stringify([o.country, o.year, o.indicator, o.source])
const sameObservation = (a: Observation, b: Observation) =>
  a.value === b.value &&
  (a.unit ?? null) === (b.unit ?? null) &&
  (a.confidence ?? null) === (b.confidence ?? null) &&
  (a.note ?? null) === (b.note ?? null)

/** Brings the store's codebook and observations in line with the registry, in one transaction. */
export const sync = (store: Store, registry: PluginRegistry): Effect.Effect<SyncReport, StoreError> =>
  Effect.gen(function* () {
    const wanted = codesOf(registry)
    const existing = new Map((yield* store.codes.list()).map((c) => [c.id, c]))
    const added: Code[] = []
    const updated: Array<{ code: Code; change: CodeChange }> = []
    const conflicts: string[] = []
    for (const code of wanted) {
      const old = existing.get(code.id)
      if (!old) {
        added.push(code)
        continue
      }
      if (old.plugin === undefined) {
        conflicts.push(code.id)
        continue
      }
      const changed = fields.filter((f) => (old[f] ?? null) !== (code[f] ?? null))
      if (changed.length > 0)
        updated.push({
          code,
          change: {
            id: code.id,
            fields: changed.map((f) => (f === "parentId" ? "parent" : f)),
            ...(changed.includes("name") ? { renamedFrom: old.name } : {}),
          },
        })
    }
    const wantedIds = new Set(wanted.map((c) => c.id))
    const orphans = [...existing.values()].filter((c) => c.plugin !== undefined && !wantedIds.has(c.id))
    const orphaned: OrphanedCode[] = []
    for (const c of orphans)
      orphaned.push({
        id: c.id,
        name: c.name,
        plugin: c.plugin!,
        codings: yield* store.codings.count({ codeIds: [c.id] }),
      })

    const stored = new Map((yield* store.observations.list()).map((o) => [observationKey(o), o] as const))
    const observations = registry.observations.filter((o) => {
      const old = stored.get(observationKey(o))
      return !old || !sameObservation(old, o)
    })

    if (added.length > 0 || updated.length > 0 || observations.length > 0)
      yield* store.transaction((tx) =>
        Effect.gen(function* () {
          yield* tx.codes.insert(added)
          for (const u of updated) yield* tx.codes.update(u.code)
          yield* tx.observations.upsert(observations)
        }),
      )
    return {
      added: added.map((c) => c.id),
      updated: updated.map((u) => u.change),
      orphaned,
      conflicts,
      observations: observations.length,
    }
  })

/** What a researcher should hear about a sync: codes kept although no plugin contributes them, and conflicts. */
export const warnings = (report: SyncReport): ReadonlyArray<string> => [
  ...report.orphaned.map(
    (o) =>
      `warning: code "${o.id}" (${o.name}) is no longer contributed by any loaded plugin (it came from "${o.plugin}"); it was kept with its ${o.codings} coding${o.codings === 1 ? "" : "s"}: merge it into another code or delete it yourself`,
  ),
  ...report.conflicts.map(
    (id) =>
      `warning: a plugin contributes code "${id}", but a code you made already has that id; your code was kept as it is`,
  ),
]

/**
 * Refuses a change the next sync would undo: a code a loaded plugin contributes keeps the plugin's name,
 * definition and place in the tree, and comes back if deleted or merged away. Its inclusion and exclusion
 * criteria and examples are the project's own, and codes can be made under it or merged into it.
 */
export const checkEditable = (
  registry: PluginRegistry,
  code: Code,
  change: string,
): Effect.Effect<void, BadInput> =>
  codesOf(registry).some((c) => c.id === code.id)
    ? Effect.fail(
        new BadInput({
          reason: "plugin-code",
          field: "code",
          message: `cannot ${change} ${code.id} (${code.name}): the plugin "${code.plugin ?? code.id.split("/")[0]}" defines it, and would put it back the next time the project opens; add inclusion or exclusion criteria or examples with \`valuelens codebook describe\`, or make a code of your own under it`,
        }),
      )
    : Effect.void
