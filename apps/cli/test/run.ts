/** Runs the built `valuelens` binary as a user would, for end-to-end tests. */
import { spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "bin.js")

export interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export const valuelens = (
  args: ReadonlyArray<string>,
  options: { cwd?: string; input?: string } = {},
): Run => {
  const p = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: options.cwd,
    input: options.input,
    timeout: 120_000,
  })
  return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr }
}

export const json = <A = unknown>(args: ReadonlyArray<string>, options?: { cwd?: string }): A => {
  const r = valuelens([...args, "--json"], options)
  if (r.code !== 0) throw new Error(`valuelens ${args.join(" ")} exited ${r.code}: ${r.stderr}`)
  return JSON.parse(r.stdout) as A
}

export const tempDir = (prefix = "vl-cli-") => mkdtempSync(join(tmpdir(), prefix))
