/**
 * Names read from files are plain data: front matter keys, attribute names and roster columns called
 * `__proto__`, `constructor` or `toString` are kept as attributes and metadata, compared like any other name,
 * and never reach into `Object.prototype`.
 */
import { describe, expect, it } from "vitest"
import * as Ingest from "../src/Ingest.js"
import { fail as failure, project, put, run } from "./make.js"

const HOSTILE = ["__proto__", "constructor", "toString"] as const

const transcript = (attributes: ReadonlyArray<readonly [string, string]>) =>
  [
    "---",
    "participant: P1",
    "__proto__: top",
    "constructor: top",
    "attributes:",
    ...attributes.map(([k, v]) => `  ${k}: ${v}`),
    "---",
    "Interviewer: How do agencies work together?",
    "P1: They rarely do.",
    "",
  ].join("\n")

describe("hostile keys", () => {
  it("keeps front matter keys and attributes named like Object.prototype members as data", async () => {
    const { dir, store } = await project()
    const file = put(dir, "p1.md", transcript(HOSTILE.map((k) => [k, `${k} value`])))
    const summary = await run(Ingest.importPaths(store, [file]))
    expect(summary.participantsCreated).toEqual(["P1"])
    const [p] = await run(store.participants.list())
    expect(Object.entries(p!.attributes).sort()).toEqual([
      ["__proto__", "__proto__ value"],
      ["constructor", "constructor value"],
      ["toString", "toString value"],
    ])
    const [source] = await run(store.sources.list())
    expect(Object.entries(source!.metadata).sort()).toEqual([
      ["__proto__", "top"],
      ["constructor", "top"],
    ])
  })

  it("keeps roster columns named like Object.prototype members as attributes", async () => {
    const { dir, store } = await project()
    const roster = put(dir, "roster.csv", "participant,group,__proto__,constructor,tostring\nP2,ngo,a,b,c\n")
    const file = put(dir, "P2.txt", "Interviewer: Who decides?\nP2: The council.\n")
    await run(Ingest.importPaths(store, [file], { rosters: [roster] }))
    const [p] = await run(store.participants.list())
    expect(p!.group).toBe("ngo")
    expect(Object.entries(p!.attributes).sort()).toEqual([
      ["__proto__", "a"],
      ["constructor", "b"],
      ["tostring", "c"],
    ])
  })

  it.each(HOSTILE)(
    "names both places when an attribute %s disagrees between roster and front matter",
    async (key) => {
      const { dir, store } = await project()
      const roster = put(dir, "roster.csv", `participant,${key}\nP1,from roster\n`)
      // roster headers are read in lower case
      const file = put(dir, "p1.md", transcript([[key.toLowerCase(), "from transcript"]]))
      const e = await failure(Ingest.importPaths(store, [file], { rosters: [roster] }))
      expect(e._tag).toBe("BadInput")
      expect(e.reason).toBe("conflicting-participant")
      expect(e.message).toContain(`attribute ${key.toLowerCase()}`)
      expect(await run(store.participants.list())).toEqual([])
    },
  )

  it("re-imports a participant with hostile attribute names as the same participant", async () => {
    const { dir, store } = await project()
    await run(Ingest.importPaths(store, [put(dir, "a/p1.md", transcript([["constructor", "x"]]))]))
    const again = transcript([["constructor", "x"]]).replace("They rarely do.", "They never do.")
    const s = await run(Ingest.importPaths(store, [put(dir, "b/p1b.md", again)]))
    expect(s.participantsCreated).toEqual([])
    expect(s.participantsUpdated).toEqual([])
    const e = await failure(
      Ingest.importPaths(store, [
        put(dir, "c/p1c.md", transcript([["constructor", "y"]]).replace("rarely", "seldom")),
      ]),
    )
    expect(e.reason).toBe("conflicting-participant")
    expect(e.message).toContain('attribute constructor "y" here but "x" in the project')
  })
})
