import { writeFile } from "node:fs/promises"
import { resolve } from "node:path"
import { BadInput, type CodingStatus } from "@valuelens/core"
import { Escape } from "@valuelens/report"
import type { CodingRow } from "@valuelens/store"
import { Effect, Option } from "effect"
import type { config } from "../commands/export-codings.js"
import type { Input } from "../Lazy.js"
import * as Output from "../Output.js"
import { withProject } from "../Workspace.js"

/** The columns of DESIGN §9, in order. */
export const COLUMNS = [
  "source",
  "participant",
  "group",
  "start",
  "end",
  "text",
  "code",
  "kind",
  "coder",
  "status",
  "origin",
  "score",
] as const

const record = (r: CodingRow) => ({
  source: r.sourceId,
  participant: r.participantId ?? null,
  group: r.group ?? null,
  start: r.start,
  end: r.end,
  text: r.text,
  code: r.codeId,
  kind: r.codeKind,
  coder: r.coderId,
  status: r.status,
  origin: r.origin,
  score: r.score ?? null,
})

export const toCsv = (rows: ReadonlyArray<CodingRow>): string =>
  [
    COLUMNS.join(","),
    ...rows.map((r) => {
      const o = record(r)
      // RFC 4180, and text a spreadsheet would run as a formula neutralised; numbers stay numbers
      return COLUMNS.map((c) => Escape.csv(o[c])).join(",")
    }),
  ]
    .map((line) => `${line}\r\n`)
    .join("")

const statuses = ["suggested", "accepted", "rejected"]

export const run = ({ format, out, status, project, json }: Input<typeof config>) =>
  Effect.gen(function* () {
    const bad = status.find((s) => !statuses.includes(s))
    if (bad)
      return yield* new BadInput({
        reason: "invalid-status",
        field: "status",
        message: `unknown status "${bad}"; expected ${statuses.join(", ")}`,
      })
    yield* withProject(project, (p) =>
      Effect.gen(function* () {
        const rows = yield* p.store.codings.rows(
          status.length > 0 ? { status: status as CodingStatus[] } : {},
        )
        // --json asks for JSON like every other command: on standard output, the codings themselves
        const asJson = format === "json" || (json && Option.isNone(out))
        const body = asJson ? `${JSON.stringify(rows.map(record), null, 2)}\n` : toCsv(rows)
        if (Option.isNone(out)) return yield* Effect.sync(() => process.stdout.write(body))
        const file = resolve(out.value)
        yield* Effect.tryPromise({
          try: () => writeFile(file, body),
          catch: (cause) =>
            new BadInput({
              reason: "cannot-write",
              file,
              message: `cannot write ${file}: ${String(cause)}`,
            }),
        })
        yield* Output.message(`Wrote ${rows.length} coding(s) to ${file}`)
        if (json) yield* Output.result(true, { out: file, codings: rows.length, format }, () => "")
      }),
    )
  })
