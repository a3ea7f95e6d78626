/**
 * Benchmark: Krippendorff's α (nominal) for 5 coders × 100,000 units with 5% missing values, against the
 * pure-Python implementation the contract checks use (copied to bench/peers/alpha.py, run with python3 on the
 * same matrix), in the same run. Build first (`pnpm turbo run build --filter @valuelens/coding`), then
 * `node bench/reliability.mjs`. Writes bench/results/reliability.json and .md.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { arch, cpus, platform, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const { Reliability } = await import(join(root, "packages/coding/dist/index.js"))

const CODERS = 5
const UNITS = 100_000
const RUNS = 9

// the same seeded generator the package uses, so the matrix is the same on every machine
const random = Reliability.seededRandom(20240601)
const matrix = Array.from({ length: CODERS }, () =>
  Array.from({ length: UNITS }, () => (random() < 0.05 ? null : Math.floor(random() * 5))),
)

const time = (f) => {
  const t = performance.now()
  const value = f()
  return { ms: performance.now() - t, value }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const levels = ["nominal", "ordinal", "interval", "ratio"]
const ours = {}
for (const level of levels) {
  time(() => Reliability.krippendorffAlpha(matrix, { level })) // warm-up
  const runs = Array.from({ length: RUNS }, () =>
    time(() => Reliability.krippendorffAlpha(matrix, { level })),
  )
  ours[level] = {
    medianMs: Number(median(runs.map((r) => r.ms)).toFixed(1)),
    maxMs: Number(Math.max(...runs.map((r) => r.ms)).toFixed(1)),
    alpha: runs[0].value.value,
  }
}

const peerScript = join(root, "bench/peers/alpha.py")
let peer = { available: false }
if (existsSync(peerScript)) {
  const data = join(mkdtempSync(join(tmpdir(), "vl-bench-")), "matrix.json")
  writeFileSync(data, JSON.stringify(matrix))
  const code = [
    "import json, sys, time",
    "sys.path.insert(0, sys.argv[1])",
    "from alpha import nominal_alpha",
    "m = json.load(open(sys.argv[2]))",
    "t = time.perf_counter()",
    "a = nominal_alpha(m)",
    "print(json.dumps({'ms': (time.perf_counter() - t) * 1000, 'alpha': a}))",
  ].join("\n")
  const p = spawnSync("python3", ["-c", code, dirname(peerScript), data], { encoding: "utf8" })
  if (p.status === 0) {
    const out = JSON.parse(p.stdout)
    const version = spawnSync("python3", ["--version"], { encoding: "utf8" }).stdout.trim()
    peer = {
      available: true,
      name: "contract checks' alpha.py (pure Python)",
      python: version,
      ms: Number(out.ms.toFixed(1)),
      alpha: out.alpha,
    }
  } else peer = { available: false, error: p.stderr.trim() }
}

const result = {
  measured: "Krippendorff's alpha, 5 coders x 100,000 units, 5% missing, values 0-4",
  target: "nominal under 200 ms",
  machine: {
    node: process.version,
    platform: platform(),
    arch: arch(),
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
  },
  runs: RUNS,
  valuelens: ours,
  peer,
  sameValue: peer.available ? Math.abs(peer.alpha - ours.nominal.alpha) < 1e-12 : null,
  speedup: peer.available ? Number((peer.ms / ours.nominal.medianMs).toFixed(1)) : null,
  date: new Date().toISOString().slice(0, 10),
}

const md = [
  "# Reliability benchmark",
  "",
  `${result.measured}; median of ${RUNS} runs after a warm-up, on ${result.machine.cpu} (${result.machine.cores} cores shared with other work), Node ${result.machine.node}, ${result.date}.`,
  "",
  "| implementation | level | median ms | max ms | alpha |",
  "|---|---|---:|---:|---:|",
  ...levels.map(
    (l) =>
      `| @valuelens/coding | ${l} | ${ours[l].medianMs} | ${ours[l].maxMs} | ${ours[l].alpha.toFixed(6)} |`,
  ),
  ...(peer.available
    ? [`| ${peer.name}, ${peer.python} | nominal | ${peer.ms} (one run) | | ${peer.alpha.toFixed(6)} |`]
    : []),
  "",
  `Target: nominal under 200 ms: ${ours.nominal.medianMs < 200 ? "met" : "NOT met"}.` +
    (peer.available
      ? ` Same alpha as the peer to 1e-12: ${result.sameValue}; ${result.speedup}x faster.`
      : ""),
  "",
]

writeFileSync(join(root, "bench/results/reliability.json"), `${JSON.stringify(result, null, 2)}\n`)
writeFileSync(join(root, "bench/results/reliability.md"), md.join("\n"))
process.stdout.write(md.join("\n"))
