/** Finding the files an import names: files as given, folders recursively (in name order). */
import { readdir, stat } from "node:fs/promises"
import { basename, extname, join, resolve } from "node:path"
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"

export interface FoundFile {
  /** Absolute path. */
  readonly path: string
  /** The path as the user would recognise it (as given, or relative to the folder given). */
  readonly display: string
  /** File name without folders: the name a later `--replace` matches on. */
  readonly name: string
  /** Lower-case extension with the dot. */
  readonly extension: string
}

export interface Found {
  readonly files: ReadonlyArray<FoundFile>
  /** Files inside folders that no reader handles (hidden files and sidecars are not listed). */
  readonly ignored: ReadonlyArray<string>
}

const SIDECAR = /\.meta\.json$/i

const extensionOf = (name: string) => extname(name).toLowerCase()

/**
 * Expands paths into files. A file named directly must have a handled extension; inside folders, files with
 * other extensions are listed as ignored, and hidden files and `NAME.meta.json` sidecars are passed over.
 */
export const collect = (
  paths: ReadonlyArray<string>,
  handled: ReadonlySet<string>,
): Effect.Effect<Found, BadInput> =>
  Effect.gen(function* () {
    const files: FoundFile[] = []
    const ignored: string[] = []
    const seen = new Set<string>()
    const add = (path: string, display: string) => {
      if (seen.has(path)) return
      seen.add(path)
      files.push({ path, display, name: basename(path), extension: extensionOf(path) })
    }
    const walk = (dir: string, display: string): Effect.Effect<void, BadInput> =>
      Effect.gen(function* () {
        const entries = yield* Effect.tryPromise({
          try: () => readdir(dir, { withFileTypes: true }),
          catch: (cause) =>
            new BadInput({
              reason: "unreadable-folder",
              file: display,
              message: `${display}: cannot read the folder (${String(cause)})`,
            }),
        })
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        for (const e of entries) {
          if (e.name.startsWith(".")) continue
          const path = join(dir, e.name)
          const shown = join(display, e.name)
          if (e.isDirectory()) yield* walk(path, shown)
          else if (e.isFile()) {
            if (SIDECAR.test(e.name)) continue
            if (handled.has(extensionOf(e.name))) add(path, shown)
            else ignored.push(shown)
          }
        }
      })
    for (const given of paths) {
      const path = resolve(given)
      const info = yield* Effect.tryPromise({
        try: () => stat(path),
        catch: () =>
          new BadInput({ reason: "not-found", file: given, message: `${given}: no such file or folder` }),
      })
      if (info.isDirectory()) yield* walk(path, given)
      else if (handled.has(extensionOf(path))) add(path, given)
      else
        return yield* new BadInput({
          reason: "unknown-file-type",
          file: given,
          message: `${given}: cannot import "${extensionOf(path) || "(no extension)"}" files; expected ${[...handled].sort().join(", ")}`,
        })
    }
    return { files, ignored }
  })
