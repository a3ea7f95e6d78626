import { render } from "ink-testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { App } from "../../src/tui/App.js"
import { fakeServices } from "./fake.js"
import { coding, comparison, crowdedTriangulation, snapshot } from "./snapshot.js"

const ENTER = "\r"
const DOWN = "\u001b[B"
const RIGHT = "\u001b[C"
const pause = (ms = 25) => new Promise((r) => setTimeout(r, ms))

const text = "AGC 1: Officers take bribes. No budget at all.\nInterviewer: Why?\nAGC 1: Because."
const turns = [
  { sourceId: "a", index: 0, speaker: "AGC 1", start: 0, end: 46, interviewer: false },
  { sourceId: "a", index: 1, speaker: "Interviewer", start: 47, end: 64, interviewer: true },
  { sourceId: "a", index: 2, speaker: "AGC 1", start: 65, end: 80, interviewer: false },
]

const result = (measure: "alpha" | "cohen" | "percent", value: number | null) => ({
  measure,
  level: "nominal" as const,
  value,
  units: 40,
  pairable: 80,
})

/** What `valuelens agreement --coders ana,rules` keeps under `agreement.last`. */
const agreement = {
  coders: ["ana", "rules"],
  unit: "turn" as const,
  units: 40,
  overall: { alpha: result("alpha", 0.812), kappa: result("cohen", 0.79), percent: result("percent", 0.9) },
  perCode: [
    {
      codeId: "v/acc",
      codeName: "Accountability",
      alpha: result("alpha", 0.7),
      kappa: result("cohen", 0.71),
      percent: result("percent", 0.875),
    },
    {
      codeId: "v/int",
      codeName: "Integrity",
      alpha: result("alpha", null),
      kappa: result("cohen", null),
      percent: result("percent", 1),
    },
  ],
}

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

/** Renders the app at 80×24 over fake services and waits for the first loaded frame. */
const start = async (
  snap = snapshot(),
  extra: Parameters<typeof fakeServices>[2] = {},
  size = { width: 80, height: 24 },
  source = { sourceId: "a", text, turns },
) => {
  const fake = fakeServices(snap, { a: source }, extra)
  const r = render(<App services={fake.services} width={size.width} height={size.height} />)
  unmount = r.unmount
  for (let i = 0; i < 100 && !r.lastFrame()?.includes("Codings"); i++) await pause(10)
  const lines = () => (r.lastFrame() ?? "").split("\n").map((l) => l.trimEnd())
  const type = async (...ks: ReadonlyArray<string>) => {
    for (const k of ks) {
      r.stdin.write(k)
      await pause()
    }
    return lines()
  }
  return { ...fake, lines, type, frame: () => r.lastFrame() ?? "" }
}

describe("dashboard", () => {
  it("draws the counts and the menu at 80×24", async () => {
    const ui = await start()
    const lines = ui.lines()
    expect(lines).toHaveLength(24)
    expect(lines.slice(0, 17)).toEqual([
      "ValueLens · Tiny study · Dashboard                                        ? keys",
      "Sources                  3  document 1 · interview 2",
      "Participants             2  government 1 · ngo 1",
      "Codes                    4  factor 2 · value 2",
      "Codings                  6  accepted 3 · suggested 3 · rejected 0",
      "Open suggestions         3  press r to review them",
      "Memos                    0",
      "Saturation                  not assessable: 2 interviews, fewer than a base of …",
      "Agreement                   not computed",
      "",
      "> [s] Sources",
      "  [c] Codes",
      "  [r] Review queue (3 open)",
      "  [a] Analyses",
      "  [t] Triangulation",
      "  [k] Country comparison",
      "  [e] Export",
    ])
    expect(lines[23]).toBe("s c r a t k e open a screen · ? keys · q quit")
  })
  it("shows the stored agreement figures", async () => {
    const ui = await start(snapshot({ agreement }))
    expect(ui.lines()[8]).toBe("Agreement                   α 0.81 · κ 0.79 · ana, rules")
  })
  it("shows the keys with ? and closes them with any key", async () => {
    const ui = await start()
    expect((await ui.type("?")).slice(1, 4)).toEqual(["Keys: Dashboard", "", "s                  sources"])
    expect((await ui.type("x"))[1]).toBe("Sources                  3  document 1 · interview 2")
  })
})

describe("review queue", () => {
  it("shows a suggestion in its turn with the turns around it, its matched terms marked, and why", async () => {
    // s1 where it is in interview A's text: "Officers take bribes." after "AGC 1: "
    const s1 = { start: 7, end: 28, matches: [{ term: "bribe", rule: "r1", start: 21, end: 27 }] }
    const ui = await start(
      snapshot({ codings: snapshot().codings.map((c) => (c.id === "s1" ? { ...c, ...s1 } : c)) }),
    )
    const lines = await ui.type("r")
    expect(lines.slice(0, 19)).toEqual([
      "ValueLens · Tiny study · Review queue (3 open)                            ? keys",
      "Suggestion 1 of 3 · 3 open",
      "Code: Integrity (v/int) · score 0.90 · rule:x                           [ open ]",
      "Source: Interview A · P1 (government) · 7–28",
      "────────────────────────────────────────",
      "  AGC 1:",
      "│ Officers take «bribes».",
      "   No budget at all.",
      "  Interviewer: Why?",
      ...Array.from({ length: 9 }, () => ""),
      "────────────────────────────────────────",
    ])
    expect(lines[19]).toBe("Why: «bribe» (r1) at 21–27")
    expect(lines[23]).toBe("a accept · r reject · e edit · n/p move · b bulk · u undo · ? keys · q back")
  })
  it("shares the rows between the turns around a passage, keeping all of the passage in view", async () => {
    // a long answer, the passage (its second half) and a long next turn: more than the 13 rows there are
    const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i + 1}`).join(" ")
    const turnTexts = [
      `Interviewer: ${long("question", 30)}`,
      `AGC 1: ${long("before", 40)} Officers take bribes at the border every week.`,
      `Interviewer: ${long("after", 60)}`,
    ]
    const source = { sourceId: "a", text: turnTexts.join("\n"), turns: [] as Array<(typeof turns)[number]> }
    let at = 0
    turnTexts.forEach((t, index) => {
      const speaker = t.slice(0, t.indexOf(":"))
      source.turns.push({
        sourceId: "a",
        index,
        speaker,
        start: at,
        end: at + t.length,
        interviewer: index !== 1,
      })
      at += t.length + 1
    })
    const passage = "Officers take bribes at the border every week."
    const start1 = source.text.indexOf(passage)
    const s1 = { start: start1, end: start1 + passage.length, text: passage, matches: [] }
    const ui = await start(
      snapshot({ codings: snapshot().codings.map((c) => (c.id === "s1" ? { ...c, ...s1 } : c)) }),
      {},
      undefined,
      source,
    )
    const lines = await ui.type("r")
    expect(lines.slice(4, 19)).toEqual([
      "────────────────────────────────────────",
      "  question28 question29 question30",
      "  AGC 1: before1 before2 before3 before4 before5 before6 before7 before8 before9",
      "  before10 before11 before12 before13 before14 before15 before16 before17",
      "  before18 before19 before20 before21 before22 before23 before24 before25",
      "  before26 before27 before28 before29 before30 before31 before32 before33",
      "  before34 before35 before36 before37 before38 before39 before40",
      "│ Officers take bribes at the border every week.",
      "  Interviewer: after1 after2 after3 after4 after5 after6 after7 after8 after9",
      "  after10 after11 after12 after13 after14 after15 after16 after17 after18",
      "  after19 after20 after21 after22 after23 after24 after25 after26 after27",
      "  after28 after29 after30 after31 after32 after33 after34 after35 after36",
      "  after37 after38 after39 after40 after41 after42 after43 after44 after45",
      "  after46 after47 after48 after49 after50 after51 after52 after53 after54",
      "────────────────────────────────────────",
    ])
  })
  it("accepts with a, rejects with r, and moves with n and p", async () => {
    const ui = await start()
    await ui.type("r", "a")
    expect(ui.lines().slice(1, 3)).toEqual([
      "Suggestion 2 of 3 · 2 open",
      "Code: Resources (f/res) · score 0.40 · rule:x                           [ open ]",
    ])
    const rejected = await ui.type("r")
    expect(rejected[1]).toBe("Suggestion 3 of 3 · 1 open")
    expect((await ui.type("p"))[2]).toBe(
      "Code: Resources (f/res) · score 0.40 · rule:x                       [✗ rejected]",
    )
    expect((await ui.type("p"))[2]).toBe(
      "Code: Integrity (v/int) · score 0.90 · rule:x                       [✓ accepted]",
    )
    expect(ui.calls).toEqual([
      ["decide", ["s1"], "accepted"],
      ["decide", ["s2"], "rejected"],
    ])
  })
  it("bulk accepts a code above a typed score", async () => {
    const ui = await start()
    const asked = await ui.type("r", "b")
    expect(asked.slice(1, 4)).toEqual([
      "┌──────────────────────────────────────────────────────────────────────────────┐",
      "│ Accept every open suggestion of Integrity with score at least                │",
      "│ > 0.9_                                                                       │",
    ])
    const done = await ui.type("\u007f", "8", ENTER)
    expect(done[1]).toBe("Suggestion 2 of 3 · 1 open")
    expect(done[23]).toBe("decided")
    expect(ui.calls).toEqual([["decide", ["s1", "s3"], "accepted"]])
  })
  it("edits the range with brackets around it, then saves", async () => {
    const ui = await start()
    const lines = await ui.type("r", "e")
    expect(lines.slice(1, 5)).toEqual([
      "Editing: Integrity · 0–21 (21 characters)",
      "[ ] start by a word · { } end by a word · c code · Enter save · Esc cancel",
      "────────────────────────────────────────",
      "⟦AGC 1: Officers take ⟧bribes. No budget at all.",
    ])
    const moved = await ui.type("]", "}")
    expect(moved[4]).toBe("AGC ⟦1: Officers take bribes.⟧ No budget at all.")
    await ui.type(ENTER)
    expect(ui.calls).toEqual([["edit", "s1", 4, 28, "v/int"]])
  })
  it("says so when nothing is waiting", async () => {
    const ui = await start(snapshot({ codings: [] }))
    expect((await ui.type("r"))[1]).toBe("No suggestions to review. Run the auto-coder, then come back.")
  })
})

describe("sources", () => {
  it("lists sources and filters them by kind", async () => {
    const ui = await start()
    const lines = await ui.type("s")
    expect(lines.slice(1, 6)).toEqual([
      "kind: all · group: all · coded: all   (f / g / c)                         3 of 3",
      "  title                                kind       participant              coded",
      "> Interview A                          interview  P1 (government)              2",
      "  Interview B                          interview  P2 (ngo)                     1",
      "  Action plan                          document   –                            0",
    ])
    const docs = await ui.type("f", "f")
    expect(docs.slice(1, 4)).toEqual([
      "kind: document · group: all · coded: all   (f / g / c)                    1 of 3",
      "  title                                kind       participant              coded",
      "> Action plan                          document   –                            0",
    ])
  })
  it("reads a source with coded spans bracketed and named in the margin, and codes a selection", async () => {
    const ui = await start()
    const lines = await ui.type("s", ENTER)
    expect(lines.slice(1, 5)).toEqual([
      "Interview A · sentence 1/4 · AGC 1 · at 0–28",
      "[>AGC 1: Officers take bribes. No budget at all.              Accountability +1",
      "  Interviewer: Why?",
      "  AGC 1: Because.",
    ])
    const selected = await ui.type("v", "s", "s")
    expect(selected.slice(1, 4)).toEqual([
      "Interview A · sentence 3/4 · Interviewer · selected 0–64",
      "[>AGC 1: Officers take bribes. No budget at all.              Accountability +1",
      " >Interviewer: Why?",
    ])
    await ui.type("c", "t", "r", ENTER)
    expect(ui.calls).toEqual([["code", "a", 0, 64, "f/tra"]])
  })
  it("uncodes, adds a memo and undoes", async () => {
    const ui = await start()
    await ui.type("s", ENTER, "x")
    expect(ui.lines().slice(2, 5)).toEqual([
      "│ Uncode which coding?                                                         │",
      "│ search: _ (2 of 2)                                                           │",
      "│ > Accountability: Officers take bribes.                                      │",
    ])
    await ui.type(ENTER, "m", "o", "k", ENTER, "u")
    expect(ui.calls).toEqual([["uncode", "k1"], ["addMemo", "source", "a", "ok"], ["undo"]])
    expect(ui.lines()[23]).toBe("undone: accept Integrity")
  })
})

describe("input in bursts and pastes", () => {
  it("reads a burst of typed keys as one key each: the code picker searches the whole word", async () => {
    const ui = await start()
    await ui.type("s", ENTER, "v")
    // one chunk, as Ink hands over keys typed faster than it reads them
    const picker = await ui.type("cintegrity")
    expect(picker.slice(2, 5)).toEqual([
      "│ Code the selection with                                                      │",
      "│ search: integrity_ (1 of 4)                                                  │",
      "│ > Integrity (v/int)                                                          │",
    ])
    await ui.type(ENTER)
    expect(ui.calls).toEqual([["code", "a", 0, 28, "v/int"]])
  })
  it("takes a bracketed paste whole into a prompt, line breaks as spaces, and never as keys", async () => {
    const ui = await start()
    await ui.type("s", ENTER, "m", "\u001b[200~Officers said\nq a r\u001b[201~", ENTER)
    expect(ui.calls).toEqual([["addMemo", "source", "a", "Officers said q a r"]])
    const outside = await ui.type("\u001b[200~qqq\u001b[201~")
    expect(outside[1]).toBe("Interview A · sentence 1/4 · AGC 1 · at 0–28")
    expect(outside[23]).toBe("pasted text goes into a prompt or a search; none is open")
  })
  it("applies nothing when the search matches no code", async () => {
    const ui = await start()
    await ui.type("s", ENTER, "cnothing-like-this", ENTER, "\u001b")
    expect(ui.calls).toEqual([])
  })
})

describe("codes", () => {
  it("shows the tree with counts and the definition, and creates a code", async () => {
    const ui = await start()
    const lines = await ui.type("c", DOWN)
    expect(lines.slice(1, 6)).toEqual([
      "  code (4)                                                  accepted   suggested",
      "  Accountability                                                   2           0",
      "> Integrity                                                        0           2",
      "  Resources                                                        1           1",
      "    Training                                                       0           0",
    ])
    expect(lines.slice(18, 22)).toEqual([
      "────────────────────────────────────────",
      "v/int · value",
      "definition: Acting honestly.",
      "include: none (i) · exclude: none (x)",
    ])
    await ui.type("n", "W", ENTER, "r", "\u007f", "x", ENTER, "m", ENTER, "y", ENTER)
    expect(ui.calls).toEqual([
      ["createCode", "W"],
      ["renameCode", "v/int", "Integritx"],
      ["mergeCodes", "v/int", "v/acc"],
    ])
  })
  it("shows the latest memo on the selected code and on the source being read", async () => {
    const memo = (id: string, target: "code" | "source", targetId: string, text: string, title?: string) => ({
      id,
      target,
      targetId,
      text,
      author: "ana",
      createdAt: `2025-01-0${id.slice(-1)}T00:00:00.000Z`,
      ...(title ? { title } : {}),
    })
    const ui = await start(
      snapshot({
        memos: 3,
        memoList: [
          memo("m1", "code", "v/int", "older"),
          memo("m2", "code", "v/int", "Bribes at the border only.", "Scope"),
          memo("m3", "source", "a", "Ask about the border post."),
        ],
      }),
    )
    const codes = await ui.type("c", DOWN)
    expect(codes.slice(19, 23)).toEqual([
      "v/int · value",
      "definition: Acting honestly.",
      "include: none (i) · exclude: none (x)",
      "examples: none (e) · memo: Scope: Bribes at the border only.",
    ])
    const reader = await ui.type("q", "s", ENTER)
    expect(reader[1]).toBe("Interview A · sentence 1/4 · AGC 1 · at 0–28 · memo 1: Ask about the border pos…")
  })
  it("shows a code's criteria and examples, and asks before deleting it", async () => {
    const ui = await start(
      snapshot({
        guidance: [
          {
            codeId: "v/int",
            inclusion: "bribes, collusion",
            exclusion: "lack of staff",
            examples: ["paid to look away", "a tip-off"],
          },
        ],
      }),
    )
    const lines = await ui.type("c", DOWN)
    expect(lines.slice(19, 23)).toEqual([
      "v/int · value",
      "definition: Acting honestly.",
      "include: bribes, collusion · exclude: lack of staff",
      "examples (2): paid to look away",
    ])
    const asked = await ui.type("D")
    expect(asked.slice(1, 6)).toEqual([
      "┌──────────────────────────────────────────────────────────────────────────────┐",
      "│ Delete Integrity and its 2 codings? Type y and Enter to go ahead             │",
      "│ > _                                                                          │",
      "│ Enter confirm · Esc cancel · 0 characters                                    │",
      "└──────────────────────────────────────────────────────────────────────────────┘",
    ])
    await ui.type("y", ENTER)
    expect(ui.calls).toEqual([["deleteCode", "v/int"]])
  })
  it("lists a code's segments", async () => {
    const ui = await start()
    const lines = await ui.type("c", ENTER)
    expect(lines.slice(1, 5)).toEqual([
      "Accountability: 2 segments (accepted and suggested)",
      "  source                 status    text",
      "> Interview A            accepted  Officers take bribes.",
      "  Interview B            accepted  Officers take bribes.",
    ])
  })
})

describe("analyses", () => {
  it("draws the engine's code × group matrix and the other tables in turn", async () => {
    const ui = await start()
    const matrix = await ui.type("a")
    expect(matrix.slice(1, 6)).toEqual([
      "[Code × group]  Co-occurrence   Factor → value   Saturation   Agreement",
      "accepted segments per code and participant group",
      "  code                       government          ngo",
      "> Resources                           1            0",
      "  Accountability                      1            1",
    ])
    // Resources 5–30 overlaps Accountability 0–21 once; c = 1 / (1 + 2 − 1)
    expect((await ui.type("\t")).slice(3, 5)).toEqual([
      "  code                           code                          together      c",
      "> Resources                    × Accountability                       1   0.50",
    ])
    expect((await ui.type("\t")).slice(2, 5)).toEqual([
      "factors on the same spans as values; model: the framework expects the link",
      "  factor                     value                     together      c model",
      "> Resources                → Accountability                   1   0.50 yes",
    ])
    const saturation = await ui.type("\t")
    expect(saturation.slice(2, 6)).toEqual([
      "not assessable: 2 interviews, fewer than a base of 4 and a run of 2",
      "  #   interview                new codes                             new   all",
      "> 1   Interview A              ████████████████████████████████████   +2     2",
      "  2   Interview B                                                     +0     2",
    ])
    expect((await ui.type("\t")).slice(2, 5)).toEqual([
      "not computed: run valuelens agreement --coders A,B",
      "  code                                                α        κ   agreed",
      "No agreement figures stored yet.",
    ])
  })
  it("shows the stored agreement per code", async () => {
    const ui = await start(snapshot({ agreement }))
    expect((await ui.type("a", "\t", "\t", "\t", "\t")).slice(2, 6)).toEqual([
      "ana, rules by turn (40 units): overall α 0.81 · κ 0.79",
      "  code                                                α        κ   agreed",
      "> Accountability                                   0.70     0.71      88%",
      "  Integrity                                           –        –     100%",
    ])
  })
})

describe("triangulation and country comparison", () => {
  it("shows the engine's verdicts with the rule and evidence behind the selected cell", async () => {
    const ui = await start()
    const lines = await ui.type("t", DOWN)
    expect(lines.slice(1, 7)).toEqual([
      "Convergence (Farmer et al. 2006) · countries MYS · * overridden",
      "  theme                                    int–doc      int–stat     doc–stat",
      "  Integrity (value)                        silence      silence      silence",
      "> Accountability (value)                  [agreement]   silence      silence",
      "  Resources (factor)                       silence      silence      silence",
      "  Training (factor)                        silence      silence      silence",
    ])
    expect(lines.slice(7, 24)).toEqual([
      "────────────────────────────────────────",
      "Accountability · interview-document: agreement",
      "Rule: both cover the theme with the same meaning and the same prominence",
      "interview: 2 of 2 participants (100%), 2 groups, 2 passages",
      "document: 1 of 1 document (100%), 1 passage",
      "Evidence 1–3 of 3 · j k move · Enter opens the marked passage",
      "> Interview A: “Officers take bribes.”",
      "• Interview B: “Officers take bribes.”",
      "• Action plan: “No auditor.”",
      ...Array.from({ length: 7 }, () => ""),
      "↑ ↓ theme · ← → pair · j k evidence · Enter open it · ? keys · q back",
    ])
    const stats = await ui.type(RIGHT)
    expect(stats[4]).toBe("> Accountability (value)                   agreement   [silence]     silence")
    expect(stats.slice(8, 12)).toEqual([
      "Accountability · interview-statistics: silence",
      "Rule: one evidence type covers the theme and the other is silent",
      "interview: 2 of 2 participants (100%), 2 groups, 2 passages",
      "statistics: no indicator rule bears on this theme",
    ])
  })
  it("keeps the selected theme and the marked evidence in view at 80×24", async () => {
    const ui = await start(snapshot(), { triangulation: crowdedTriangulation() })
    const detail = (from: number, marked: number) => [
      "────────────────────────────────────────",
      "Theme 14 · interview-document: agreement",
      "Rule: both cover the theme with the same meaning and the same prominence",
      "interview: 2 of 2 participants (100%), 2 groups, 12 passages",
      "document: 1 of 1 document (100%), 1 passage",
      `Evidence ${from}–${from + 4} of 13 · j k move · Enter opens the marked passage`,
      ...Array.from(
        { length: 5 },
        (_, i) =>
          `${from + i === marked ? ">" : "•"} Interview ${(from + i) % 2 === 1 ? "A" : "B"}: “Passage ${from + i}.”`,
      ),
    ]
    const matrix = [
      "ValueLens · Tiny study · Triangulation                                    ? keys",
      "Convergence (Farmer et al. 2006) · countries MYS · * overridden",
      "  theme                                    int–doc      int–stat     doc–stat",
      ...[6, 7, 8, 9, 10, 11, 12, 13].map(
        (n) => `  ${`Theme ${n} (value)`.padEnd(41)}silence      silence      silence`,
      ),
      "> Theme 14 (value)                        [agreement]   silence      silence",
    ]
    const footer = "↑ ↓ theme · ← → pair · j k evidence · Enter open it · ? keys · q back"
    expect(await ui.type("t", "\u001b[F")).toEqual([...matrix, ...detail(1, 1), footer])
    expect(await ui.type(..."jjjjjjjj")).toEqual([...matrix, ...detail(5, 9), footer])
    expect(await ui.type(..."kkkkkkk")).toEqual([...matrix, ...detail(2, 2), footer])
  })
  it("scrolls the evidence at 120×40", async () => {
    const ui = await start(
      snapshot(),
      { triangulation: crowdedTriangulation(30) },
      { width: 120, height: 40 },
    )
    const lines = await ui.type("t", "\u001b[F", ..."j".repeat(24))
    expect(lines).toHaveLength(40)
    // under the title, caption and column titles, the matrix takes its 14 themes (half the body would be 17)
    expect(lines[16]).toBe(
      "> Theme 14 (value)                                                                [agreement]   silence      silence",
    )
    expect(lines.slice(17, 23)).toEqual([
      "────────────────────────────────────────",
      "Theme 14 · interview-document: agreement",
      "Rule: both cover the theme with the same meaning and the same prominence",
      "interview: 2 of 2 participants (100%), 2 groups, 30 passages",
      "document: 1 of 1 document (100%), 1 passage",
      "Evidence 10–25 of 31 · j k move · Enter opens the marked passage",
    ])
    expect(lines.slice(23, 25)).toEqual(["• Interview B: “Passage 10.”", "• Interview A: “Passage 11.”"])
    expect(lines.slice(37, 40)).toEqual([
      "• Interview B: “Passage 24.”",
      "> Interview A: “Passage 25.”",
      "↑ ↓ theme · ← → pair · j k evidence · Enter open it · ? keys · q back",
    ])
    await ui.type(ENTER)
    expect(ui.lines()[1]).toMatch(/^Interview A · /)
  })
  it("draws the TIP tier timeline of the comparison", async () => {
    const ui = await start(snapshot(), {
      comparison: comparison([
        { country: "MYS", year: 2021, tier: "3" },
        { country: "MYS", year: 2022, tier: "Tier 2 Watch List" },
        { country: "PHL", year: 2022, tier: "Tier 1" },
        { country: "PHL", year: 2023, tier: "Not ranked" },
      ]),
    })
    const lines = await ui.type("k")
    expect(lines.slice(2, 13)).toEqual([
      "               2021 2022 2023",
      "MYS  Tier 1       ·    ·",
      "     Tier 2       ·    ·",
      "     Tier 2W      ·    ●",
      "     Tier 3       ●    ·",
      "",
      "PHL  Tier 1            ●    –",
      "     Tier 2            ·    –",
      "     Tier 2W           ·    –",
      "     Tier 3            ·    –",
      "",
    ])
  })
  it("says when no plugin defines the project's countries", async () => {
    const ui = await start(snapshot(), {
      comparison: { countries: ["MYS"], unknown: ["MYS"], comparison: undefined },
    })
    expect((await ui.type("k")).slice(1, 3)).toEqual([
      "No plugin of this project defines MYS.",
      "Countries come from plugins: country-malaysia, country-philippines or asean.",
    ])
  })
})

describe("export", () => {
  it("runs the report in the chosen format with a progress bar", async () => {
    const ui = await start()
    expect((await ui.type("e")).slice(2, 5)).toEqual([
      "Format: [Markdown]  HTML   Word   → reports/report.md",
      "",
      "← → choose the format · Enter write the report",
    ])
    expect((await ui.type(RIGHT))[2]).toBe("Format:  Markdown  [HTML]  Word   → reports/report.html")
    const done = await ui.type(ENTER)
    expect(done.slice(4, 6)).toEqual([
      "[##################################################] 2/2 done",
      "Done: written to /study/reports/report.html",
    ])
    expect(ui.calls).toEqual([["exportReport", "html"]])
  })
})

describe("long lists", () => {
  it("draws only the visible window of a long code list", async () => {
    const codes = Array.from({ length: 500 }, (_, i) => ({
      id: `c/${i}`,
      name: `Code ${String(i).padStart(3, "0")}`,
      kind: "free" as const,
    }))
    const ui = await start(snapshot({ codes, codings: [coding({ id: "x", codeId: "c/0" })] }))
    const lines = await ui.type("c", "\u001b[F")
    expect(lines.filter((l) => l.includes("Code ")).length).toBe(16)
    expect(lines[17]).toBe("> Code 499                                                         0           0")
  })
})
