/**
 * Search and retrieval on 1,000 generated interviews (run after a build: `pnpm --filter @valuelens/bench
 * search`). Goal: a query answers in under 1 s. Each query is the CLI's own `main` run in this process on the
 * command line a researcher types (opening the project, querying, printing the JSON), so the figure is the
 * query's and not Node's start-up, which is timed apart with the real binary's `--version`:
 *  1. `valuelens search PHRASE --json` (the full-text index narrows the sources, then each hit is placed and
 *     given its context), beside ripgrep writing every match with its offset over the same texts as files;
 *  2. `valuelens retrieve --code A --and B --json` over the project's accepted codings (no outside tool answers
 *     this question, so it stands alone).
 * Writes results/search.json and results/search.md. The corpus goes to a temporary folder.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Effect } from "effect"
import { generate, random, writeProject } from "./corpus.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const BIN = join(here, "..", "apps", "cli", "dist", "bin.js")
const INTERVIEWS = Number(process.env.INTERVIEWS ?? 1000)
const WORDS_PER_INTERVIEW = 3000
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d
const loadAtStart = loadavg().map((x) => round(x, 2))

const rnd = random(7)
const interviews = Array.from({ length: INTERVIEWS }, (_, i) => generate(i, rnd, WORDS_PER_INTERVIEW))
const bytes = interviews.reduce((n, iv) => n + Buffer.byteLength(iv.source.text), 0)
console.error(`corpus: ${INTERVIEWS} interviews, ${(bytes / 1e6).toFixed(1)} MB`)

// accepted codings: each participant turn coded with one of ten codes, and every third also with a second
const codes = Array.from({ length: 10 }, (_, i) => ({ id: `c/${i}`, name: `Code ${i}`, kind: "free" }))
const segments = []
const codings = []
const crnd = random(11)
for (const iv of interviews)
  for (const t of iv.turns) {
    if (t.interviewer) continue
    const seg = `seg_${segments.length}`
    segments.push({
      id: seg,
      sourceId: iv.source.id,
      start: t.start,
      end: t.end,
      text: iv.source.text.slice(t.start, t.end),
    })
    const first = Math.floor(crnd() * 10)
    for (const c of segments.length % 3 === 0 ? [first, (first + 1 + Math.floor(crnd() * 9)) % 10] : [first])
      codings.push({
        id: `cod_${codings.length}`,
        segmentId: seg,
        codeId: `c/${c}`,
        coderId: "ana",
        status: "accepted",
        origin: "manual",
        createdAt: "2026-01-01T00:00:00Z",
        updatedAt: "2026-01-01T00:00:00Z",
      })
  }

const dir = join(tmpdir(), `vl-bench-search-${process.pid}`)
rmSync(dir, { recursive: true, force: true })
const t0 = performance.now()
await writeProject(dir, interviews, codes, (tx) =>
  Effect.gen(function* () {
    yield* tx.coders.ensure({ id: "ana", name: "ana", engine: false })
    yield* tx.segments.insert(segments)
    yield* tx.codings.insert(codings)
  }),
)
const importSeconds = (performance.now() - t0) / 1000
console.error(
  `project written with its full-text index in ${importSeconds.toFixed(1)} s; ${codings.length} codings`,
)

/** Best of three wall-clock runs of a command (after one warm-up), with its output. */
const timed = (cmd, args, opts = {}) => {
  const runs = []
  let out
  for (let i = 0; i < 4; i++) {
    const start = performance.now()
    out = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30, ...opts })
    if (out.status !== 0 && !(cmd === "rg" && out.status === 1))
      throw new Error(`${cmd} failed: ${out.stderr}`)
    if (i > 0) runs.push((performance.now() - start) / 1000)
  }
  return { seconds: round(Math.min(...runs)), out }
}
const { main } = await import(pathToFileURL(join(here, "..", "apps", "cli", "dist", "Main.js")).href)
/** Best of three in-process runs of `valuelens ARGS --project DIR --json` (after a warm-up), with what it printed. */
const valuelens = async (...args) => {
  const runs = []
  let printed = ""
  const write = process.stdout.write
  for (let i = 0; i < 4; i++) {
    printed = ""
    process.stdout.write = (chunk) => {
      printed += chunk
      return true
    }
    const start = performance.now()
    const code = await main([...args, "--project", dir, "--json"]).finally(() => {
      process.stdout.write = write
    })
    if (code !== 0) throw new Error(`valuelens ${args.join(" ")} exited ${code}`)
    if (i > 0) runs.push((performance.now() - start) / 1000)
  }
  return { seconds: round(Math.min(...runs)), out: { stdout: printed } }
}
const startup = timed(process.execPath, [BIN, "--version"])

// 1. search
const PHRASE = "court evidence"
const corpusDir = join(dir, "texts")
mkdirSync(corpusDir)
for (const iv of interviews) writeFileSync(join(corpusDir, `${iv.source.id}.txt`), iv.source.text)
const ours = await valuelens("search", PHRASE)
const found = JSON.parse(ours.out.stdout)
const rg = timed("rg", ["-j1", "-o", "-b", "-i", "-w", "court\\s+evidence", corpusDir])
const rgMatches = rg.out.stdout.split("\n").filter(Boolean).length
const rgVersion = spawnSync("rg", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]

// 2. retrieve
const retrieve = await valuelens("retrieve", "--code", "c/1", "--and", "c/2")
const passages = JSON.parse(retrieve.out.stdout).passages
rmSync(dir, { recursive: true, force: true })
const results = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  load: { start: loadAtStart, end: loadavg().map((x) => round(x, 2)) },
  startup: { command: "valuelens --version", seconds: startup.seconds },
  corpus: {
    interviews: INTERVIEWS,
    wordsPerInterview: WORDS_PER_INTERVIEW,
    megabytes: round(bytes / 1e6, 1),
    codings: codings.length,
  },
  search: {
    phrase: PHRASE,
    seconds: ours.seconds,
    matches: found.matches,
    sources: found.sources,
    peer: { tool: rgVersion, seconds: rg.seconds, matches: rgMatches },
    goal: 1,
    met: ours.seconds < 1,
  },
  retrieve: {
    query: "--code c/1 --and c/2",
    seconds: retrieve.seconds,
    passages,
    goal: 1,
    met: retrieve.seconds < 1,
  },
}
console.log(JSON.stringify(results, null, 2))
writeFileSync(join(here, "results", "search.json"), `${JSON.stringify(results, null, 2)}\n`)
const yes = (b) => (b ? "met" : "**not met**")
writeFileSync(
  join(here, "results", "search.md"),
  `# Search and retrieval benchmark

Measured ${results.date} on ${results.cpu} (${results.cores} cores, shared), Node ${results.node}.
Load averages (1, 5, 15 min) ${results.load.start.join(", ")} as the run began and ${results.load.end.join(", ")} as it ended.
Generated corpus: ${INTERVIEWS} interviews of ~${WORDS_PER_INTERVIEW} words, ${results.corpus.megabytes} MB, with
${codings.length} accepted codings (one or two codes on every participant turn). Written to the project with its
full-text index in ${importSeconds.toFixed(1)} s. Each figure is the best of three runs after a warm-up, in one run
(\`node bench/search.mjs\`). Ours is the CLI's \`main\` on the command line shown, run in the benchmark's process:
it opens the project, queries and prints the JSON. Starting the binary (Node and the CLI's modules) comes on top:
\`valuelens --version\` took ${startup.seconds} s in the same run.

| query | ours | peer | goal | |
|---|---|---|---|---|
| \`valuelens search "${PHRASE}" --json\`: ${found.matches} matches in ${found.sources} sources, each placed (turn.sentence) with its context | ${ours.seconds} s | ${rgVersion} \`rg -j1 -o -b -i -w 'court\\s+evidence'\` over the texts as files: ${rg.seconds} s (${rgMatches} matches) | < 1 s | ${yes(results.search.met)} |
| \`valuelens retrieve --code c/1 --and c/2 --json\`: ${passages} passages, each cited and placed | ${retrieve.seconds} s | — | < 1 s | ${yes(results.retrieve.met)} |
`,
)
