/**
 * Running the built CLI under faults: copies of a project, commands killed with SIGKILL at seeded moments, and
 * the database read back as a short signature (rows per table, codings per status) that says which state it is in.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { cpSync, watch, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { BIN, json, tempDir, valuelens } from "../run.js"

/** mulberry32: a small seeded generator, so every run kills at the same moments. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export interface Health {
  /** `PRAGMA integrity_check`: "ok" when the file is sound. */
  readonly integrity: string
  /** Rows `PRAGMA foreign_key_check` reports. */
  readonly foreignKeyViolations: number
  /** Which state the data is in: rows per table, codings per status. */
  readonly signature: string
}

/** Opens the project's database after a crash (recovering its WAL, as the next command would) and reads its health. */
export const health = (project: string): Health => {
  const db = new DatabaseSync(join(project, "valuelens.db"))
  try {
    const integrity = (db.prepare("pragma integrity_check").all() as Array<Record<string, string>>)
      .map((r) => Object.values(r)[0])
      .join("; ")
    const foreignKeyViolations = db.prepare("pragma foreign_key_check").all().length
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all()
      .map((r) => String(r.name))
    const rows = tables.map((t) => `${t}=${String(db.prepare(`select count(*) as n from "${t}"`).get()!.n)}`)
    const statuses = db
      .prepare("select status, count(*) as n from coding group by status order by status")
      .all()
      .map((r) => `${String(r.status)}=${String(r.n)}`)
    return { integrity, foreignKeyViolations, signature: [...rows, ...statuses].join(" ") }
  } finally {
    db.close()
  }
}

/** A copy of a project folder, to run one trial on. */
export const copyProject = (project: string): string => {
  const to = join(tempDir("vl-fault-"), "p")
  cpSync(project, to, { recursive: true })
  return to
}

export const start = (args: ReadonlyArray<string>): ChildProcess =>
  spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] })

export interface Ended {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
  readonly ms: number
}

export const finish = (child: ChildProcess): Promise<Ended> => {
  const began = performance.now()
  let stderr = ""
  child.stderr?.on("data", (d) => {
    stderr += String(d)
  })
  child.stdout?.resume()
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr, ms: performance.now() - began })),
  )
}

/**
 * Runs a command to its end on a copy of `project`: the state after it, how long it took, and when (ms from its
 * start) it last wrote the database file or its write-ahead log, as the kernel reported the writes.
 */
export const reference = async (project: string, args: (p: string) => string[]) => {
  const copy = copyProject(project)
  const writes: number[] = []
  const child = start(args(copy))
  const began = performance.now()
  const watcher = watch(copy, (event, name) => {
    if (event === "change" && (name === "valuelens.db" || name === "valuelens.db-wal"))
      writes.push(performance.now() - began)
  })
  const ended = await finish(child)
  watcher.close()
  if (ended.code !== 0) throw new Error(`${args(copy).join(" ")} exited ${ended.code}: ${ended.stderr}`)
  const lastWrite = writes.length ? Math.max(...writes) : undefined
  return { project: copy, after: health(copy).signature, ms: ended.ms, lastWrite }
}

/** Kills the command on a copy of `project` after `delay` ms with SIGKILL, then reads the copy's health. */
export const killed = async (project: string, args: (p: string) => string[], delay: number) => {
  const copy = copyProject(project)
  const child = start(args(copy))
  const timer = setTimeout(() => child.kill("SIGKILL"), delay)
  const ended = await finish(child)
  clearTimeout(timer)
  return { ended, health: health(copy) }
}

/** A local framework plugin with a lexicon the generated interviews use. */
export const PLUGIN = `export default {
  apiVersion: 1,
  meta: { name: "local-framework", version: "1.0.0", namespace: "vd" },
  values: [
    { id: "vd/integrity", name: "Integrity", definition: "honest enforcement" },
    { id: "vd/justice", name: "Justice", definition: "fair prosecution" },
    { id: "vd/empathy", name: "Empathy", definition: "victim-centred care" },
  ],
  lexicons: [{ language: "en", entries: [
    { code: "vd/integrity", terms: ["bribe", "corruption"] },
    { code: "vd/justice", phrases: ["afraid to testify"] },
    { code: "vd/empathy", terms: ["shelter"] },
  ] }],
}
`

/** A project with the local plugin, its codebook synced. */
export const newProject = (): string => {
  const dir = join(tempDir("vl-fault-"), "p")
  json(["init", dir])
  writeFileSync(join(dir, "plugin.mjs"), PLUGIN)
  writeFileSync(join(dir, "valuelens.json"), JSON.stringify({ name: "p", plugins: ["./plugin.mjs"] }))
  valuelens(["plugins", "list", "--project", dir])
  return dir
}

const SENTENCES = [
  "Officers took a bribe at the border and nobody asked about the corruption.",
  "Victims were afraid to testify because the hearings took years.",
  "The shelter had no nurse and no interpreter for the women.",
  "We meet the agencies every month and share what we can.",
]

/** `n` interview transcripts of `turns` turns each, in a new folder. */
export const corpus = (n: number, turns: number, prefix = "P"): string => {
  const dir = tempDir("vl-corpus-")
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${i}`
    const body = Array.from({ length: turns }, (_, t) =>
      t % 2 === 0 ? `Interviewer: Question ${t}?` : `${id}: ${SENTENCES[(i + t) % SENTENCES.length]} (${t})`,
    )
    writeFileSync(join(dir, `${id}.md`), `---\nparticipant: ${id}\ngroup: ngo\n---\n${body.join("\n")}\n`)
  }
  return dir
}
