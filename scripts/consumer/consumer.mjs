// Runs outside the workspace, against the packed tarballs installed with npm: what someone who installs
// ValueLens from the registry would write. Exits non-zero on the first thing that does not hold.
import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { AutoCoder, Codebook, Lexicon, Reliability } from "@valuelens/coding"
import { Ids, Text } from "@valuelens/core"
import { Ingest } from "@valuelens/ingest"
import { API_VERSION, definePlugin, Loader } from "@valuelens/plugin-api"
import { Export } from "@valuelens/refi"
import { buildFindings, Gather, Report } from "@valuelens/report"
import { Project } from "@valuelens/store"
import { Project as Triangulation } from "@valuelens/triangulation"
import { Effect } from "effect"

const dir = mkdtempSync(join(tmpdir(), "vl-consumer-"))
const step = (what) => console.log(`ok: ${what}`)

// core: offsets count code points
assert.equal(new Text.OffsetMap(Text.normalise("a😔b")).slice(1, 2), "😔")
assert.match(Ids.guid("x"), /^[0-9a-f-]{36}$/)
assert.equal(
  definePlugin({ apiVersion: API_VERSION, meta: { name: "x", version: "1.0.0", namespace: "x" } }).meta.name,
  "x",
)
step("core and plugin-api")

// coding: a published example (Krippendorff 2011, nominal α = 0.743)
const k2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]
assert.equal(Reliability.krippendorffAlpha(k2011, { level: "nominal" }).value.toFixed(3), "0.743")
step("Krippendorff's alpha reproduces 0.743")

const plugins = ["@valuelens/plugin-framework-value-deficits", "@valuelens/plugin-country-malaysia"]
const transcript = join(dir, "agc-1.md")
writeFileSync(
  transcript,
  [
    "---",
    "participant: AGC 1",
    "group: government",
    "country: MYS",
    "language: en",
    "---",
    "Interviewer: Why do trafficking cases fail in court?",
    "AGC 1: Victims are afraid to testify, and the prosecution cannot prove exploitation without them.",
    "Officers at the border took bribes from the syndicate, and nobody monitored them.",
    "Interviewer: And the public?",
    "AGC 1: Public awareness is low because the campaign budget is small.",
    "",
  ].join("\n"),
)

const program = Effect.gen(function* () {
  // plugins resolve from the project folder first, then from this script's own node_modules
  const registry = yield* Loader.load(plugins, dir, [fileURLToPath(import.meta.url)])
  assert.equal(registry.values.length, 5)
  step(`loaded ${plugins.join(" and ")}`)
  const project = yield* Project.create(join(dir, "study"), { name: "Consumer study", plugins })
  yield* Codebook.sync(project.store, registry)
  const imported = yield* project.store.transaction((tx) => Ingest.importPaths(tx, [transcript]))
  assert.equal(imported.counts.interview, 1)
  step("imported a transcript")
  const rules = yield* Lexicon.compile(Lexicon.fromPlugins(registry.plugins))
  const coded = yield* AutoCoder.run(project.store, rules, { accept: true })
  const rows = yield* project.store.codings.rows({ status: ["accepted"] })
  const codes = new Set(rows.map((r) => r.codeId))
  for (const c of ["vd/justice", "vd/integrity", "vd/civic-responsibility"])
    assert.ok(codes.has(c), `expected ${c} in ${[...codes]}`)
  step(`auto-coded: ${coded.suggestions} codings (${[...codes].sort().join(", ")})`)
  const comparison = yield* Triangulation.compare(project.store, registry, { countries: ["MYS"] })
  assert.ok(comparison.countries[0].tiers.length > 20)
  step("compared MYS's tier history")
  const findings = yield* buildFindings({ project, registry }, yield* Gather.analyses({ project, registry }))
  const files = yield* Report.write("md", findings, join(dir, "report.md"))
  const md = readFileSync(files[0], "utf8")
  assert.match(md, /Integrity/)
  assert.match(md, /\(AGC 1\)/)
  step(`rendered a Markdown report (${md.length} characters)`)
  const qdpx = yield* Export.qdpx(project.store, "Consumer study", { origin: "consumer test" })
  assert.ok(qdpx.bytes.length > 0)
  step(`exported REFI-QDA (${qdpx.bytes.length} bytes)`)
  yield* project.store.close()
})

await Effect.runPromise(program)
console.log("consumer test passed")
