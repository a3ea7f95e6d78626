/**
 * Hardening record: hostile and broken inputs against the built CLI, each timed and measured with
 * `/usr/bin/time -v` (wall time, peak resident memory); legitimate large inputs (a 2,000-page PDF report, a
 * 500-interview REFI-QDA project) that must still import; and the fault suites (kill -9, two writers, a reader
 * beside a writer, a full disk) and fuzz suites run through vitest. Build first (`pnpm build`), run as root for
 * the full-disk test, then `node bench/hardening.mjs`. Writes bench/results/hardening.json and hardening.md.
 */
import { execFileSync, spawnSync } from "node:child_process"
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { cpus, loadavg, tmpdir, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Zip, ZipDeflate, zipSync } from "fflate"
import { PDFDocument, StandardFonts } from "pdf-lib"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const bin = join(root, "apps", "cli", "dist", "bin.js")
const work = mkdtempSync(join(tmpdir(), "vl-hardening-"))
const MiB = 1024 * 1024
const enc = new TextEncoder()
const loadText = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ")
const loadAtStart = loadText()

/** Runs the CLI under /usr/bin/time -v: exit code, first line of stderr, wall seconds, peak RSS in MB. */
const measure = (args) => {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * MiB,
  })
  const stats = r.stderr.slice(r.stderr.indexOf("\tCommand being timed"))
  const said = r.stderr.slice(0, r.stderr.indexOf("\tCommand being timed")).trim()
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stats)
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stats)?.[1]) / 1024
  return { code: r.status, said: said.split("\n")[0] ?? "", seconds, rssMb: Math.round(rss) }
}

const project = (name) => {
  const dir = join(work, "projects", name)
  execFileSync(process.execPath, [bin, "init", dir, "--json"])
  return dir
}

const file = (name, content) => {
  const path = join(work, "inputs", name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
  return path
}

/** Streams a zip whose one large entry is `chunk` repeated `times` times, never holding it whole. */
const streamedZip = (path, entries) =>
  new Promise((resolve, reject) => {
    const out = createWriteStream(path)
    const zip = new Zip((err, data, final) => {
      if (err) return reject(err)
      out.write(data)
      if (final) out.end(resolve)
    })
    for (const { name, chunk, times, head = "", tail = "" } of entries) {
      const e = new ZipDeflate(name, { level: 9 })
      zip.add(e)
      e.push(enc.encode(head))
      const bytes = enc.encode(chunk)
      for (let i = 0; i < times; i++) e.push(bytes)
      e.push(enc.encode(tail), true)
    }
    zip.end()
  })

const pdfOf = async (pages, text) => {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([300, 300])
    if (text) page.drawText(`${text} ${i + 1}`, { x: 20, y: 260, size: 10, font })
  }
  return doc.save()
}

const transcript = (id, turns) =>
  [
    "---",
    `participant: ${id}`,
    "group: ngo",
    "---",
    ...Array.from({ length: turns }, (_, t) =>
      t % 2 === 0
        ? `Interviewer: Question ${t}?`
        : `${id}: The shelter had no interpreter and officers took a bribe (${t}).`,
    ),
    "",
  ].join("\n")

const docXml = (body) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
const docxParts = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
}
const PARAGRAPH =
  "<w:p><w:r><w:t>P1: the shelter had no interpreter and the officers were paid by syndicates.</w:t></w:r></w:p>"

const GUID = (k) => `00000000-0000-4000-8000-${String(k).padStart(12, "0")}`
const qde = (attribute = "t") =>
  `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="${attribute}"><Sources><TextSource guid="${GUID(3)}" name="s" plainTextPath="internal://passwd"/></Sources></Project>`

// ── the hostile suite ────────────────────────────────────────────────────────────────────────────
const hostile = []
const attempt = async (reader, what, build, expect) => {
  const input = await build()
  const p = project(`h${hostile.length}`)
  const r = measure(["import", ...(Array.isArray(input) ? input : [input]), "--project", p])
  const internal = /internal error/.test(r.said) || r.code === null
  hostile.push({ reader, what, expect, ...r, internal })
  process.stderr.write(
    `${reader}: ${what}: exit ${r.code}, ${r.seconds}s, ${r.rssMb} MB: ${r.said.slice(0, 160)}\n`,
  )
}

await attempt(
  "text",
  "an empty file (the CLI's own start and a refusal)",
  () => file("empty/e.txt", ""),
  "refused",
)
await attempt(
  "front matter",
  "keys __proto__, constructor, toString (top level and attributes)",
  () =>
    file(
      "keys/p1.md",
      "---\nparticipant: P1\n__proto__: a\nconstructor: b\nattributes:\n  __proto__: x\n  toString: y\n---\nInterviewer: Why?\nP1: Because.\n",
    ),
  "imported",
)
await attempt(
  "roster",
  "columns __proto__, constructor, toString",
  () => {
    const r = file("roster/r.csv", "participant,group,__proto__,constructor,tostring\nP2,ngo,a,b,c\n")
    return [file("roster/P2.txt", "Interviewer: Why?\nP2: Because.\n"), "--roster", r]
  },
  "imported",
)
await attempt(
  "transcript",
  "150,000 turns (limit turns)",
  () => file("turns/p.md", transcript("P1", 150_000)),
  "refused",
)
await attempt(
  "statistics CSV",
  "1,200,000 rows (limit csvRows)",
  () => {
    const rows = Array.from({ length: 1_200_000 }, (_, i) => `MYS,${1900 + (i % 120)},x.${i},1,,s,`)
    return file("csv/s.csv", ["country,year,indicator,value,unit,source,confidence", ...rows].join("\n"))
  },
  "refused",
)
await attempt(
  "docx",
  "1.3 MB packed, 420 MB of XML unpacked (limit unpackedBytes)",
  async () => {
    const path = join(work, "inputs", "bomb", "bomb.docx")
    mkdirSync(dirname(path), { recursive: true })
    await streamedZip(path, [
      ...Object.entries(docxParts).map(([name, xml]) => ({ name, chunk: xml, times: 1 })),
      {
        name: "word/document.xml",
        head: docXml("").split("</w:body>")[0],
        chunk: PARAGRAPH,
        times: Math.ceil((420 * MiB) / PARAGRAPH.length),
        tail: "</w:body></w:document>",
      },
    ])
    return path
  },
  "refused",
)
await attempt(
  "docx",
  "three 420 MB bombs in one folder",
  async () => {
    const dir = join(work, "inputs", "bombs")
    mkdirSync(dir, { recursive: true })
    for (const n of [1, 2, 3])
      writeFileSync(join(dir, `b${n}.docx`), readFileSync(join(work, "inputs", "bomb", "bomb.docx")))
    return dir
  },
  "refused",
)
await attempt(
  "docx",
  "word/document.xml nested 100,000 deep, stored (limit xmlDepth)",
  () =>
    file(
      "docxdeep/deep.docx",
      zipSync({
        ...Object.fromEntries(Object.entries(docxParts).map(([k, v]) => [k, enc.encode(v)])),
        "word/document.xml": [
          enc.encode(
            docXml(
              `${"<w:sdt><w:sdtContent>".repeat(50_000)}${PARAGRAPH}${"</w:sdtContent></w:sdt>".repeat(50_000)}`,
            ),
          ),
          { level: 0 },
        ],
      }),
    ),
  "refused",
)
await attempt(
  "docx",
  "a legitimate 2,000-paragraph interview",
  () =>
    file(
      "docx/legit.docx",
      zipSync({
        ...Object.fromEntries(Object.entries(docxParts).map(([k, v]) => [k, enc.encode(v)])),
        "word/document.xml": enc.encode(
          docXml(
            `<w:p><w:r><w:t>---</w:t></w:r></w:p><w:p><w:r><w:t>participant: P1</w:t></w:r></w:p><w:p><w:r><w:t>---</w:t></w:r></w:p><w:p><w:r><w:t>Interviewer: Tell me.</w:t></w:r></w:p>${PARAGRAPH.repeat(2000)}`,
          ),
        ),
      }),
    ),
  "imported",
)
await attempt(
  "pdf",
  "30,000 pages (limit pdfPages)",
  async () => file("pdf/huge.pdf", await pdfOf(30_000, "")),
  "refused",
)
await attempt(
  "pdf",
  "a legitimate 2,000-page report with text on every page",
  async () => file("pdf/report.pdf", await pdfOf(2_000, "Trafficking in Persons Report, page")),
  "imported",
)
await attempt(
  "qde",
  "a 300 MB attribute in a bare .qde (limit fileBytes)",
  () => {
    const path = join(work, "inputs", "qde300", "p.qde")
    mkdirSync(dirname(path), { recursive: true })
    const out = Buffer.from(qde("\u0000"))
    const [head, tail] = out.toString().split("\u0000")
    writeFileSync(path, head)
    const block = Buffer.alloc(MiB, "x")
    for (let i = 0; i < 300; i++) writeFileSync(path, block, { flag: "a" })
    writeFileSync(path, tail, { flag: "a" })
    return path
  },
  "refused",
)
await attempt(
  "qdpx",
  "a 300 MB attribute in project.qde, packed (limit unpackedBytes)",
  async () => {
    const path = join(work, "inputs", "qdpx300", "p.qdpx")
    mkdirSync(dirname(path), { recursive: true })
    const [head, tail] = qde("\u0000").split("\u0000")
    await streamedZip(path, [{ name: "project.qde", head, chunk: "x".repeat(MiB), times: 300, tail }])
    return path
  },
  "refused",
)
await attempt(
  "qdpx",
  "a 90 MB attribute in project.qde (limit xmlValueBytes)",
  async () => {
    const path = join(work, "inputs", "qdpx90", "p.qdpx")
    mkdirSync(dirname(path), { recursive: true })
    const [head, tail] = qde("\u0000").split("\u0000")
    await streamedZip(path, [{ name: "project.qde", head, chunk: "x".repeat(MiB), times: 90, tail }])
    return path
  },
  "refused",
)
await attempt(
  "qde",
  "elements nested 100,000 deep (limit xmlDepth)",
  () =>
    file(
      "deep/p.qde",
      `<Project xmlns="urn:QDA-XML:project:1.0">${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</Project>`,
    ),
  "refused",
)
await attempt(
  "qde",
  "a sources folder that is a link to /etc, internal://passwd",
  () => {
    const dir = join(work, "inputs", "link")
    mkdirSync(dir, { recursive: true })
    symlinkSync("/etc", join(dir, "sources"))
    writeFileSync(join(dir, "p.qde"), qde())
    return join(dir, "p.qde")
  },
  "refused",
)
await attempt(
  "qde",
  "an absolute:///etc/passwd source without --allow-absolute",
  () => file("abs/p.qde", qde().replace("internal://passwd", "absolute:///etc/passwd")),
  "refused",
)

// ── a legitimate 500-interview REFI-QDA project ──────────────────────────────────────────────────
const big = project("refi-source")
const plugin = `export default { apiVersion: 1, meta: { name: "local", version: "1.0.0", namespace: "vd" },
  values: [{ id: "vd/integrity", name: "Integrity", definition: "honest" }, { id: "vd/empathy", name: "Empathy", definition: "care" }],
  lexicons: [{ language: "en", entries: [{ code: "vd/integrity", terms: ["bribe"] }, { code: "vd/empathy", terms: ["shelter"] }] }] }\n`
writeFileSync(join(big, "plugin.mjs"), plugin)
writeFileSync(join(big, "valuelens.json"), JSON.stringify({ name: "refi", plugins: ["./plugin.mjs"] }))
const interviews = join(work, "inputs", "interviews500")
mkdirSync(interviews, { recursive: true })
for (let i = 0; i < 500; i++) writeFileSync(join(interviews, `P${i}.md`), transcript(`P${i}`, 40))
execFileSync(process.execPath, [bin, "import", interviews, "--project", big, "--json"], {
  maxBuffer: 64 * MiB,
})
execFileSync(
  process.execPath,
  [bin, "code", "auto", "--engine", "rules", "--accept", "--project", big, "--json"],
  {
    maxBuffer: 64 * MiB,
  },
)
const qdpx = join(work, "inputs", "study500.qdpx")
const exportQdpx = (from) =>
  spawnSync(process.execPath, [bin, "export", "qdpx", "--out", qdpx, "--project", from, "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * MiB,
  })
let exported = exportQdpx(big)
let what = "codings accepted"
// a record of what happened, not a test: when the export with codings fails, the project is imported without them
const exportFailure = exported.status === 0 ? undefined : exported.stderr.split("\n")[0]
if (exportFailure) {
  const plain = project("refi-plain")
  execFileSync(process.execPath, [bin, "import", interviews, "--project", plain, "--json"], {
    maxBuffer: 64 * MiB,
  })
  exported = exportQdpx(plain)
  what = "sources and cases only"
}
const r500 = measure(["import", qdpx, "--project", project("refi-500"), "--json"])
hostile.push({
  reader: "qdpx",
  what: `a legitimate 500-interview project (${(readFileSync(qdpx).length / MiB).toFixed(1)} MB packed, ${what})`,
  expect: "imported",
  ...r500,
  internal: false,
})

// ── the fault and fuzz suites ────────────────────────────────────────────────────────────────────
const vitest = (cwd, files, env = {}) => {
  const out = join(work, `vitest-${files.join("-").replace(/\W+/g, "_")}.json`)
  const started = performance.now()
  spawnSync(
    join(root, "node_modules", ".bin", "vitest"),
    ["run", ...files, "--reporter=json", `--outputFile=${out}`],
    {
      cwd,
      env: { ...process.env, ...env },
      stdio: "ignore",
    },
  )
  const seconds = (performance.now() - started) / 1000
  const report = JSON.parse(readFileSync(out, "utf8"))
  return {
    seconds: Math.round(seconds),
    tests: report.testResults.flatMap((f) =>
      f.assertionResults.map((a) => ({ name: a.title, status: a.status, ms: Math.round(a.duration ?? 0) })),
    ),
  }
}
const killRecord = join(work, "kill.json")
const faults = vitest(join(root, "apps", "cli"), ["test/faults"], { HARDENING_RECORD: killRecord })
const kills = JSON.parse(readFileSync(killRecord, "utf8")).kill
const fuzzIngest = vitest(join(root, "packages", "ingest"), ["test/Fuzz.test.ts"])
const fuzzRefi = vitest(join(root, "packages", "refi"), ["test/Fuzz.test.ts"])

// ── the record ───────────────────────────────────────────────────────────────────────────────────
const { defaults } = await import(join(root, "packages", "core", "dist", "Limits.js"))
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus()[0]?.model}, ${cpus().length} cores, ${(totalmem() / 1e9).toFixed(1)} GB, Node ${process.version}`,
  load: { start: loadAtStart, end: loadText() },
  limits: defaults,
  hostile,
  kills,
  faults,
  fuzz: { ingest: fuzzIngest, refi: fuzzRefi },
}
mkdirSync(join(here, "results"), { recursive: true })
writeFileSync(join(here, "results", "hardening.json"), `${JSON.stringify(result, null, 2)}\n`)

const worst = (xs, key) => xs.reduce((a, b) => (b[key] > a[key] ? b : a))
const refused = hostile.filter((h) => h.expect === "refused")
const md = [
  "# Hardening",
  "",
  `Hostile and broken inputs against the built CLI, legitimate large ones beside them, and the fault and fuzz suites; run on ${result.date}. Each input was imported into a fresh project with \`valuelens import\` under \`/usr/bin/time -v\` (wall time and peak resident memory of the whole process, Node's start included).`,
  "",
  "## Limits",
  "",
  "| limit | default |",
  "| --- | ---: |",
  ...Object.entries(defaults).map(([k, v]) => `| \`${k}\` | ${v.toLocaleString("en")} |`),
  "",
  "## Inputs",
  "",
  "| reader | input | expected | exit | seconds | peak MB | what it said |",
  "| --- | --- | --- | ---: | ---: | ---: | --- |",
  ...hostile.map(
    (h) =>
      `| ${h.reader} | ${h.what} | ${h.expect} | ${h.code} | ${h.seconds.toFixed(2)} | ${h.rssMb} | ${h.said.replaceAll("|", "\\|").replace(work, "…").slice(0, 220)} |`,
  ),
  "",
  `The first row is as small as an import gets: its time and memory are the CLI's own start on this machine at the time (${hostile[0].seconds.toFixed(2)} s, ${hostile[0].rssMb} MB), which every other row includes.`,
  "",
  ...(exportFailure
    ? [
        `\`export qdpx\` of the 500-interview project with its codings accepted failed (${exportFailure.replaceAll("|", "\\|").slice(0, 300)}), so the row above imports it without codings.`,
        "",
      ]
    : []),
  `Worst refused input by time: ${worst(refused, "seconds").what} (${worst(refused, "seconds").seconds.toFixed(2)} s, ${(worst(refused, "seconds").seconds - hostile[0].seconds).toFixed(2)} s past the CLI's own start); by memory: ${worst(refused, "rssMb").what} (${worst(refused, "rssMb").rssMb} MB, ${worst(refused, "rssMb").rssMb - hostile[0].rssMb} MB past it). Internal errors: ${hostile.filter((h) => h.internal).length}.`,
  "",
  "## kill -9 during a write",
  "",
  "Each command is first run to its end twice at once, as the trials run, to time it under their own load. Each trial then kills it with SIGKILL at a seeded moment: half the moments spread over the whole command (from a little before the project is opened, timed with `valuelens status`, to its end), half within a tenth of the run either side of its last write to the database (the commit, then the checkpoint as the store closes; the un-killed runs' writes timed by watching the files), where a kill decides between before and after. The trial then checks `PRAGMA integrity_check`, `PRAGMA foreign_key_check` and which state the data is in (rows per table, codings per status). Of the trials ending after, the last column counts those killed while the command still ran (the others had exited before their moment came).",
  "",
  "| command | run (ms) | last write (ms) | trials | integrity ok | no FK violations | wholly before | wholly after | after, killed running |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...Object.entries(kills).map(
    ([k, v]) =>
      `| \`${k}\` | ${v.runMs} | ${v.lastWriteMs} | ${v.trials} | ${v.integrityOk} | ${v.fkClean} | ${v.before} | ${v.after} | ${v.afterKilledRunning} |`,
  ),
  "",
  "## Faults and contention (vitest, apps/cli/test/faults)",
  "",
  `The whole fault suite took ${faults.seconds} s.`,
  "",
  "| test | outcome | seconds |",
  "| --- | --- | ---: |",
  ...faults.tests.map((t) => `| ${t.name} | ${t.status} | ${(t.ms / 1000).toFixed(1)} |`),
  "",
  "## Fuzzing (fast-check, seed 18)",
  "",
  "Each property generates its inputs (hostile keys, wrong types, truncations, byte flips) and imports every one into a real project; 60 runs per property (40 for Word and PDF), so 120 transcripts, 60 rosters, 120 statistics files, 40 Word files, 40 PDFs, 60 generated `.qde`, 120 `.qdpx`, 60 damaged `.qde` and 120 `.qdc`.",
  "",
  "| suite | test | outcome | seconds |",
  "| --- | --- | --- | ---: |",
  ...[...fuzzIngest.tests.map((t) => ["ingest", t]), ...fuzzRefi.tests.map((t) => ["refi", t])].map(
    ([s, t]) => `| ${s} | ${t.name} | ${t.status} | ${(t.ms / 1000).toFixed(1)} |`,
  ),
  "",
  `Machine: ${result.machine}; load average (1, 5, 15 min) at the start ${result.load.start} and at the end ${result.load.end} (the machine is shared; times and memory grow with the load).`,
  "",
  "Reproduce: `pnpm build && node bench/hardening.mjs` (as root, for the full-disk test).",
  "",
].join("\n")
writeFileSync(join(here, "results", "hardening.md"), md)
rmSync(work, { recursive: true, force: true })
process.stdout.write(md)
