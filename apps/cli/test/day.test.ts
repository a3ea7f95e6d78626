/**
 * A researcher's day through the real binary on the example study's transcripts and documents (in the
 * repository under examples/): handles, `show`, coding by turn and sentence.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { json, tempDir, valuelens } from "./run.js"

const examples = join(import.meta.dirname, "..", "..", "..", "examples", "malaysia-value-deficits")
let dir = ""

beforeAll(() => {
  dir = join(tempDir(), "study")
  json(["init", dir])
  json(["import", join(examples, "transcripts"), join(examples, "documents"), "--project", dir])
}, 120_000)

const run = (...args: ReadonlyArray<string>) => valuelens([...args, "--project", dir])

describe("handles and places", { timeout: 240_000 }, () => {
  it("lists sources by handle in a table under 100 columns wide", () => {
    const r = run("status")
    expect(r.code).toBe(0)
    const table = r.stdout.slice(r.stdout.indexOf("source "))
    expect(table.split("\n").slice(0, 3)).toEqual([
      "source                      kind                             title         participant  characters",
      "---------------------  ---------  --------------------------------  ------------------  ----------",
      "01-nso-mapo-1          interview                     01-nso-mapo-1          NSO-MAPO 1       16711",
    ])
    expect(Math.max(...r.stdout.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(100)
  })
  it("shows a source with turn and sentence numbers", () => {
    const r = run("show", "agc-1")
    expect(r.code).toBe(0)
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "05-agc-1 (05-agc-1) · interview · AGC 1 · 60 turns",
      "1.1   Interviewer: Could you start by describing your role?",
      "2.1   AGC 1: Things have improved since the last amendment, at least on paper.",
      "2.2   It depends very much on the state and on the officer in charge.",
      "3.1   Interviewer: How well does the public understand trafficking?",
    ])
  })
  it("codes a sentence and a turn by number, and says what exists when the place does not", () => {
    const sentence = json<{ segment: { text: string } }>([
      "code",
      "add",
      "05-agc-1:4.3",
      "vd/civic-responsibility",
      "--project",
      dir,
      "--coder",
      "ana",
    ])
    expect(sentence.segment.text).toBe("The budget for awareness campaigns is very small.")
    const turn = json<{ segment: { text: string } }>([
      "code",
      "add",
      "agc-1:2",
      "vd/integrity",
      "--project",
      dir,
      "--coder",
      "ana",
    ])
    expect(turn.segment.text).toBe(
      "Things have improved since the last amendment, at least on paper. It depends very much on the state and on the officer in charge.",
    )
    const past = run("code", "add", "agc-1:4.9", "vd/integrity")
    expect([past.code, past.stderr.trim()]).toEqual([2, "error: turn 4 of 05-agc-1 has sentences 1–5, not 9"])
    const unclear = run("code", "add", "agc:1", "vd/integrity")
    expect([unclear.code, unclear.stderr.trim()]).toEqual([
      2,
      'error: "agc" could be the source 05-agc-1, 10-agc-2; type more of the name',
    ])
  })
})

describe("search and retrieve", { timeout: 240_000 }, () => {
  it("finds a phrase in every source with its place and context, as text and CSV", () => {
    const r = run("search", "wang kelian", "--kwic", "3")
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split("\n")
    expect(lines.slice(0, 2)).toEqual([
      "02-pdrm-1 28.3           involved in the [Wang Kelian] camps. Internal audits",
      "03-ukm-academic-1 8.3    involved in the [Wang Kelian] camps. Collusion between",
    ])
    expect(lines.at(-1)).toBe("16 match(es) in 11 source(s).")
    const csv = run("search", "wang kelian", "--format", "csv", "--source", "pdrm-1")
    expect(csv.stdout).toBe(
      "source,place,participant,start,end,before,match,after\r\n02-pdrm-1,28.3,PDRM 1,4869,4880,that officers were involved in the,Wang Kelian,camps. Internal audits focus on paperwork\r\n",
    )
    const bad = run("search", "(", "--regex")
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'error: "(" is not a regular expression: Invalid regular expression: /(/gu: Unterminated group',
    ])
  })
  it("retrieves coded passages with citations, by code, AND, NOT, group and coder", () => {
    // ana coded 05-agc-1 4.3 civic responsibility and turn 2 integrity above; bo codes turn 2 with trust too
    json(["code", "add", "agc-1:2", "vd/trust", "--project", dir, "--coder", "bo"])
    const r = run("retrieve", "--code", "vd/integrity")
    expect(r.stdout).toBe(
      "(AGC 1) 05-agc-1 2.1\n  Things have improved since the last amendment, at least on paper. It depends very much on the state and on the officer in charge.\n1 passage(s) in 1 source(s).\n",
    )
    const passages = (...query: ReadonlyArray<string>) =>
      json<{ passages: number }>(["retrieve", ...query, "--project", dir]).passages
    expect([
      passages("--code", "vd/integrity", "--and", "vd/trust"),
      passages("--code", "vd/integrity", "--not", "vd/trust"),
      passages("--code", "vd/integrity", "--near", "vd/civic-responsibility:40"),
      passages("--code", "vd/integrity", "--near", "vd/civic-responsibility:5"),
      passages("--code", "vd/trust", "--coder", "ana"),
      passages("--code", "vd/trust", "--group", "academic"),
      passages("--code", "vd/trust", "--group", "government"),
    ]).toEqual([1, 0, 1, 0, 0, 0, 1])
    const csv = run("retrieve", "--code", "vd/trust", "--format", "csv")
    expect(csv.stdout.split("\r\n")[1]).toBe(
      '(AGC 1),05-agc-1,2.1,AGC 1,government,61,190,vd/trust,bo,"Things have improved since the last amendment, at least on paper. It depends very much on the state and on the officer in charge."',
    )
  })
})

describe("memos", { timeout: 240_000 }, () => {
  it("lists, shows, edits and deletes memos, each undone by code undo, and the report carries them", () => {
    const added = json<{ id: string }>([
      "memo",
      "add",
      "Ask about the border post",
      "--source",
      "agc-1",
      "--author",
      "ana",
      "--project",
      dir,
    ])
    json([
      "memo",
      "add",
      "Officers, not courts",
      "--code",
      "vd/integrity",
      "--author",
      "bo",
      "--title",
      "Scope",
      "--project",
      dir,
    ])
    const list = run("memo", "list", "--source", "agc-1")
    expect(list.stdout.split("\n").slice(2)).toEqual([
      `${added.id.slice(0, 9)}  source 05-agc-1     ana  ${new Date().toISOString().slice(0, 10)}  Ask about the border post`,
      "",
    ])
    expect(run("memo", "edit", added.id.slice(0, 12), "Ask JIM about the border post").code).toBe(0)
    expect(run("memo", "show", added.id).stdout.trimEnd().split("\n").at(-1)).toBe(
      "Ask JIM about the border post",
    )
    expect(run("code", "undo").stdout.trim()).toBe(`Undid: edit memo ${added.id}`)
    expect(run("memo", "show", added.id).stdout.trimEnd().split("\n").at(-1)).toBe(
      "Ask about the border post",
    )
    expect(run("memo", "delete", added.id).code).toBe(0)
    expect(json<unknown[]>(["memo", "list", "--author", "ana", "--project", dir])).toEqual([])
    run("code", "undo")
    expect(
      json<Array<{ text: string }>>(["memo", "list", "--author", "ana", "--project", dir]).map((m) => m.text),
    ).toEqual(["Ask about the border post"])
    const missing = run("memo", "show", "memo_zz")
    expect([missing.code, missing.stderr.trim()]).toEqual([
      2,
      'error: there is no memo "memo_zz" (valuelens memo list shows them)',
    ])
    const out = join(tempDir(), "report.md")
    expect(run("report", "--format", "md", "--out", out).code).toBe(0)
    const md = readFileSync(out, "utf8")
    const memos = md.slice(md.indexOf("## Memos"), md.indexOf("## Method notes"))
    expect(memos.split("\n").slice(2, 6)).toEqual([
      "| on | author | date | title | memo |",
      "| --- | --- | --- | --- | --- |",
      `| source 05-agc-1 | ana | ${new Date().toISOString().slice(0, 10)} | — | Ask about the border post |`,
      `| code Integrity | bo | ${new Date().toISOString().slice(0, 10)} | Scope | Officers, not courts |`,
    ])
  })
})
