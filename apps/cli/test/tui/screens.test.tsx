import { render } from "ink-testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { App } from "../../src/tui/App.js"
import { fakeServices } from "./fake.js"
import { coding, snapshot } from "./snapshot.js"

const ENTER = "\r"
const DOWN = "\u001b[B"
const pause = (ms = 25) => new Promise((r) => setTimeout(r, ms))

const text = "AGC 1: Officers take bribes. No budget at all.\nInterviewer: Why?\nAGC 1: Because."
const turns = [
  { sourceId: "a", index: 0, speaker: "AGC 1", start: 0, end: 46, interviewer: false },
  { sourceId: "a", index: 1, speaker: "Interviewer", start: 47, end: 64, interviewer: true },
  { sourceId: "a", index: 2, speaker: "AGC 1", start: 65, end: 80, interviewer: false },
]

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

/** Renders the app at 80×24 over fake services and waits for the first loaded frame. */
const start = async (snap = snapshot()) => {
  const fake = fakeServices(snap, { a: { sourceId: "a", text, turns } })
  const r = render(<App services={fake.services} width={80} height={24} />)
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
      "Saturation                  too few interviews (2) to judge (counted here)",
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
  it("shows stored saturation and agreement figures", async () => {
    const ui = await start(
      snapshot({ saturation: { verdict: "saturated at interview 12" }, agreement: { alpha: 0.812 } }),
    )
    expect(ui.lines().slice(7, 9)).toEqual([
      "Saturation                  saturated at interview 12",
      "Agreement                   alpha 0.81",
    ])
  })
  it("shows the keys with ? and closes them with any key", async () => {
    const ui = await start()
    expect((await ui.type("?")).slice(1, 4)).toEqual(["Keys: Dashboard", "", "s                  sources"])
    expect((await ui.type("x"))[1]).toBe("Sources                  3  document 1 · interview 2")
  })
})

describe("review queue", () => {
  it("shows a suggestion with its matched terms marked and its explanation", async () => {
    const ui = await start()
    const lines = await ui.type("r")
    expect(lines.slice(0, 6)).toEqual([
      "ValueLens · Tiny study · Review queue (3 open)                            ? keys",
      "Suggestion 1 of 3 · 3 open",
      "Code: Integrity (v/int) · score 0.90 · rule:x                           [ open ]",
      "Source: Interview A · P1 (government) · 0–21",
      "────────────────────────────────────────",
      "Officers take «bribes».",
    ])
    expect(lines[19]).toBe("Why: «bribe» (r1) at 14–20")
    expect(lines[23]).toBe("a accept · r reject · e edit · n/p move · b bulk · u undo · ? keys · q back")
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
    expect(ui.calls).toEqual([["uncode", ["k1"]], ["addMemo", "source", "a", "ok"], ["undo"]])
    expect(ui.lines()[23]).toBe("undone: accept Integrity")
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
    expect(lines.slice(18, 21)).toEqual([
      "────────────────────────────────────────",
      "v/int · value",
      "Acting honestly.",
    ])
    await ui.type("n", "W", ENTER, "r", "\u007f", "x", ENTER, "m", ENTER)
    expect(ui.calls).toEqual([
      ["createCode", "W"],
      ["renameCode", "v/int", "Integritx"],
      ["mergeCodes", "v/int", "v/acc"],
    ])
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
  it("draws the code × group matrix and the other tables in turn", async () => {
    const ui = await start()
    const matrix = await ui.type("a")
    expect(matrix.slice(1, 6)).toEqual([
      "[Code × group]  Co-occurrence   Factor → value   Saturation   Agreement",
      "accepted codings per code and participant group",
      "  code                       government          ngo",
      "> Accountability                      1            1",
      "  Resources                           1            0",
    ])
    expect((await ui.type("\t"))[4]).toBe(
      "> Accountability                 × Resources                              1",
    )
    expect((await ui.type("\t"))[4]).toBe(
      "> Resources                      → Accountability                         1",
    )
    const saturation = await ui.type("\t")
    expect(saturation.slice(2, 6)).toEqual([
      "too few interviews (2) to judge",
      "  #   interview                new codes                             new   all",
      "> 1   Interview A              ████████████████████████████████████   +2     2",
      "  2   Interview B                                                     +0     2",
    ])
    expect((await ui.type("\t"))[2]).toBe("percent agreement between ana, rules")
  })
})

describe("triangulation and country comparison", () => {
  it("lays value codes against evidence with verdicts not computed", async () => {
    const ui = await start()
    const lines = await ui.type("t")
    expect(lines.slice(1, 5)).toEqual([
      "Verdicts: not computed (run the triangulation to fill them in)",
      "  value                        interviews   documents  statistics verdict",
      "> Accountability                        2           0           0 not computed",
      "  Integrity                             0           0           0 not computed",
    ])
    expect(lines.slice(13, 15)).toEqual([
      "Evidence for Accountability (Enter opens the first)",
      "• Interview A: “Officers take bribes.”",
    ])
  })
  it("draws the TIP tier timeline", async () => {
    const ui = await start(
      snapshot({
        tiers: [
          { country: "MYS", year: 2021, tier: "3" },
          { country: "MYS", year: 2022, tier: "Tier 2 Watch List" },
          { country: "PHL", year: 2022, tier: "1" },
        ],
      }),
    )
    const lines = await ui.type("k")
    expect(lines.slice(2, 13)).toEqual([
      "               2021 2022",
      "MYS  Tier 1       ·    ·",
      "     Tier 2       ·    ·",
      "     Tier 2W      ·    ●",
      "     Tier 3       ●    ·",
      "",
      "PHL  Tier 1            ●",
      "     Tier 2            ·",
      "     Tier 2W           ·",
      "     Tier 3            ·",
      "",
    ])
  })
})

describe("export", () => {
  it("runs the report with a progress bar", async () => {
    const ui = await start()
    expect((await ui.type("e"))[3]).toBe("Press Enter to write it.")
    const done = await ui.type(ENTER)
    expect(done.slice(3, 5)).toEqual([
      "[##################################################] 2/2 done",
      "Done: written to /study/reports/summary.md",
    ])
    expect(ui.calls).toEqual([["exportReport"]])
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
