import { type Participant, Text } from "@valuelens/core"
import type { Lexicon as LexiconType } from "@valuelens/plugin-api"
import type { Store } from "@valuelens/store"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AutoCoder, Lexicon, Manual, Review } from "../src/index.js"
import { code, document, failureOf, interview, seed, withStore } from "./helpers.js"

const lexicon: LexiconType = {
  language: "en",
  entries: [
    { code: "vd/integrity", terms: ["corruption", { text: "bribe", weight: 2 }], exclude: ["commission"] },
    { code: "vd/justice", phrases: ["afraid to testify"] },
    { code: "vd/trust", near: [{ a: "NGO", b: "government", n: 4 }] },
    { code: "vd/empathy", terms: ["shelter"], patterns: ["\\bno (doctor|nurse)s?\\b"], minScore: 1 },
  ],
}

const p1: Participant = { id: "P 1", group: "ngo", attributes: {} }
const iv = interview("iv1", p1, [
  ["Interviewer", "Was there corruption at the border? Any bribes?"],
  ["P 1", "Officers were corrupted by syndicates. They took bribes every week. Then it stopped."],
  ["Interviewer", "What about the courts and the shelter?"],
  [
    "P 1",
    "The victims were afraid\nto testify. The corruption commission said nothing. NGOs rarely trust the government here. The shelter had no nurses.",
  ],
])
const codes = ["vd/integrity", "vd/justice", "vd/trust", "vd/empathy"].map((c) => code(c))

const compile = (l: LexiconType = lexicon) => Lexicon.compile([{ plugin: "test-framework", lexicon: l }])

const setup = (s: Store) => seed(s, { participants: [p1], interviews: [iv], codes })

const slice = (start: number, end: number) => Text.sliceCodePoints(iv.source.text, start, end)

describe("AutoCoder", () => {
  it("codes participant speech by stems, phrases across line breaks, NEAR, patterns and exclusions", async () => {
    const { summary, rows, codings } = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const summary = yield* AutoCoder.run(s, yield* compile())
        return { summary, rows: yield* s.codings.rows(), codings: yield* s.pending.list() }
      }),
    )
    // turn 1: two integrity sentences merge into one segment; turn 3: justice (phrase over the line break),
    // trust (NEAR), empathy (term + pattern in one sentence); the integrity sentence with "commission" is vetoed
    expect(rows.map((r) => [r.codeId, r.text])).toEqual([
      ["vd/integrity", "Officers were corrupted by syndicates. They took bribes every week."],
      ["vd/justice", "The victims were afraid\nto testify."],
      ["vd/trust", "NGOs rarely trust the government here."],
      ["vd/empathy", "The shelter had no nurses."],
    ])
    expect(summary).toMatchObject({
      sources: 1,
      suggestions: 4,
      added: 4,
      updated: 0,
      unchanged: 0,
      withdrawn: 0,
    })
    for (const c of codings) {
      expect(c.status).toBe("suggested")
      expect(c.coderId).toBe("rules")
      expect(c.origin).toBe(`rule:${c.codeId}@en`)
    }
    const integrity = codings.find((c) => c.codeId === "vd/integrity")!
    // "corrupted" (weight 1) + "bribes" (weight 2)
    expect(integrity.score).toBe(3)
    expect(integrity.explanation!.matches.map((m) => [m.term, slice(m.start, m.end)])).toEqual([
      ["corruption", "corrupted"],
      ["bribe", "bribes"],
    ])
    const justice = codings.find((c) => c.codeId === "vd/justice")!
    expect(justice.explanation!.matches.map((m) => slice(m.start, m.end))).toEqual(["afraid\nto testify"])
    const trust = codings.find((c) => c.codeId === "vd/trust")!
    expect(trust.explanation!.matches.map((m) => [m.term, slice(m.start, m.end)])).toEqual([
      ["NGO NEAR/4 government", "NGOs"],
      ["NGO NEAR/4 government", "government"],
    ])
    const empathy = codings.find((c) => c.codeId === "vd/empathy")!
    expect(empathy.score).toBe(2)
    expect(empathy.explanation!.matches.map((m) => [m.term, slice(m.start, m.end)])).toEqual([
      ["shelter", "shelter"],
      ["/\\bno (doctor|nurse)s?\\b/", "no nurses"],
    ])
  })

  it("ignores interviewer speech", async () => {
    const rows = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* AutoCoder.run(s, yield* compile())
        return yield* s.codings.rows()
      }),
    )
    const interviewer = iv.turns.filter((t) => t.interviewer)
    for (const r of rows) for (const t of interviewer) expect(r.start >= t.end || r.end <= t.start).toBe(true)
  })

  it("does not duplicate suggestions when run again", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const compiled = yield* compile()
        yield* AutoCoder.run(s, compiled)
        const before = yield* s.codings.rows()
        const again = yield* AutoCoder.run(s, compiled)
        return {
          before,
          after: yield* s.codings.rows(),
          again,
          pending: yield* s.codings.count({ status: ["suggested"] }),
          stored: (yield* s.codings.withSpans("rules")).length + (yield* s.segments.all()).length,
        }
      }),
    )
    expect(out.again).toMatchObject({ added: 0, updated: 0, unchanged: 4, withdrawn: 0 })
    expect(out.after).toEqual(out.before)
    expect(out.pending).toBe(4)
    // undecided suggestions are kept packed per source, not as segment and coding rows
    expect(out.stored).toBe(0)
  })

  it("never touches a person's decisions or another coder's codings", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* AutoCoder.run(s, yield* compile())
        const queue = yield* Review.queue(s)
        const byCode = (c: string) => queue.find((q) => q.codeId === c)!
        yield* Review.accept(s, [byCode("vd/integrity").codingId])
        yield* Review.reject(s, [byCode("vd/justice").codingId])
        const alice = yield* Manual.codeRange(s, {
          sourceId: "iv1",
          start: byCode("vd/trust").start,
          end: byCode("vd/trust").end,
          codeId: "vd/trust",
          coderId: "alice",
        })
        const decided = yield* s.codings.list()
        // a lexicon without any of these rules: the rules would now suggest nothing
        const summary = yield* AutoCoder.run(s, yield* compile({ language: "en", entries: [] }))
        return { decided, after: yield* s.codings.list(), summary, alice: alice.coding }
      }),
    )
    // withdrawn: the pending trust and empathy suggestions; kept: the accepted, the rejected and alice's coding
    expect(out.summary).toMatchObject({ suggestions: 0, withdrawn: 2 })
    const kept = out.decided.filter((c) => c.coderId !== "rules" || c.status !== "suggested")
    expect(out.after).toEqual(kept)
    expect(out.after.map((c) => [c.codeId, c.coderId, c.status]).sort()).toEqual([
      ["vd/integrity", "rules", "accepted"],
      ["vd/justice", "rules", "rejected"],
      ["vd/trust", "alice", "accepted"],
    ])
  })

  it("leaves decided suggestions alone when the rules still make them, and accepts with --accept", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const compiled = yield* compile()
        yield* AutoCoder.run(s, compiled)
        const [first] = yield* Review.queue(s)
        yield* Review.reject(s, [first!.codingId])
        const summary = yield* AutoCoder.run(s, compiled, { accept: true })
        return { summary, statuses: (yield* s.codings.list()).map((c) => [c.codeId, c.status]).sort() }
      }),
    )
    expect(out.summary).toMatchObject({ decided: 1, updated: 3, added: 0 })
    expect(out.statuses).toEqual([
      ["vd/empathy", "accepted"],
      ["vd/integrity", "rejected"],
      ["vd/justice", "accepted"],
      ["vd/trust", "accepted"],
    ])
  })

  it("re-runs over some codes: other codes' pending suggestions stay, those no longer made are withdrawn", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* AutoCoder.run(s, yield* compile())
        const before = yield* s.codings.rows()
        // integrity now by "syndicate" only: turn 1's first sentence alone, not the two sentences merged
        const narrower: LexiconType = {
          language: "en",
          entries: [{ code: "vd/integrity", terms: ["syndicate"] }, ...lexicon.entries.slice(1)],
        }
        const summary = yield* AutoCoder.run(s, yield* compile(narrower), { codes: ["vd/integrity"] })
        return { before, summary, after: yield* s.codings.rows() }
      }),
    )
    expect(out.summary).toMatchObject({ suggestions: 1, added: 1, unchanged: 0, withdrawn: 1 })
    expect(out.after.map((r) => [r.codeId, r.text])).toEqual([
      ["vd/integrity", "Officers were corrupted by syndicates."],
      ["vd/justice", "The victims were afraid\nto testify."],
      ["vd/trust", "NGOs rarely trust the government here."],
      ["vd/empathy", "The shelter had no nurses."],
    ])
    expect(out.after.slice(1)).toEqual(out.before.slice(1))
  })

  it("does not suggest again what a person has moved to another range", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const compiled = yield* compile()
        yield* AutoCoder.run(s, compiled)
        const integrity = (yield* Review.queue(s)).find((q) => q.codeId === "vd/integrity")!
        // the first of its two sentences only
        const edited = yield* Review.editRange(s, integrity.codingId, integrity.start, integrity.start + 38)
        const summary = yield* AutoCoder.run(s, compiled)
        return { integrity, edited, summary, queue: (yield* Review.queue(s)).map((q) => q.codeId) }
      }),
    )
    expect(out.edited).toMatchObject({ id: out.integrity.codingId, status: "accepted" })
    expect(out.summary).toMatchObject({ decided: 1, added: 0, unchanged: 3 })
    expect(out.queue).toEqual(["vd/justice", "vd/trust", "vd/empathy"])
  })

  it("moves pending suggestions with their code when codes are merged", async () => {
    const rows = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        yield* AutoCoder.run(s, yield* compile())
        yield* Manual.mergeCodes(s, "vd/empathy", "vd/trust")
        return yield* s.codings.rows()
      }),
    )
    expect(rows.map((r) => [r.codeId, r.status, r.text])).toEqual([
      ["vd/integrity", "suggested", "Officers were corrupted by syndicates. They took bribes every week."],
      ["vd/justice", "suggested", "The victims were afraid\nto testify."],
      ["vd/trust", "suggested", "NGOs rarely trust the government here."],
      ["vd/trust", "suggested", "The shelter had no nurses."],
    ])
  })

  it("codes only the selected codes and sources, and documents whole", async () => {
    const doc = document("doc1", "The shelter lacked staff.\n\nBribes were paid at the border.", {
      position: 1,
    })
    const rows = await withStore((s) =>
      Effect.gen(function* () {
        yield* seed(s, { participants: [p1], interviews: [iv], documents: [doc], codes })
        yield* AutoCoder.run(s, yield* compile(), { codes: ["vd/integrity"], sources: ["doc1"] })
        return yield* s.codings.rows()
      }),
    )
    expect(rows.map((r) => [r.sourceId, r.codeId, r.text])).toEqual([
      ["doc1", "vd/integrity", "Bribes were paid at the border."],
    ])
  })

  it("answers an unknown code or source with BadInput and writes nothing", async () => {
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* setup(s)
        const compiled = yield* compile()
        const a = yield* failureOf(AutoCoder.run(s, compiled, { codes: ["vd/nope"] }))
        const b = yield* failureOf(AutoCoder.run(s, compiled, { sources: ["missing"] }))
        const c = yield* failureOf(
          AutoCoder.run(s, yield* compile({ language: "en", entries: [{ code: "vd/other", terms: ["x"] }] })),
        )
        return { a, b, c, n: (yield* s.counts()).codings }
      }),
    )
    expect(out.a).toMatchObject({ _tag: "BadInput", reason: "unknown-code" })
    expect(out.b).toMatchObject({ _tag: "BadInput", reason: "unknown-source" })
    expect(out.c).toMatchObject({ _tag: "BadInput", reason: "unknown-code", file: "test-framework" })
    expect(out.c.message).toContain('plugin "test-framework"')
    expect(out.n).toBe(0)
  })

  it("skips sources in a language without a lexicon and reads Malay with the Malay stemmer", async () => {
    const ms = interview("iv2", p1, [["P 1", "Pegawai itu merasuah penyeludup. Mangsa diperdagangkan."]], {
      language: "ms",
      position: 1,
    })
    const th = document("doc-th", "corruption", { language: "th", position: 2 })
    const out = await withStore((s) =>
      Effect.gen(function* () {
        yield* seed(s, { participants: [p1], interviews: [ms], documents: [th], codes })
        const compiled = yield* Lexicon.compile([
          {
            plugin: "country",
            lexicon: {
              language: "ms",
              entries: [
                { code: "vd/integrity", terms: ["rasuah"] },
                { code: "vd/justice", terms: ["perdagangan"] },
              ],
            },
          },
        ])
        const summary = yield* AutoCoder.run(s, compiled)
        return { summary, rows: yield* s.codings.rows() }
      }),
    )
    expect(out.summary.skipped).toEqual([{ source: "doc-th", reason: 'no lexicon for language "th"' }])
    expect(out.rows.map((r) => [r.codeId, r.text])).toEqual([
      ["vd/integrity", "Pegawai itu merasuah penyeludup."],
      ["vd/justice", "Mangsa diperdagangkan."],
    ])
  })

  it("scopes an entry to the whole turn when asked", () => {
    const text = "P 1: The budget is small. So the campaign is rare."
    const compiled = Effect.runSync(
      Lexicon.compile([
        {
          plugin: "p",
          lexicon: {
            language: "en",
            entries: [{ code: "c", near: [{ a: "budget", b: "campaign", n: 8 }], scope: "turn" }],
          },
        },
      ]),
    ).get("en")!
    const found = AutoCoder.codeText(compiled, text, [{ start: 5, end: text.length }])
    expect(found.map((f) => [f.code, text.slice(f.start, f.end), f.score])).toEqual([
      ["c", "The budget is small. So the campaign is rare.", 1],
    ])
  })
})
