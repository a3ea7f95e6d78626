/**
 * Ingest benchmark: 1,000 generated interview transcripts of about 6,000 words each, imported with
 * `valuelens import` into a fresh project, against the sqlite3 shell's `.import` of the same texts (one CSV row
 * per transcript) into a fresh database, in the same run. Build first (`pnpm build`), then `node bench/ingest.mjs`
 * (`--files N --words N` for a smaller run). Writes bench/results/ingest.json and ingest.md.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const bin = join(root, "apps", "cli", "dist", "bin.js")
const { values } = parseArgs({
  options: { files: { type: "string", default: "1000" }, words: { type: "string", default: "6000" } },
})
const FILES = Number(values.files)
const WORDS = Number(values.words)

// a small deterministic generator (mulberry32), so every run imports the same corpus
const rng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const random = rng(20240312)
const pick = (xs) => xs[Math.floor(random() * xs.length)]
const vocabulary = (
  "the victims officers shelter court prosecution evidence agency NGO trafficking interpreter budget campaign " +
  "awareness cooperation border police immigration labour witness trauma database funding policy report " +
  "mangsa pegawai mahkamah pendakwaan bukti agensi kerjasama sempadan polis imigresen buruh saksi dana dasar " +
  "we they often never slowly because however although when and but not always very more less few many"
).split(" ")
const extras = ["😔", "🙂", "—", "“kerjasama”", "é", "👍🏽"]
const groups = ["government", "enforcement", "academic", "ngo", "international-organisation", "shelter"]

const sentence = (n) => {
  const words = []
  for (let i = 0; i < n; i++) words.push(random() < 0.01 ? pick(extras) : pick(vocabulary))
  const s = words.join(" ")
  return `${s[0].toUpperCase()}${s.slice(1)}.`
}

const transcript = (i) => {
  const id = `P ${i + 1}`
  const lines = [
    "---",
    `participant: ${id}`,
    `group: ${groups[i % groups.length]}`,
    "country: MYS",
    `date: 2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    "---",
  ]
  let words = 0
  while (words < WORDS) {
    const q = 8 + Math.floor(random() * 10)
    lines.push(`Interviewer: ${sentence(q)}`)
    words += q
    const sentences = 2 + Math.floor(random() * 5)
    const answer = []
    for (let k = 0; k < sentences; k++) {
      const n = 8 + Math.floor(random() * 14)
      answer.push(sentence(n))
      words += n
    }
    // some answers run over several lines, as transcribed speech does
    lines.push(`${id}: ${answer.slice(0, 2).join(" ")}`)
    if (answer.length > 2) lines.push(answer.slice(2).join(" "))
  }
  return `${lines.join("\n")}\n`
}

const csvCell = (s) => `"${s.replaceAll('"', '""')}"`

const work = mkdtempSync(join(tmpdir(), "vl-bench-ingest-"))
try {
  const corpus = join(work, "corpus")
  mkdirSync(corpus)
  let bytes = 0
  let words = 0
  const rows = ["file,text"]
  for (let i = 0; i < FILES; i++) {
    const name = `interview-${String(i + 1).padStart(4, "0")}.md`
    const text = transcript(i)
    writeFileSync(join(corpus, name), text)
    bytes += Buffer.byteLength(text)
    words += text.split(/\s+/).length
    rows.push(`${csvCell(name)},${csvCell(text)}`)
  }
  const csv = join(work, "sources.csv")
  writeFileSync(csv, `${rows.join("\n")}\n`)
  const mb = bytes / 1e6
  console.error(`corpus: ${FILES} transcripts, ${words} words, ${mb.toFixed(1)} MB`)

  const project = join(work, "project")
  execFileSync(process.execPath, [bin, "init", project, "--json"], { stdio: "ignore" })
  let t0 = performance.now()
  const run = spawnSync(process.execPath, [bin, "import", corpus, "--project", project, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  })
  const valuelensSeconds = (performance.now() - t0) / 1000
  if (run.status !== 0) throw new Error(`valuelens import exited ${run.status}: ${run.stderr}`)
  const summary = JSON.parse(run.stdout)
  if (summary.counts.interview !== FILES) throw new Error(`imported ${summary.counts.interview} of ${FILES}`)

  const db = join(work, "sqlite3.db")
  t0 = performance.now()
  execFileSync("sqlite3", [db, ".mode csv", ".import sources.csv source"], { cwd: work })
  const sqliteSeconds = (performance.now() - t0) / 1000
  const imported = Number(
    execFileSync("sqlite3", [db, "select count(*) from source"], { encoding: "utf8" }).trim(),
  )
  if (imported !== FILES) throw new Error(`sqlite3 imported ${imported} rows`)

  const sqliteVersion = execFileSync("sqlite3", ["--version"], { encoding: "utf8" })
    .split(" ")
    .slice(0, 2)
    .join(" ")
  const result = {
    benchmark: "ingest",
    measured:
      "valuelens import of generated interview transcripts into a fresh SQLite project (read, validate, split turns, one transaction)",
    comparedWith:
      "sqlite3 shell `.import` of the same texts, one CSV row per transcript, into a fresh database (no parsing beyond CSV)",
    date: new Date().toISOString(),
    corpus: {
      files: FILES,
      wordsPerFile: WORDS,
      words,
      megabytes: Number(mb.toFixed(2)),
      csvMegabytes: Number((statSync(csv).size / 1e6).toFixed(2)),
    },
    valuelens: {
      seconds: Number(valuelensSeconds.toFixed(2)),
      megabytesPerSecond: Number((mb / valuelensSeconds).toFixed(2)),
      sources: summary.counts.interview,
      participants: summary.participantsCreated.length,
      projectDatabaseMegabytes: Number((statSync(join(project, "valuelens.db")).size / 1e6).toFixed(2)),
    },
    sqlite3Import: {
      seconds: Number(sqliteSeconds.toFixed(2)),
      megabytesPerSecond: Number((mb / sqliteSeconds).toFixed(2)),
      rows: imported,
    },
    ratio: Number((valuelensSeconds / sqliteSeconds).toFixed(2)),
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGB: Number((totalmem() / 1e9).toFixed(1)),
      freeMemoryGB: Number((freemem() / 1e9).toFixed(1)),
      loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
      os: `${platform()} ${release()}`,
      node: process.version,
      sqlite3: sqliteVersion,
    },
  }
  mkdirSync(join(here, "results"), { recursive: true })
  writeFileSync(join(here, "results", "ingest.json"), `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(
    join(here, "results", "ingest.md"),
    [
      "# Ingest benchmark",
      "",
      `${FILES} generated interview transcripts (${words.toLocaleString("en")} words, ${mb.toFixed(1)} MB of UTF-8 with front matter, emoji and Malay words), run on ${result.date.slice(0, 10)}.`,
      "",
      "| what | seconds | MB/s |",
      "| --- | ---: | ---: |",
      `| \`valuelens import\` (read, decode, validate, split ${summary.counts.interview} transcripts into turns, write one transaction) | ${result.valuelens.seconds} | ${result.valuelens.megabytesPerSecond} |`,
      `| sqlite3 shell \`.import\` of the same texts, one CSV row each | ${result.sqlite3Import.seconds} | ${result.sqlite3Import.megabytesPerSecond} |`,
      "",
      `valuelens takes ${result.ratio}× the time of a bare \`.import\`, which only copies text into one table. The valuelens time includes starting Node and opening the project.`,
      "",
      `Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGB} GB, ${result.machine.os}, Node ${result.machine.node}, sqlite3 ${result.machine.sqlite3}; load average at the end ${result.machine.loadAverage.join(", ")} (the machine was shared).`,
      "",
      "Reproduce: `pnpm build && node bench/ingest.mjs`.",
      "",
    ].join("\n"),
  )
  console.log(JSON.stringify(result, null, 2))
} finally {
  rmSync(work, { recursive: true, force: true })
}
