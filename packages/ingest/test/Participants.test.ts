import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import * as FrontMatter from "../src/FrontMatter.js"
import * as Participants from "../src/Participants.js"
import type { RosterEntry } from "../src/roster/Roster.js"
import * as Transcript from "../src/transcript/Transcript.js"

const labels = ["Interviewer", "Q", "Moderator", "I"]
const interview = async (text: string, knownLabels: string[] = []) => {
  const fm = await Effect.runPromise(FrontMatter.split(text, "t.txt"))
  const exit = Transcript.read(fm, { file: "t.txt", unit: "line", knownLabels })
  if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
  return exit.value
}
const entry = (id: string, extra: Partial<RosterEntry> = {}): RosterEntry => ({
  id,
  fields: { group: "ngo", attributes: {} },
  source: "roster.csv",
  line: 2,
  ...extra,
})
const resolved = (e: Exit.Exit<{ id: string }, { message: string }>) =>
  Exit.isSuccess(e) ? e.value.id : `error: ${Exit.isFailure(e) ? String(e.cause) : ""}`

describe("Participants.resolveInterview", () => {
  it("prefers front matter, then the roster's file column, then the file name, then the speaker", async () => {
    const roster = [entry("NGO 1", { file: "session-3.txt" }), entry("NGO 2"), entry("UNHCR 1")]
    const anonymous = await interview("Q: Why?\nR: Because.\n")
    expect(resolved(Participants.resolveInterview(anonymous, "x", "session-3.txt", roster, labels))).toBe(
      "NGO 1",
    )
    expect(resolved(Participants.resolveInterview(anonymous, "x", "ngo_2.txt", roster, labels))).toBe("NGO 2")
    // a roster id is a speaker label whatever its case
    const speaking = await interview("Q: Why?\nunhcr 1: Because.\n", ["UNHCR 1"])
    expect(resolved(Participants.resolveInterview(speaking, "x", "a.txt", roster, labels))).toBe("UNHCR 1")
    const declared = await interview("---\nparticipant: AGC 4\n---\nQ: Why?\nR: Because.\n")
    expect(resolved(Participants.resolveInterview(declared, "x", "session-3.txt", roster, labels))).toBe(
      "AGC 4",
    )
  })
})

describe("Participants.reconcile", () => {
  const existing = new Map([
    [
      "AGC 1",
      { id: "AGC 1", group: "government" as const, organisation: "AGC", attributes: { gender: "f" } },
    ],
  ])
  const merged = (fields: Record<string, unknown>) => {
    const m = Participants.merge([
      { id: "AGC 1", fields: { attributes: {}, ...fields }, file: "a.md", line: 2, fieldLines: { group: 3 } },
    ])
    if (Exit.isFailure(m)) throw new Error("merge failed")
    return m.value
  }

  it("adds fields the project left empty, refuses changed ones, and updates them with --replace", () => {
    const added = Participants.reconcile(merged({ location: "Putrajaya" }), existing, false)
    expect(Exit.isSuccess(added) && added.value.updated.map((p) => p.location)).toEqual(["Putrajaya"])
    const changed = Participants.reconcile(merged({ group: "ngo" }), existing, false)
    expect(Exit.isFailure(changed) && String(changed.cause)).toContain(
      'a.md:3: participant "AGC 1" has group "ngo" here but "government" in the project; fix the file, or import with --replace to update the participant',
    )
    const replaced = Participants.reconcile(merged({ group: "ngo" }), existing, true)
    expect(Exit.isSuccess(replaced) && replaced.value.updated).toEqual([
      {
        id: "AGC 1",
        group: "ngo",
        organisation: "AGC",
        location: undefined,
        country: undefined,
        attributes: { gender: "f" },
      },
    ])
    const same = Participants.reconcile(merged({ group: "government" }), existing, false)
    expect(Exit.isSuccess(same) && same.value).toEqual({ created: [], updated: [] })
  })
})
