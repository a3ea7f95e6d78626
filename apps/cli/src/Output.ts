/**
 * The CLI's output contract (DESIGN §9): results on stdout (JSON with `--json`, readable text otherwise),
 * messages and progress on stderr, so `valuelens … --json | jq` always sees clean JSON.
 */
import { stringify } from "csv-stringify/sync"
import { Effect } from "effect"

/** Prints a command's result: `json` as JSON when asked, else the human text. */
export const result = (json: boolean, data: unknown, human: () => string): Effect.Effect<void> =>
  Effect.sync(() => {
    process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${human()}\n`)
  })

/** A message for the person at the terminal, never mixed into results. */
export const message = (text: string): Effect.Effect<void> =>
  Effect.sync(() => process.stderr.write(`${text}\n`))

/**
 * A progress line on stderr, redrawn in place on a TTY and silent otherwise. Returns `tick(done)` and `end()`.
 */
export const progress = (label: string, total: number) => {
  const tty = process.stderr.isTTY === true
  let last = 0
  const draw = (done: number) => {
    const width = 24
    const filled = total > 0 ? Math.round((done / total) * width) : width
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`)
  }
  return {
    tick: (done: number) => {
      if (!tty) return
      const now = Date.now()
      if (now - last < 80 && done < total) return
      last = now
      draw(done)
    },
    end: () => {
      if (tty) process.stderr.write("\r\u001b[2K")
    },
  }
}

/** A plain text table with aligned columns: the first `left` columns to the left, the others to the right. */
export const table = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  left = 1,
): string => {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)))
  const line = (r: ReadonlyArray<string>) =>
    r
      .map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd()
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join(
    "\n",
  )
}

/** Text on one line, cut to `width` characters with `…`. */
export const clip = (text: string, width: number): string => {
  const flat = [...text.replace(/\s+/g, " ")]
  return flat.length > width ? `${flat.slice(0, width - 1).join("")}…` : flat.join("")
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export const csv = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string => stringify([header, ...rows], { record_delimiter: "windows" })
