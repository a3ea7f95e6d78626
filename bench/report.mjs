// Report benchmark: a 1,000-interview project in a real SQLite store, its findings built from the store and
// rendered in every format. Measures buildFindings and each renderer against the 10 s budget, in one run.
// Run after a build: pnpm --filter @valuelens/bench report   (writes bench/results/report.json and report.md)
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { cpus, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Registry } from "@valuelens/plugin-api"
import { buildFindings, Report } from "@valuelens/report"
import { Project } from "@valuelens/store"
import { Effect } from "effect"

const here = dirname(fileURLToPath(import.meta.url))
const INTERVIEWS = 1000
const CODINGS_PER_INTERVIEW = 12
const BUDGET_MS = 10_000

// a deterministic generator, so every run measures the same project
let state = 7
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}
const pick = (xs) => xs[Math.floor(random() * xs.length)]

const values = ["integrity", "justice", "empathy", "civic-responsibility", "trust"]
const factors = [
  "divergent-approaches",
  "weak-monitoring",
  "resource-constraints",
  "logistical-barriers",
  "financial-constraints",
]
const title = (s) => s.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase())
const definition = {
  apiVersion: 1,
  meta: { name: "bench-framework", version: "1.0.0", namespace: "vd" },
  values: values.map((v) => ({ id: `vd/${v}`, name: title(v), definition: `The ${v} value.` })),
  factors: factors.map((f, i) => ({
    id: `vd/${f}`,
    name: title(f),
    definition: `The ${f} factor.`,
    drives: [`vd/${values[(i + 4) % 5]}`],
  })),
  reportSections: [
    {
      id: "vd/pillars",
      title: "The four pillars",
      markdown: "Prosecution, protection, prevention, partnership.",
    },
  ],
}
const registry = Registry.fromPlugins([
  { meta: definition.meta, specifier: "bench", resolved: "bench", definition },
])
const groups = ["government", "enforcement", "academic", "ngo", "international-organisation", "shelter"]
const WORDS =
  "the officers court evidence syndicate shelter budget campaign public awareness agency policy victims trust".split(
    " ",
  )
const sentence = () => {
  const w = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(WORDS)).join(" ")
  return `${w[0].toUpperCase()}${w.slice(1)}.`
}

const seed = (store) =>
  store.transaction((tx) =>
    Effect.gen(function* () {
      const at = "2025-01-01T00:00:00.000Z"
      const participants = Array.from({ length: INTERVIEWS }, (_, i) => ({
        id: `P ${i + 1}`,
        group: groups[i % groups.length],
        attributes: {},
      }))
      yield* tx.participants.insert(participants)
      const sources = []
      const segments = []
      const codings = []
      const turns = []
      for (let i = 0; i < INTERVIEWS; i++) {
        const pid = participants[i].id
        const question = "Interviewer: What stands in the way?\n"
        const sentences = Array.from({ length: 30 }, sentence)
        const text = `${question}${pid}: ${sentences.join(" ")}`
        const id = `i${i}`
        sources.push({
          id,
          kind: "interview",
          title: `Interview ${pid}`,
          text,
          hash: `h${i}`,
          participantId: pid,
          metadata: {},
          position: i,
          importedAt: at,
          date: `2024-0${1 + (i % 9)}-1${i % 10}`,
        })
        turns.push({
          sourceId: id,
          index: 0,
          speaker: "Interviewer",
          start: 0,
          end: question.length - 1,
          interviewer: true,
        })
        turns.push({
          sourceId: id,
          index: 1,
          speaker: pid,
          start: question.length,
          end: text.length,
          interviewer: false,
        })
        let offset = question.length + pid.length + 2
        for (let k = 0; k < CODINGS_PER_INTERVIEW; k++) {
          const s = sentences[k]
          const start = offset
          offset += s.length + 1
          const segmentId = `s${i}-${k}`
          segments.push({ id: segmentId, sourceId: id, start, end: start + s.length, text: s })
          const code = k % 2 === 0 ? `vd/${pick(values)}` : `vd/${pick(factors)}`
          codings.push({
            id: `c${i}-${k}`,
            segmentId,
            codeId: code,
            coderId: "rules",
            status: random() < 0.9 ? "accepted" : "suggested",
            origin: "rule:bench",
            score: Math.round(random() * 40) / 10,
            createdAt: at,
            updatedAt: at,
          })
        }
      }
      yield* tx.sources.insert(sources)
      yield* tx.turns.insert(turns)
      yield* tx.segments.insert(segments)
      yield* tx.codes.insert([
        ...values.map((v) => ({ id: `vd/${v}`, name: title(v), kind: "value", plugin: "vd" })),
        ...factors.map((f) => ({ id: `vd/${f}`, name: title(f), kind: "factor", plugin: "vd" })),
      ])
      yield* tx.coders.ensure({ id: "rules", name: "Rule auto-coder", engine: true })
      yield* tx.codings.insert(codings)
      const countries = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]
      const tiers = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]
      yield* tx.observations.upsert(
        countries.flatMap((c) =>
          Array.from({ length: 25 }, (_, y) => [
            {
              country: c,
              year: 2001 + y,
              indicator: "tip.tier",
              value: pick(tiers),
              source: "BENCH",
              confidence: pick(["confirmed", "single-source"]),
            },
            {
              country: c,
              year: 2001 + y,
              indicator: "victims.identified",
              value: Math.floor(random() * 500),
              source: "BENCH",
            },
          ]).flat(),
        ),
      )
      return { segments: segments.length, codings: codings.length }
    }),
  )

// the analyses the coding and triangulation packages would pass in, at the size they would have
const analyses = () => {
  const seen = new Set()
  const codes = [...values, ...factors].map((c) => `vd/${c}`)
  return {
    researchQuestions: [
      {
        id: "RQ1",
        text: "Which value deficits weaken implementation?",
        themes: values.map((v) => `vd/${v}`),
      },
    ],
    saturation: {
      interviews: Array.from({ length: INTERVIEWS }, (_, i) => {
        const fresh = codes.filter((c) => !seen.has(c) && random() < 0.2)
        for (const c of fresh) seen.add(c)
        return { sourceId: `i${i}`, participantId: `P ${i + 1}`, newCodes: fresh }
      }),
      parameters: { baseSize: 6, runLength: 3, threshold: 0.05 },
      verdict: { saturated: true, atInterview: 12, newInformation: 0 },
    },
    links: {
      measure: "c-coefficient over segments",
      links: factors.flatMap((f) =>
        values.map((v) => ({
          factor: `vd/${f}`,
          value: `vd/${v}`,
          strength: Math.round(random() * 100) / 100,
          cooccurrences: Math.floor(random() * 300),
          participants: Array.from({ length: 50 }, (_, i) => `P ${i + 1}`),
        })),
      ),
    },
    reliability: {
      unit: "sentence",
      units: 12000,
      coders: ["NA", "rules"],
      overall: [{ measure: "Krippendorff's alpha (nominal)", value: 0.78 }],
      perCode: codes.map((c) => ({
        code: c,
        coefficients: [
          { measure: "Krippendorff's alpha (nominal)", value: Math.round(random() * 100) / 100 },
        ],
      })),
    },
    convergence: codes.flatMap((c) => [
      {
        theme: c,
        a: "interviews",
        b: "documents",
        verdict: "silence",
        rule: "documents do not carry the theme",
        evidence: [],
      },
      {
        theme: c,
        a: "interviews",
        b: "statistics",
        verdict: "agreement",
        rule: "indicator signals a deficit",
        evidence: ["ratio"],
      },
    ]),
  }
}

const time = async (f) => {
  const t0 = performance.now()
  const value = await f()
  return { value, ms: Math.round(performance.now() - t0) }
}

// --keep DIR keeps the rendered reports in DIR for a look; by default they go to a temporary folder
const keep = process.argv.indexOf("--keep") > 0 ? process.argv[process.argv.indexOf("--keep") + 1] : undefined
const dir = keep ?? mkdtempSync(join(tmpdir(), "vl-bench-report-"))
const program = Effect.gen(function* () {
  const project = yield* Project.create(join(dir, "p"), { name: "Benchmark: 1,000 interviews", plugins: [] })
  const t0 = performance.now()
  const sizes = yield* seed(project.store)
  const seedMs = Math.round(performance.now() - t0)
  const built = yield* Effect.promise(() =>
    time(() =>
      Effect.runPromise(
        buildFindings({ project, registry }, analyses(), { generatedAt: "2025-01-01T00:00:00.000Z" }),
      ),
    ),
  )
  yield* project.store.close()
  const renders = []
  for (const format of ["md", "html", "json", "csv", "docx"]) {
    const out = join(dir, format === "csv" ? "tables" : `report.${format}`)
    const r = yield* Effect.promise(() =>
      time(() => Effect.runPromise(Report.write(format, built.value, out))),
    )
    renders.push({ format, ms: r.ms, files: r.value.length })
  }
  return { sizes, seedMs, buildMs: built.ms, renders, themes: built.value.themes.length }
})

const result = await Effect.runPromise(program)

/**
 * The peer: pandoc (Debian's `pandoc`) converting our own Markdown report of the same project into a standalone
 * HTML page and a DOCX, in the same run. It reads finished Markdown, so it does less than we do (no store, no
 * model, no charts); it is the tool researchers would otherwise reach for to get Word out of Markdown.
 */
const pandocVersion = spawnSync("pandoc", ["--version"], { encoding: "utf8" })
const peer =
  pandocVersion.status === 0
    ? {
        name: pandocVersion.stdout.split("\n")[0],
        renders: ["html", "docx"].map((format) => {
          const out = join(dir, `pandoc.${format}`)
          const args = [join(dir, "report.md"), "--standalone", "--metadata", "title=Findings", "-o", out]
          const t = performance.now()
          const r = spawnSync("pandoc", args, { encoding: "utf8" })
          if (r.status !== 0) throw new Error(`pandoc ${format} failed: ${r.stderr}`)
          return { format, ms: Math.round(performance.now() - t) }
        }),
      }
    : undefined
if (!keep) rmSync(dir, { recursive: true, force: true })
const totalMs = result.buildMs + result.renders.reduce((s, r) => s + r.ms, 0)
const record = {
  measured:
    "buildFindings from a SQLite project store, then rendering and writing Markdown, HTML, JSON, CSV and DOCX",
  against: `the ${BUDGET_MS / 1000} s budget for a 1,000-interview project`,
  project: {
    interviews: INTERVIEWS,
    participants: INTERVIEWS,
    segments: result.sizes.segments,
    codings: result.sizes.codings,
    themes: result.themes,
    countries: 10,
    tierYears: 25,
  },
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    platform: `${process.platform} ${process.arch}`,
  },
  date: new Date().toISOString(),
  seedMs: result.seedMs,
  buildMs: result.buildMs,
  renderMs: Object.fromEntries(result.renders.map((r) => [r.format, r.ms])),
  totalMs,
  budgetMs: BUDGET_MS,
  withinBudget: totalMs < BUDGET_MS,
  peer: peer ?? "pandoc is not installed (apt-get install pandoc): no peer measured",
}
mkdirSync(join(here, "results"), { recursive: true })
writeFileSync(join(here, "results", "report.json"), `${JSON.stringify(record, null, 2)}\n`)
writeFileSync(
  join(here, "results", "report.md"),
  [
    "# Report benchmark",
    "",
    `Measured: ${record.measured}, against ${record.against}, in one run on ${record.date.slice(0, 10)}.`,
    "",
    `Project: ${INTERVIEWS} interviews, ${result.sizes.segments} segments, ${result.sizes.codings} codings (about 90 % accepted), ${result.themes} themes, 10 countries × 25 years of tiers and indicators; all analyses passed in (saturation over ${INTERVIEWS} interviews, 25 links, reliability, convergence).`,
    "",
    `Machine: Node ${record.machine.node}, ${record.machine.cpu}, ${record.machine.cores} cores (shared), ${record.machine.platform}.`,
    "",
    "| step | ms |",
    "| --- | ---: |",
    `| buildFindings (read the store, assemble the model) | ${result.buildMs} |`,
    ...result.renders.map(
      (r) => `| render and write ${r.format}${r.format === "csv" ? ` (${r.files} files)` : ""} | ${r.ms} |`,
    ),
    `| **total** | **${totalMs}** |`,
    "",
    `Budget ${BUDGET_MS} ms: ${record.withinBudget ? "met" : "NOT met"}. (Seeding the store, not part of the report, took ${result.seedMs} ms.)`,
    "",
    ...(peer
      ? [
          `Peer, same run: ${peer.name} converting our Markdown report of the same project (${peer.renders.map((r) => `${r.format} ${r.ms} ms`).join(", ")}); ours from the store: html ${result.renders.find((r) => r.format === "html").ms} ms, docx ${result.renders.find((r) => r.format === "docx").ms} ms.`,
          "",
        ]
      : ["No peer measured: pandoc is not installed (`apt-get install pandoc`).", ""]),
  ].join("\n"),
)
console.log(JSON.stringify(record, null, 2))
if (!record.withinBudget) process.exitCode = 1
