/**
 * Where the files a REFI-QDA project names may be read from. `internal://NAME` is a file in the project's
 * sources folder; `relative://PATH` a file under the folder that holds the project file; `absolute://PATH` a file
 * anywhere, read only when the user allows it (`--allow-absolute`). Every path is resolved with its symbolic
 * links and refused when it leaves its folder, so a `sources` link pointing at `/etc` reads nothing.
 */
import { lstat, readdir, readFile, realpath } from "node:fs/promises"
import { isAbsolute, join, resolve, sep } from "node:path"
import { BadInput, Limits } from "@valuelens/core"
import { Effect } from "effect"

export type Reference =
  | { readonly scheme: "internal"; readonly name: string }
  | { readonly scheme: "relative"; readonly path: string }
  | { readonly scheme: "absolute"; readonly path: string }

const SCHEMES = ["internal", "relative", "absolute"] as const

const traversal = (file: string, message: string, field = "plainTextPath") =>
  new BadInput({ reason: "path-traversal", file, field, message: `${file}: ${message}` })

/**
 * What a path attribute refers to; undefined for a scheme this reader does not take (the source is then
 * missing), a `BadInput` for an `internal://` path that is not a plain file name.
 */
export const parse = (path: string, file: string): Reference | undefined | BadInput => {
  const scheme = SCHEMES.find((s) => path.toLowerCase().startsWith(`${s}://`))
  if (scheme === undefined) return undefined
  const rest = path.slice(scheme.length + 3)
  if (rest === "" || rest.includes("\u0000"))
    return traversal(file, `the path "${path}" names no file; expected ${scheme}://<path>`)
  if (scheme === "internal") {
    if (rest === "." || rest === ".." || /[/\\]/.test(rest) || /^[A-Za-z]:/.test(rest))
      return traversal(file, `the path "${path}" leaves the sources folder; expected internal://<file name>`)
    return { scheme, name: rest }
  }
  return scheme === "relative" ? { scheme: "relative", path: rest } : { scheme: "absolute", path: rest }
}

const realpathOrUndefined = (path: string) => realpath(path).catch(() => undefined)

const inside = (root: string, path: string) => path.startsWith(root.endsWith(sep) ? root : root + sep)

/**
 * Reads a file from disk within the limits: `path` is resolved with its links and must stay inside `root`
 * (unless `root` is undefined, for allowed absolute paths). A missing file or a folder reads as undefined.
 */
export const readFileInside = (
  root: string | undefined,
  path: string,
  shown: string,
  limits: Limits.Limits,
): Effect.Effect<Uint8Array | undefined, BadInput> =>
  Effect.tryPromise({
    try: async () => {
      const full = await realpathOrUndefined(root === undefined ? path : resolve(root, path))
      if (full === undefined) return undefined
      if (root !== undefined) {
        const realRoot = (await realpathOrUndefined(root)) ?? root
        if (!inside(realRoot, full))
          return traversal(
            shown,
            `"${path}" resolves to ${full}, outside ${realRoot}; a project may only read files inside its own folder`,
          )
      }
      const stat = await lstat(full)
      if (!stat.isFile()) return undefined
      if (stat.size > limits.fileBytes)
        return Limits.exceeded(full, "fileBytes", limits, `a file of ${stat.size} bytes`)
      return new Uint8Array(await readFile(full))
    },
    catch: (e) =>
      new BadInput({
        reason: "unreadable-file",
        file: shown,
        message: `${shown}: cannot read ${path} (${String(e)})`,
      }),
  }).pipe(Effect.flatMap((r) => (r instanceof BadInput ? Effect.fail(r) : Effect.succeed(r))))

/**
 * The `sources` folder (any case) beside a bare `.qde`, resolved with its links; refused when it resolves
 * outside the folder that holds the `.qde`.
 */
export const sourcesFolder = (dir: string, file: string): Effect.Effect<string | undefined, BadInput> =>
  Effect.tryPromise({
    try: async () => {
      const folder = (await readdir(dir).catch(() => [] as string[])).find(
        (n) => n.toLowerCase() === "sources",
      )
      if (!folder) return undefined
      const realDir = (await realpathOrUndefined(dir)) ?? dir
      const root = await realpathOrUndefined(join(dir, folder))
      if (root === undefined) return undefined
      if (!inside(realDir, root))
        return traversal(
          file,
          `its ${folder} folder resolves to ${root}, outside ${realDir}; a project may only read files inside its own folder`,
          folder,
        )
      return root
    },
    catch: (e) => new BadInput({ reason: "unreadable-file", file, message: `${file}: ${String(e)}` }),
  }).pipe(Effect.flatMap((r) => (r instanceof BadInput ? Effect.fail(r) : Effect.succeed(r))))

/** An `absolute://` path as a path on this machine (`absolute:///home/…` or `absolute://C:/…`). */
export const absolutePath = (path: string) => (isAbsolute(path) ? path : `/${path}`)
