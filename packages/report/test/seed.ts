/** A small real project in a temporary SQLite file, and a registry like the value-deficits framework's. */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Coding, Source } from "@valuelens/core"
import { type PluginDefinition, Registry } from "@valuelens/plugin-api"
import { Project } from "@valuelens/store"
import { Effect } from "effect"

export const EVIL = "<img src=x onerror=alert(1)>"

export const framework: PluginDefinition = {
  apiVersion: 1,
  meta: { name: "@valuelens/plugin-framework-value-deficits", version: "0.1.0", namespace: "vd" },
  values: [
    {
      id: "vd/integrity",
      name: "Integrity",
      definition: "Honest, accountable enforcement.",
      deficit: "Bribery.",
    },
    { id: "vd/justice", name: "Justice", definition: "Fair, effective prosecution." },
    { id: "vd/civic-responsibility", name: "Civic responsibility", definition: "Public awareness." },
  ],
  factors: [
    {
      id: "vd/weak-monitoring",
      name: "Weak monitoring and accountability",
      definition: "Little oversight.",
      drives: ["vd/integrity"],
    },
  ],
  indicators: [
    { key: "tip.tier", label: "TIP tier", levels: ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"] },
  ],
  countries: [
    {
      iso3: "MYS",
      name: "Malaysia",
      region: "ASEAN",
      institutions: [
        { kind: "law", name: "ATIPSOM Act 2007", year: 2007, source: "MYLAW670", confidence: "confirmed" },
      ],
    },
  ],
  observations: [
    {
      country: "MYS",
      year: 2021,
      indicator: "tip.tier",
      value: "Tier 3",
      source: "STATE_MYS",
      confidence: "confirmed",
    },
  ],
  reportSections: [
    { id: "vd/pillars", title: "The four pillars", markdown: "Prosecution, protection.", after: "model" },
  ],
}

export const registry = Registry.fromPlugins([
  {
    meta: framework.meta,
    specifier: "framework-value-deficits",
    resolved: "framework.js",
    definition: framework,
  },
])

const at = "2025-01-10T08:00:00.000Z"
const interview = (
  id: string,
  participantId: string,
  position: number,
  text: string,
  date?: string,
): Source => ({
  id,
  kind: "interview",
  title: `Interview ${participantId}`,
  text,
  hash: `h-${id}`,
  participantId,
  metadata: {},
  position,
  importedAt: at,
  date,
})

/** Opens a fresh project holding three interviews, a two-page document and codings of every status. */
export const seed = () =>
  Effect.gen(function* () {
    const project = yield* Project.create(join(mkdtempSync(join(tmpdir(), "vl-report-")), "p"), {
      name: "Pilot",
      plugins: [],
    })
    const s = project.store
    const textA = `Interviewer: What worries you?\n${EVIL}: Officers took bribes. Victims fear court.`
    const textB = "Interviewer: Officers?\nPDRM 9: Nobody checks the officers. Some take money."
    const textC = "Interviewer: Courts?\nAGC 1: Cases collapse because victims go home."
    const doc = "Page one says little.\fThe report notes officials complicit in trafficking."
    yield* s.transaction((tx) =>
      Effect.gen(function* () {
        yield* tx.participants.insert([
          { id: EVIL, group: "ngo", attributes: {} },
          { id: "PDRM 9", group: "enforcement", attributes: {} },
          { id: "AGC 1", group: "government", attributes: {} },
          { id: "UUM Academic 1", group: "academic", attributes: {} },
        ])
        yield* tx.sources.insert([
          interview("a", EVIL, 0, textA, "2024-03-12"),
          interview("b", "PDRM 9", 1, textB, "2024-04-02"),
          interview("c", "AGC 1", 2, textC),
          {
            id: "d",
            kind: "document",
            title: "TIP Report 2023",
            text: doc,
            hash: "h-d",
            year: 2023,
            country: "MYS",
            documentType: "tip-report",
            metadata: {},
            position: 3,
            importedAt: "2025-01-11T08:00:00.000Z",
          },
        ])
        yield* tx.turns.insert([
          { sourceId: "a", index: 0, speaker: "Interviewer", start: 0, end: 30, interviewer: true },
          { sourceId: "a", index: 1, speaker: EVIL, start: 31, end: textA.length, interviewer: false },
          { sourceId: "b", index: 0, speaker: "Interviewer", start: 0, end: 22, interviewer: true },
          { sourceId: "b", index: 1, speaker: "PDRM 9", start: 23, end: textB.length, interviewer: false },
        ])
        yield* tx.pages.insert([
          { sourceId: "d", number: 1, start: 0, end: 22 },
          { sourceId: "d", number: 2, start: 22, end: doc.length },
        ])
        const seg = (id: string, sourceId: string, text: string, t: string) => {
          const start = text.indexOf(t)
          return { id, sourceId, start, end: start + t.length, text: t }
        }
        yield* tx.segments.insert([
          seg("s-a1", "a", textA, "Officers took bribes."),
          seg("s-a2", "a", textA, "Victims fear court."),
          seg("s-aq", "a", textA, "What worries you?"),
          seg("s-b1", "b", textB, "Nobody checks the officers."),
          seg("s-b2", "b", textB, "Some take money."),
          seg("s-c1", "c", textC, "Cases collapse because victims go home."),
          seg("s-d1", "d", doc, "The report notes officials complicit in trafficking."),
        ])
        yield* tx.codes.insert([
          { id: "vd/integrity", name: "Integrity", kind: "value", plugin: "vd" },
          { id: "vd/justice", name: "Justice", kind: "value", plugin: "vd" },
          { id: "vd/civic-responsibility", name: "Civic responsibility", kind: "value", plugin: "vd" },
          {
            id: "vd/weak-monitoring",
            name: "Weak monitoring and accountability",
            kind: "factor",
            plugin: "vd",
          },
          { id: "fear", name: "Fear of reprisal", kind: "free", description: "Victims afraid." },
        ])
        yield* tx.coders.ensure({ id: "NA", name: "Nur Aisyah", engine: false })
        yield* tx.coders.ensure({ id: "rules", name: "Rule auto-coder", engine: true })
        let n = 0
        const coding = (
          segmentId: string,
          codeId: string,
          status: Coding["status"],
          coderId = "NA",
          score?: number,
        ) => ({
          id: `k${n++}`,
          segmentId,
          codeId,
          coderId,
          status,
          origin: coderId === "rules" ? "rule:x" : "manual",
          score,
          createdAt: at,
          updatedAt: at,
        })
        yield* tx.codings.insert([
          coding("s-a1", "vd/integrity", "accepted"),
          coding("s-a1", "vd/integrity", "accepted", "rules", 2),
          coding("s-a2", "vd/justice", "accepted"),
          coding("s-a2", "fear", "accepted"),
          coding("s-aq", "vd/integrity", "accepted"), // interviewer speech: never evidence
          coding("s-b1", "vd/weak-monitoring", "accepted"),
          coding("s-b2", "vd/integrity", "accepted", "rules", 1.5),
          coding("s-c1", "vd/justice", "suggested", "rules", 1),
          coding("s-c1", "vd/civic-responsibility", "rejected"),
          coding("s-d1", "vd/integrity", "accepted"),
        ])
        yield* tx.observations.upsert([
          {
            country: "MYS",
            year: 2023,
            indicator: "tip.tier",
            value: "Tier 2 Watch List",
            source: "GVNET_MYS23",
            confidence: "confirmed",
          },
          {
            country: "PHL",
            year: 2023,
            indicator: "tip.tier",
            value: "Tier 1",
            source: "GVNET2023",
            confidence: "confirmed",
          },
          {
            country: "MYS",
            year: 2023,
            indicator: "victims.identified",
            value: 180,
            unit: "persons",
            source: "STATE_MYS",
          },
        ])
      }),
    )
    return project
  })
