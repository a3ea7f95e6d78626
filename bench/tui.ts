/**
 * Benchmark of the terminal UI on a review queue of 10,000 suggestions, pending as `code auto` stores them
 * (issue: first frame < 1 s, key press redraw < 100 ms). Measured two ways in one run on this machine:
 *  - in process, with ink-testing-library over the real store: time to the first frame and to the first
 *    frame with the project loaded, and the redraw after each key press (`n` moves, `a` accepts);
 *  - the real binary in tmux at 80×24: time until the dashboard shows, until the counts show, and until the
 *    pane shows the next suggestion after `send-keys n` (this includes tmux's own capture latency).
 * Run after building: `node bench/tui.ts` (Node 24 strips the types). Writes bench/results/tui.json and .md.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus, loadavg, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { make } from "../apps/cli/test/tui/fixture.ts"

const here = dirname(fileURLToPath(import.meta.url))
const cli = join(here, "..", "apps", "cli")
const fromCli = createRequire(join(cli, "package.json"))
const load = async (name: string) => import(pathToFileURL(fromCli.resolve(name)).href)
const { render } = await load("ink-testing-library")
const React = await load("react")
const { App } = await import(pathToFileURL(join(cli, "dist", "tui", "App.js")).href)
const { fromWorkspace } = await import(pathToFileURL(join(cli, "dist", "tui", "services.js")).href)
const { loadRegistry } = await import(pathToFileURL(join(cli, "dist", "Workspace.js")).href)
const { Project } = await load("@valuelens/store")
const { Effect } = await load("effect")

const EXTRA = 10_000
const root = mkdtempSync(join(tmpdir(), "vl-bench-tui-"))
const dir = join(root, "project")
const seeded = await Effect.runPromise(make(dir, { extra: EXTRA }))
await Effect.runPromise(seeded.project.store.close())
const total = EXTRA + 5

const stats = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!
  return {
    n: s.length,
    median: +at(0.5).toFixed(2),
    p95: +at(0.95).toFixed(2),
    max: +s[s.length - 1]!.toFixed(2),
  }
}
// a timer, not setImmediate: a loop of immediates can keep the store's I/O callbacks waiting
const tick = () => new Promise((r) => setTimeout(r, 0))

// ── in process ────────────────────────────────────────────────────────────────────────────────────
const inProcess = async () => {
  const t0 = performance.now()
  const project = await Effect.runPromise(Project.open(dir))
  const registry = await Effect.runPromise(loadRegistry(project))
  const services = fromWorkspace({ project, registry }, { coder: "bench" })
  const r = render(React.createElement(App, { services, width: 80, height: 24 }))
  const frame = () => r.lastFrame() ?? ""
  while (!frame().includes("Dashboard")) await tick()
  const firstFrame = performance.now() - t0
  while (!frame().includes("Open suggestions")) await tick()
  const loadedFrame = performance.now() - t0
  const press = async (key: string) => {
    const before = r.frames.length
    const start = performance.now()
    r.stdin.write(key)
    while (r.frames.length === before) await tick()
    return performance.now() - start
  }
  await press("r")
  const moves: number[] = []
  for (let i = 0; i < 50; i++) moves.push(await press("n"))
  const accepts: number[] = []
  for (let i = 0; i < 20; i++) accepts.push(await press("a"))
  const shown = frame().split("\n")[1]
  r.unmount()
  await new Promise((res) => setTimeout(res, 500))
  await Effect.runPromise(project.store.close())
  return {
    firstFrame: +firstFrame.toFixed(1),
    loadedFrame: +loadedFrame.toFixed(1),
    move: stats(moves),
    accept: stats(accepts),
    shown,
  }
}

// ── the real binary in tmux ─────────────────────────────────────────────────────────────────────
const inTmux = async () => {
  const tmux = (...args: ReadonlyArray<string>) => execFileSync("tmux", args, { encoding: "utf8" })
  const s = `vl-bench-${process.pid}-${Date.now()}`
  const bin = join(cli, "dist", "bin.js")
  const t0 = performance.now()
  tmux(
    "new-session",
    "-d",
    "-s",
    s,
    "-x",
    "80",
    "-y",
    "24",
    `'${process.execPath}' '${bin}' tui --project '${dir}'; sleep 30`,
  )
  const until = async (text: string) => {
    while (!tmux("capture-pane", "-p", "-t", s).includes(text)) await new Promise((r) => setTimeout(r, 2))
    return performance.now()
  }
  try {
    const dashboard = (await until("Dashboard")) - t0
    const counts = (await until(`Codings             ${total.toLocaleString("en-GB")}`)) - t0
    tmux("send-keys", "-t", s, "r")
    await until("Suggestion 1 of")
    const moves: number[] = []
    for (let i = 2; i <= 21; i++) {
      const start = performance.now()
      tmux("send-keys", "-t", s, "n")
      moves.push((await until(`Suggestion ${i} of`)) - start)
    }
    tmux("send-keys", "-t", s, "q")
    tmux("send-keys", "-t", s, "q")
    return { dashboard: +dashboard.toFixed(1), counts: +counts.toFixed(1), move: stats(moves) }
  } finally {
    try {
      tmux("kill-session", "-t", s)
    } catch {
      // ended on its own
    }
  }
}

/** The CLI's own start-up in the same run: `valuelens --version` from spawn to exit, the floor under the tmux figures. */
const baseline = () => {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    execFileSync(process.execPath, [join(cli, "dist", "bin.js"), "--version"])
    times.push(performance.now() - start)
  }
  return stats(times)
}

const startup = baseline()
const inproc = await inProcess()
const term = await inTmux()
const result = {
  measured: `terminal UI on a review queue of ${total.toLocaleString("en-GB")} suggestions (${EXTRA.toLocaleString("en-GB")} of them pending, packed per source), 80×24`,
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    loadAverage: loadavg().map((x) => +x.toFixed(2)),
  },
  date: new Date().toISOString(),
  targets: { firstFrameMs: 1000, redrawMs: 100 },
  cliStartup: startup,
  inProcess: inproc,
  tmux: term,
}
writeFileSync(join(here, "results", "tui.json"), `${JSON.stringify(result, null, 2)}\n`)
const md = `# Terminal UI benchmark

${result.measured}, ${result.date.slice(0, 10)}, ${result.machine.cpu} (${result.machine.cores} cores, load average
${result.machine.loadAverage.join(" / ")} at the end of the run), Node ${result.machine.node}.
Targets: first frame under ${result.targets.firstFrameMs} ms, key-press redraw under ${result.targets.redrawMs} ms.

| measurement | in process (ink-testing-library, real store) | real binary in tmux |
| --- | ---: | ---: |
| first frame ("Dashboard") | ${inproc.firstFrame} ms | ${term.dashboard} ms |
| first frame with the project loaded | ${inproc.loadedFrame} ms | ${term.counts} ms |
| \`n\` (next suggestion) redraw, median / p95 / max | ${inproc.move.median} / ${inproc.move.p95} / ${inproc.move.max} ms (n=${inproc.move.n}) | ${term.move.median} / ${term.move.p95} / ${term.move.max} ms (n=${term.move.n}) |
| \`a\` (accept) redraw, median / p95 / max | ${inproc.accept.median} / ${inproc.accept.p95} / ${inproc.accept.max} ms (n=${inproc.accept.n}) | – |

The tmux column includes starting Node and the CLI, opening the SQLite project, and tmux's capture polling
(2 ms); for comparison, \`valuelens --version\` took ${startup.median} ms (median of ${startup.n}, max ${startup.max} ms) from
spawn to exit in the same run. The in-process column starts at opening the project. The accept redraw is the decision shown on screen; the write
to the database follows in the background in its own transaction.
`
writeFileSync(join(here, "results", "tui.md"), md)
process.stdout.write(md)
