import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Observation } from "@valuelens/core"
import { API_VERSION, type PluginDefinition, Registry } from "@valuelens/plugin-api"
import { makeStore, Sqlite, type Store } from "@valuelens/store"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import * as Codebook from "../src/Codebook.js"

const observation: Observation = {
  country: "MYS",
  year: 2015,
  indicator: "enforcement.convictions",
  value: 3,
  unit: "persons",
  source: "TIP 2016",
  confidence: "confirmed",
}

const version1: PluginDefinition = {
  apiVersion: API_VERSION,
  meta: { name: "@acme/plugin-care", version: "1.0.0", namespace: "acme" },
  values: [{ id: "acme/care", name: "Care", definition: "Looking after victims." }],
  factors: [
    { id: "acme/staffing", name: "Staffing", definition: "Too few carers.", drives: ["acme/care"] },
    { id: "acme/distance", name: "Distance", definition: "Shelters far away.", drives: ["acme/care"] },
  ],
  areas: [{ id: "acme/shelters", name: "Shelters", definition: "Where victims stay.", pillar: "protection" }],
  codes: [
    { id: "acme/themes", name: "Themes" },
    { id: "acme/themes/food", name: "Food", parent: "acme/themes", definition: "Meals in shelters." },
  ],
  observations: [observation],
}

const registryOf = (...plugins: PluginDefinition[]) =>
  Registry.fromPlugins(
    plugins.map((definition) => ({
      meta: definition.meta,
      specifier: definition.meta.name,
      resolved: definition.meta.name,
      definition,
    })),
  )

const stores: Store[] = []
const openStore = async () => {
  const file = join(mkdtempSync(join(tmpdir(), "vl-codebook-")), "valuelens.db")
  const store = await Effect.runPromise(makeStore(Sqlite.dialect(file), file))
  stores.push(store)
  return store
}
afterEach(async () => {
  for (const s of stores.splice(0)) await Effect.runPromise(s.close())
})
const run = <A, E>(e: Effect.Effect<A, E>) => Effect.runPromise(e)

describe("Codebook.sync", () => {
  it("adds every value, factor, area and free code with its kind, owner and parent", async () => {
    const store = await openStore()
    const report = await run(Codebook.sync(store, registryOf(version1)))
    expect(report.added).toEqual([
      "acme/care",
      "acme/staffing",
      "acme/distance",
      "acme/shelters",
      "acme/themes",
      "acme/themes/food",
    ])
    expect(report.observations).toBe(1)
    const codes = await run(store.codes.list())
    expect(codes.find((c) => c.id === "acme/care")).toEqual({
      id: "acme/care",
      name: "Care",
      description: "Looking after victims.",
      colour: undefined,
      parentId: undefined,
      kind: "value",
      plugin: "acme",
    })
    expect(codes.find((c) => c.id === "acme/themes/food")?.parentId).toBe("acme/themes")
    expect(codes.find((c) => c.id === "acme/shelters")).toMatchObject({ kind: "area", parentId: undefined })
    expect(await run(store.observations.list())).toEqual([{ ...observation, note: undefined }])
  })

  it("changes nothing the second time", async () => {
    const store = await openStore()
    await run(Codebook.sync(store, registryOf(version1)))
    expect(await run(Codebook.sync(store, registryOf(version1)))).toEqual({
      added: [],
      updated: [],
      orphaned: [],
      conflicts: [],
      observations: 0,
    })
  })

  it("keeps researcher codes and codings when a plugin version renames and removes codes", async () => {
    const store = await openStore()
    await run(Codebook.sync(store, registryOf(version1)))
    await run(
      Effect.gen(function* () {
        yield* store.codes.insert([{ id: "my-hunch", name: "My hunch", kind: "free" }])
        yield* store.sources.insert([
          {
            id: "src1",
            kind: "interview",
            title: "AGC 1",
            text: "Shelters are far from town.",
            hash: "h",
            metadata: {},
            position: 0,
            importedAt: "2024-01-01T00:00:00Z",
          },
        ])
        yield* store.segments.insert([{ id: "seg1", sourceId: "src1", start: 0, end: 8, text: "Shelters" }])
        yield* store.coders.ensure({ id: "ana", name: "Ana", engine: false })
        const coding = (id: string, codeId: string) => ({
          id,
          segmentId: "seg1",
          codeId,
          coderId: "ana",
          status: "accepted" as const,
          origin: "manual",
          createdAt: "2024-01-01T00:00:00Z",
          updatedAt: "2024-01-01T00:00:00Z",
        })
        yield* store.codings.insert([coding("c1", "acme/distance"), coding("c2", "my-hunch")])
      }),
    )
    const version2: PluginDefinition = {
      ...version1,
      meta: { ...version1.meta, version: "2.0.0" },
      values: [{ id: "acme/care", name: "Care for victims", definition: "Looking after victims well." }],
      factors: [version1.factors![0]!],
      observations: [{ ...observation, value: 4 }],
    }
    const report = await run(Codebook.sync(store, registryOf(version2)))
    expect(report).toEqual({
      added: [],
      updated: [{ id: "acme/care", fields: ["name", "description"], renamedFrom: "Care" }],
      orphaned: [{ id: "acme/distance", name: "Distance", plugin: "acme", codings: 1 }],
      conflicts: [],
      observations: 1,
    })
    expect(Codebook.warnings(report)).toEqual([
      'warning: code "acme/distance" (Distance) is no longer contributed by any loaded plugin (it came from "acme"); it was kept with its 1 coding: merge it into another code or delete it yourself',
    ])
    const codes = await run(store.codes.list())
    expect(codes.map((c) => c.id)).toContain("acme/distance")
    expect(codes.find((c) => c.id === "my-hunch")).toMatchObject({ name: "My hunch", plugin: undefined })
    expect((await run(store.codings.list())).map((c) => c.codeId)).toEqual(["acme/distance", "my-hunch"])
    expect((await run(store.observations.list()))[0]?.value).toBe(4)
  })

  it("leaves a researcher's code alone when a plugin contributes the same id", async () => {
    const store = await openStore()
    await run(store.codes.insert([{ id: "acme/care", name: "Mine", kind: "free" }]))
    const report = await run(Codebook.sync(store, registryOf(version1)))
    expect(report.conflicts).toEqual(["acme/care"])
    expect((await run(store.codes.get("acme/care")))?.name).toBe("Mine")
  })
})
