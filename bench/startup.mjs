/**
 * Start-up of the `valuelens` command against bare Node (`node -e 0`), measured in the same run on the demo
 * study: `--version`, `--help` and `status` by hyperfine (Debian's `hyperfine`, spawning without a shell), and
 * the terminal UI's first frame in tmux at 80×24 (from starting the session until the pane shows "Dashboard"),
 * beside the same tmux round trip for a Node that prints one word. Targets: `--version` and `--help` within
 * 150 ms of bare Node, `status` within 300 ms, the first frame under 500 ms.
 * Run after building: `node bench/startup.mjs`. Writes bench/results/startup.json and .md.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const bin = join(here, "..", "apps", "cli", "dist", "bin.js")
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), "vl-bench-startup-"))
execFileSync(node, [bin, "demo", join(work, "demo")], { stdio: "ignore" })
const project = join(work, "demo", "project")

const RUNS = 20
const commands = {
  node: [node, "-e", "0"],
  version: [node, bin, "--version"],
  help: [node, bin, "--help"],
  status: [node, bin, "status", "--project", project],
}
const quote = (argv) => argv.map((a) => `'${a}'`).join(" ")
const exported = join(work, "hyperfine.json")
execFileSync(
  "hyperfine",
  [
    "--shell=none",
    "--warmup",
    "3",
    "--runs",
    String(RUNS),
    "--export-json",
    exported,
    ...Object.values(commands).map(quote),
  ],
  { stdio: ["ignore", "ignore", "inherit"] },
)
const ms = (s) => +(s * 1000).toFixed(1)
const timed = Object.fromEntries(
  Object.keys(commands).map((name, i) => {
    const r = JSON.parse(readFileSync(exported, "utf8")).results[i]
    return [
      name,
      {
        mean: ms(r.mean),
        median: ms(r.median),
        stddev: ms(r.stddev),
        user: ms(r.user),
        system: ms(r.system),
      },
    ]
  }),
)

// ── the terminal UI's first frame in tmux ─────────────────────────────────────────────────────────
const tmux = (...args) => execFileSync("tmux", args, { encoding: "utf8" })
const firstFrame = async (command, text) => {
  const s = `vl-bench-startup-${process.pid}-${Date.now()}`
  const t0 = performance.now()
  tmux("new-session", "-d", "-s", s, "-x", "80", "-y", "24", `${command}; sleep 30`)
  try {
    while (!tmux("capture-pane", "-p", "-t", s).includes(text)) await new Promise((r) => setTimeout(r, 2))
    return performance.now() - t0
  } finally {
    tmux("kill-session", "-t", s)
  }
}
const FRAMES = 7
const median = (xs) => +[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1)
const tuiTimes = []
const nodeTimes = []
for (let i = 0; i < FRAMES; i++) {
  nodeTimes.push(await firstFrame(`${quote([node, "-e", "process.stdout.write('Ready')"])}`, "Ready"))
  tuiTimes.push(await firstFrame(`${quote([node, bin, "tui", "--project", project])}`, "Dashboard"))
}

const targets = { versionOverNodeMs: 150, helpOverNodeMs: 150, statusOverNodeMs: 300, firstFrameMs: 500 }
const over = (name) => +(timed[name].mean - timed.node.mean).toFixed(1)
const result = {
  measured: "valuelens start-up on the demo study, against node -e 0 in the same run",
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    loadAverage: loadavg().map((x) => +x.toFixed(2)),
  },
  date: new Date().toISOString(),
  targets,
  hyperfine: { runs: RUNS, ...timed },
  overNode: { version: over("version"), help: over("help"), status: over("status") },
  tmux: { runs: FRAMES, tuiFirstFrame: median(tuiTimes), nodePrintsOneWord: median(nodeTimes) },
}
writeFileSync(join(here, "results", "startup.json"), `${JSON.stringify(result, null, 2)}\n`)
const row = (label, name, target) =>
  `| ${label} | ${timed[name].mean} ± ${timed[name].stddev} ms | ${timed[name].user} / ${timed[name].system} ms | ${name === "node" ? "–" : `${over(name)} ms`} | ${target} |`
const md = `# Start-up benchmark

${result.measured}, ${result.date.slice(0, 10)}, ${result.machine.cpu} (${result.machine.cores} cores, load average
${result.machine.loadAverage.join(" / ")} at the end of the run), Node ${result.machine.node}.

| command | wall time, mean ± sd (n=${RUNS}) | user / system CPU | over \`node -e 0\` | target |
| --- | ---: | ---: | ---: | --- |
${row("`node -e 0`", "node", "–")}
${row("`valuelens --version`", "version", `within ${targets.versionOverNodeMs} ms of Node`)}
${row("`valuelens --help`", "help", `within ${targets.helpOverNodeMs} ms of Node`)}
${row("`valuelens status` (demo study)", "status", `within ${targets.statusOverNodeMs} ms of Node`)}

The terminal UI's first frame in tmux (80×24, from starting the session until the pane shows "Dashboard"; median
of ${FRAMES}): **${result.tmux.tuiFirstFrame} ms** (target under ${targets.firstFrameMs} ms). The same tmux round trip for a Node
that only prints a word: ${result.tmux.nodePrintsOneWord} ms.

The CLI is a bundle (apps/cli/rolldown.config.mjs) whose command handlers are chunks loaded when their command
runs, with Node's compile cache on: \`--version\` reads the command definitions only. The terminal UI draws its
first frame (React's production build) before it loads the modules that open the project; its figures follow.
`
writeFileSync(join(here, "results", "startup.md"), md)
process.stdout.write(md)
