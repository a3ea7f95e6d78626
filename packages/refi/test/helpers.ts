/** Shared test helpers: real projects in temp folders, the REFI fixtures, and effect running. */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { type Project, Project as Projects } from "@valuelens/store"
import { Effect } from "effect"

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
export const fixtures = join(repoRoot, "fixtures", "refi")
export const sample = (name: string) => join(fixtures, "samples", name)
export const schema = (name: string) => join(fixtures, "schema", name)

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

export const GUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`

/** A small QDA-XML project: one user, one code, one text source with one coded selection. */
export const qde = (
  sourcePath = `internal://${GUID(9)}.txt`,
  start = 0,
  end = 5,
) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="Test 1">
  <Users><User guid="${GUID(1)}" name="Ana"/></Users>
  <CodeBook><Codes><Code guid="${GUID(2)}" name="Trust" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${GUID(3)}" name="s" plainTextPath="${sourcePath}">
      <PlainTextSelection guid="${GUID(4)}" startPosition="${start}" endPosition="${end}" creatingUser="${GUID(1)}">
        <Coding guid="${GUID(5)}" creatingUser="${GUID(1)}"><CodeRef targetGUID="${GUID(2)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`

/** What an import that adds nothing reports, kind by kind. */
export const nothingAdded = {
  codes: 0,
  coders: 0,
  participants: 0,
  sources: 0,
  segments: 0,
  codings: 0,
  memos: 0,
}

/** The attributes of each `<element …>` in a QDA-XML text, read with a regular expression (not the importer). */
export const elementAttrs = (xml: string, element: string): Record<string, string>[] =>
  [...xml.matchAll(new RegExp(`<${element}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  )
