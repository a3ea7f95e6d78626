/**
 * The codes a project's plugins define (values, factors, areas, free codes), as store codes, and the factor →
 * value model their `drives` declare. Coding commands add any plugin code the store lacks before they write, in
 * the same transaction, so a lexicon's suggestions and `code add vd/integrity` always find their code.
 */
import type { Code } from "@valuelens/core"
import type { PluginRegistry } from "@valuelens/plugin-api"
import type { Store } from "@valuelens/store"
import { Effect } from "effect"

const qualify = (namespace: string, id: string) => (id.includes("/") ? id : `${namespace}/${id}`)

export const codesOf = (registry: PluginRegistry): Code[] =>
  registry.plugins.flatMap((p) => {
    const ns = p.meta.namespace
    const d = p.definition
    const id = (x: string) => qualify(ns, x)
    return [
      ...(d.values ?? []).map(
        (v): Code => ({
          id: id(v.id),
          name: v.name,
          description: v.definition,
          colour: v.colour,
          kind: "value",
          plugin: ns,
        }),
      ),
      ...(d.factors ?? []).map(
        (f): Code => ({
          id: id(f.id),
          name: f.name,
          description: f.definition,
          colour: f.colour,
          kind: "factor",
          plugin: ns,
        }),
      ),
      ...(d.areas ?? []).map(
        (a): Code => ({ id: id(a.id), name: a.name, description: a.definition, kind: "area", plugin: ns }),
      ),
      ...(d.codes ?? []).map(
        (c): Code => ({
          id: id(c.id),
          name: c.name,
          description: c.definition,
          colour: c.colour,
          parentId: c.parent === undefined ? undefined : id(c.parent),
          kind: "free",
          plugin: ns,
        }),
      ),
    ]
  })

/** The factor → value pairs the plugins' factors declare they drive. */
export const modelOf = (registry: PluginRegistry): Array<{ factor: string; value: string }> =>
  registry.plugins.flatMap((p) =>
    (p.definition.factors ?? []).flatMap((f) =>
      f.drives.map((v) => ({ factor: qualify(p.meta.namespace, f.id), value: qualify(p.meta.namespace, v) })),
    ),
  )

/** Adds the plugin codes the store does not have yet. Returns how many were added. */
export const sync = (
  store: Store,
  registry: PluginRegistry,
): Effect.Effect<number, import("@valuelens/store").StoreError> =>
  Effect.gen(function* () {
    const have = new Set((yield* store.codes.list()).map((c) => c.id))
    const missing = codesOf(registry).filter((c) => !have.has(c.id))
    const known = new Set([...have, ...missing.map((c) => c.id)])
    yield* store.codes.insert(
      missing.map((c) => (c.parentId && !known.has(c.parentId) ? { ...c, parentId: undefined } : c)),
    )
    return missing.length
  })
