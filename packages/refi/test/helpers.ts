/** Shared test helpers: real projects in temp folders, the REFI fixtures, and effect running. */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { type Project, Project as Projects } from "@valuelens/store"
import { Effect } from "effect"

/** Real files from other QDA programs and the official schemas, with their origin and licence in SOURCES.md. */
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures")
export const sample = (name: string) => join(fixtures, "samples", name)
export const schema = (name: string) => join(dirname(fileURLToPath(import.meta.url)), "..", "schema", name)

export const run = <A, E>(effect: Effect.Effect<A, E>): Promise<A> =>
  Effect.runPromise(effect as Effect.Effect<A>)

/** The failure of an effect that must fail (the test fails if it succeeds). */
export const failure = async <A, E>(effect: Effect.Effect<A, E>): Promise<E> => {
  const result = await Effect.runPromise(Effect.flip(effect) as Effect.Effect<E>)
  return result
}

export const tempDir = () => mkdtempSync(join(tmpdir(), "vl-refi-"))

/** A fresh project on disk. Close its store when done. */
export const newProject = (name = "Study"): Promise<Project.Project> =>
  run(Projects.create(join(tempDir(), "p"), { name, plugins: [] }))
