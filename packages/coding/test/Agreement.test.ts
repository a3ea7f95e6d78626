/**
 * Project agreement on a small hand-made project. Every expected figure is worked out by hand below from
 * Krippendorff (2011)'s coincidence matrix and Cohen (1960)'s p_o and p_e.
 */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Ids, Text } from "@valuelens/core"
import { Project } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { Agreement } from "../src/index.js"

const interview = [
  "Q: What happened at the border?",
  "A: The officers took money from the syndicate.",
  "A: The case never reached court, and we trust no one.",
  "A: We trust the NGO more than the police.",
  "A: Nothing else 😔 to say.",
].join("\n")
const document = "The law is strict.\n\nShelters lack medical staff. Victims wait."

/** Code point offsets of a line of the interview. */
const lineSpan = (n: number) => {
  const lines = interview.split("\n")
  const start = Text.codePointLength(lines.slice(0, n).join("\n")) + (n > 0 ? 1 : 0)
  return { start, end: start + Text.codePointLength(lines[n]!) }
}
const paragraph = (n: number) => {
  const parts = document.split("\n\n")
  const start = parts.slice(0, n).reduce((a, p) => a + p.length + 2, 0)
  return { start, end: start + parts[n]!.length }
}

const TRUST = "vd/trust"
const JUSTICE = "vd/justice"

/**
 * Units (turn unit; the document has no turns, so its paragraphs are units): T1–T4 are the answers (the
 * interviewer's question is not a unit), P1–P2 the document's paragraphs.
 *
 *           T1     T2       T3     T4    P1       P2
 *   alice   trust  justice  trust  –     justice  –
 *   bob     trust  trust    trust  –     justice  justice
 *
 * bob's T2 and T3 trust is one segment spanning both turns; it counts for each turn it overlaps.
 * carol coded only the document: P1 justice, P2 justice; she is missing for T1–T4.
 */
const build = async () => {
  const dir = mkdtempSync(join(tmpdir(), "vl-agreement-"))
  const project = await Effect.runPromise(Project.create(dir, { name: "t", plugins: [] }))
  const store = project.store
  const now = "2024-01-01T00:00:00.000Z"
  const source = (
    id: string,
    kind: "interview" | "document",
    title: string,
    text: string,
    position: number,
  ) => ({
    id,
    kind,
    title,
    text,
    hash: Ids.sha256(text),
    metadata: {},
    position,
    importedAt: now,
  })
  let n = 0
  const coding = (
    coderId: string,
    sourceId: string,
    span: { start: number; end: number },
    codeId: string,
  ) => {
    const segmentId = `seg${++n}`
    const text = sourceId === "s1" ? interview : document
    return {
      segment: { id: segmentId, sourceId, ...span, text: Text.sliceCodePoints(text, span.start, span.end) },
      coding: {
        id: `cod${n}`,
        segmentId,
        codeId,
        coderId,
        status: "accepted" as const,
        origin: "manual",
        createdAt: now,
        updatedAt: now,
      },
    }
  }
  const t = (i: number) => lineSpan(i)
  const all = [
    coding("alice", "s1", t(1), TRUST),
    coding("alice", "s1", t(2), JUSTICE),
    coding("alice", "s1", { start: t(3).start + 3, end: t(3).start + 8 }, TRUST), // part of T3 still counts
    coding("alice", "s2", paragraph(0), JUSTICE),
    coding("bob", "s1", t(1), TRUST),
    coding("bob", "s1", { start: t(2).start, end: t(3).end }, TRUST),
    coding("bob", "s2", paragraph(0), JUSTICE),
    coding("bob", "s2", paragraph(1), JUSTICE),
    coding("carol", "s2", paragraph(0), JUSTICE),
    coding("carol", "s2", paragraph(1), JUSTICE),
  ]
  await Effect.runPromise(
    Effect.gen(function* () {
      yield* store.sources.insert([
        source("s1", "interview", "Interview 1", interview, 0),
        source("s2", "document", "Action plan", document, 1),
      ])
      yield* store.turns.insert(
        [0, 1, 2, 3, 4].map((i) => ({
          sourceId: "s1",
          index: i,
          speaker: i === 0 ? "Q" : "A",
          ...lineSpan(i),
          interviewer: i === 0,
        })),
      )
      yield* store.codes.insert([
        { id: TRUST, name: "trust", kind: "value" },
        { id: JUSTICE, name: "justice", kind: "value" },
      ])
      for (const id of ["alice", "bob", "carol"]) yield* store.coders.ensure({ id, name: id, engine: false })
      yield* store.segments.insert(all.map((x) => x.segment))
      yield* store.codings.insert(all.map((x) => x.coding))
    }),
  )
  return project
}

describe("Agreement.compute over a project", () => {
  it("reports α, κ and percent agreement per code and overall, and lists the disagreements", async () => {
    const project = await build()
    const r = await Effect.runPromise(
      Agreement.compute(project.store, { coders: ["alice", "bob"], now: () => new Date(0) }),
    )
    expect(r.units).toBe(6)
    expect(r.codes).toEqual([JUSTICE, TRUST])

    // trust: alice 1 0 1 0 0 0, bob 1 1 1 0 0 0. Coincidences o_11 = 4, o_00 = 6, o_01 = o_10 = 1; n_1 = 5,
    // n_0 = 7, n = 12. α = 1 − (n − 1)(o_01 + o_10) / (n² − n_0² − n_1²) = 1 − 11·2/70 = 24/35.
    // κ: p_o = 5/6, p_e = (2·3 + 4·3)/36 = 1/2, κ = (5/6 − 1/2)/(1/2) = 2/3. Percent 5/6.
    const trust = r.perCode.find((c) => c.codeId === TRUST)!
    expect(trust.codeName).toBe("trust")
    expect(trust.alpha!.value).toBeCloseTo(24 / 35, 12)
    expect([trust.alpha!.units, trust.alpha!.pairable]).toEqual([6, 12])
    expect(trust.kappa!.measure).toBe("cohen")
    expect(trust.kappa!.value).toBeCloseTo(2 / 3, 12)
    expect(trust.percent!.value).toBeCloseTo(5 / 6, 12)

    // justice: alice 0 1 0 0 1 0, bob 0 0 0 0 1 1. o_11 = 2, o_00 = 6, o_01 = o_10 = 2; n_1 = 4, n_0 = 8.
    // α = 1 − 11·4/(144 − 64 − 16) = 1 − 44/64 = 0.3125. κ: p_o = 4/6, p_e = (2·2 + 4·4)/36 = 5/9,
    // κ = (1/9)/(4/9) = 0.25. Percent 4/6.
    const justice = r.perCode.find((c) => c.codeId === JUSTICE)!
    expect(justice.alpha!.value).toBeCloseTo(0.3125, 12)
    expect(justice.kappa!.value).toBeCloseTo(0.25, 12)
    expect(justice.percent!.value).toBeCloseTo(4 / 6, 12)

    // overall, the set of codes per unit: alice T J T none J none, bob T T T none J J.
    // o_TT = 4, o_JJ = 2, o_nn = 2, o_JT = o_TJ = 1, o_nJ = o_Jn = 1; n_T = 5, n_J = 4, n_none = 3.
    // α = 1 − 11·4/(144 − 25 − 16 − 9) = 1 − 44/94 = 25/47. κ: p_o = 4/6, p_e = (2·3 + 2·2 + 2·1)/36 = 1/3,
    // κ = (1/3)/(2/3) = 0.5.
    expect(r.overall.alpha!.value).toBeCloseTo(25 / 47, 12)
    expect(r.overall.kappa!.value).toBeCloseTo(0.5, 12)
    expect(r.overall.percent!.value).toBeCloseTo(4 / 6, 12)

    expect(r.disagreements.map((d) => [d.sourceTitle, d.unit, d.codes])).toEqual([
      ["Interview 1", 2, { alice: [JUSTICE], bob: [TRUST] }],
      ["Action plan", 2, { alice: [], bob: [JUSTICE] }],
    ])
    expect(r.disagreements[0]!.text).toBe("A: The case never reached court, and we trust no one.")

    const last = (await Effect.runPromise(project.store.settings.get(Agreement.LAST_KEY))) as Record<
      string,
      unknown
    >
    expect(last.at).toBe("1970-01-01T00:00:00.000Z")
    expect(last.disagreements).toBe(2)
    expect((last.overall as { alpha: { value: number } }).alpha.value).toBeCloseTo(25 / 47, 12)
    await Effect.runPromise(project.store.close())
  })

  it("treats a coder who did not code a source as missing there, and a coder named twice as one", async () => {
    const project = await build()
    const r = await Effect.runPromise(
      Agreement.compute(project.store, { coders: ["alice", "carol"], codes: [JUSTICE], measures: ["alpha"] }),
    )
    // only P1 and P2 are pairable: alice justice, none; carol justice, justice. o_JJ = 2, o_Jn = o_nJ = 1;
    // n_J = 3, n_none = 1, n = 4: α = 1 − 3·2/(16 − 9 − 1) = 0.
    expect(r.perCode.map((c) => [c.codeId, c.alpha!.value, c.alpha!.units, c.alpha!.pairable])).toEqual([
      [JUSTICE, 0, 2, 4],
    ])
    expect(r.perCode[0]!.kappa).toBeUndefined()
    const bad = await Effect.runPromise(
      Effect.flip(Agreement.compute(project.store, { coders: ["alice", "alice"] })),
    )
    expect(bad.message).toMatch(/at least two different coders/)
    const unknown = await Effect.runPromise(
      Effect.flip(Agreement.compute(project.store, { coders: ["alice", "zed"] })),
    )
    expect(unknown.message).toBe('coder "zed" is not in this project; its coders are alice, bob, carol')
    await Effect.runPromise(project.store.close())
  })

  it("cuts paragraphs and sentences", () => {
    const units = Agreement.unitise(
      [{ id: "d", title: "D", text: 'One. Two! "Three?" Four\n\n  Five 😔. Six' }],
      [],
      "sentence",
    )
    expect(units.map((u) => u.text)).toEqual(["One.", "Two!", '"Three?"', "Four", "Five 😔.", "Six"])
    // offsets count code points: "Six" starts at 35 (36 in UTF-16, where the emoji takes two units)
    expect(units.at(-1)!.start).toBe(35)
    const paragraphs = Agreement.unitise([{ id: "d", title: "D", text: "a\nb\n \nc\n" }], [], "paragraph")
    expect(paragraphs.map((u) => [u.text, u.start, u.end])).toEqual([
      ["a\nb", 0, 3],
      ["c", 6, 7],
    ])
  })
})
