/**
 * docs/cli.md is the CLI's own help, command by command. This test rebuilds it from `--help` and fails when the
 * committed file differs; run it with UPDATE_CLI_DOCS=1 to rewrite the file after changing a command.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { valuelens } from "./run.js"

const DOC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "cli.md")

/** The help text without the global flags every command repeats (they are listed once, at the top). */
const help = (path: ReadonlyArray<string>): string => {
  const r = valuelens([...path, "--help"])
  if (r.code !== 0) throw new Error(`valuelens ${path.join(" ")} --help exited ${r.code}: ${r.stderr}`)
  return r.stdout.replace(/\nGLOBAL FLAGS\n(?: {2}.*\n)+/, "\n").trimEnd()
}

const subcommands = (text: string): string[] => {
  const block = text.split("\nSUBCOMMANDS\n")[1]
  return block ? [...block.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]!) : []
}

const generate = (): string => {
  const globals = valuelens(["--help"]).stdout.split("\nGLOBAL FLAGS\n")[1]!.split("\n\n")[0]!
  const out = [
    "# Command line",
    "",
    "Generated from `valuelens --help` and each command's `--help`; a test keeps this file and the CLI in step.",
    "",
    "Every command takes `--project DIR` (default: the current folder) and `--json` (results as JSON on stdout).",
    "Messages and progress go to stderr.",
    "",
    "One exit-code rule for every command: 0 ok; 1 a usage mistake (the command line itself: an unknown command",
    "or flag, a missing argument, a flag value not of its type or choices); 2 bad input (what the command read or",
    "named: a file, the project, a plugin, an id; the message names the file, line or byte, and field); 3 an",
    "internal error; 130 interrupted. With `--json` a failure is one JSON object on stderr:",
    "",
    "```sh",
    "$ valuelens agreement --data ratings.csv --json",
    '{"error":{"reason":"malformed-csv","message":"ratings.csv:3:1: this quoted field is not closed before the end of the file","file":"ratings.csv","line":3,"column":1}}',
    "```",
    "",
    "`reason` is `usage`, `internal`, or the reason of the bad input (kebab-case, such as `unknown-code`,",
    "`not-a-project`); `file`, `line`, `column`, `byte` and `field` appear when known. Each package lists the",
    "reasons it gives in its `src/Reasons.ts` (`packages/ingest/src/Reasons.ts`, `apps/cli/src/Reasons.ts`, …), a",
    "closed set a script can match on. The numbering is the one the design fixes for every ValueLens command",
    "(bad input 2, internal errors 3) and scripts rely on it; it does not change.",
    "",
    "Flags every command accepts:",
    "",
    "```",
    globals.trimEnd(),
    "```",
  ]
  const walk = (path: string[]) => {
    const text = help(path)
    if (path.length > 0)
      out.push(
        "",
        `${"#".repeat(Math.min(path.length + 1, 4))} valuelens ${path.join(" ")}`,
        "",
        "```",
        text,
        "```",
      )
    for (const sub of subcommands(text)) walk([...path, sub])
  }
  walk([])
  return `${out.join("\n")}\n`
}

describe("docs/cli.md", () => {
  it("is the CLI's own help, for every command", () => {
    const expected = generate()
    if (process.env.UPDATE_CLI_DOCS === "1") writeFileSync(DOC, expected)
    expect(readFileSync(DOC, "utf8")).toBe(expected)
  })
})
