/**
 * Which coders' codings an analysis counts. Every analysis (frequencies, matrices, co-occurrence, links,
 * saturation, triangulation and the report) takes the same selection, so a figure always says whose coding it
 * rests on:
 * - `coders`: only these coders' codings (default: every coder);
 * - `consensus`: only codes that at least this many of those coders gave the same passage (see
 *   `Analyses.passages`). With three coders and a consensus of 2, a code counts where two of the three agree
 *   that it applies; the codings of a coder who disagrees are left out.
 * See docs/methodology.md.
 */
import { BadInput } from "@valuelens/core"
import { Effect } from "effect"
import { type CodedSegment, groupPassages } from "./Analyses.js"

export interface Selection {
  /** Coder ids; empty or absent means every coder. */
  readonly coders?: ReadonlyArray<string> | undefined
  /** The least number of the selected coders who must give a code to a passage for it to count. */
  readonly consensus?: number | undefined
}

export const everyone: Selection = {}

/** The codings the selection admits. */
export const select = <R extends CodedSegment & { readonly coderId: string }>(
  rows: ReadonlyArray<R>,
  selection: Selection,
): R[] => {
  const wanted = selection.coders && selection.coders.length > 0 ? new Set(selection.coders) : undefined
  const mine = wanted ? rows.filter((r) => wanted.has(r.coderId)) : [...rows]
  const k = selection.consensus ?? 1
  if (k <= 1) return mine
  const kept = new Set<number>()
  for (const members of groupPassages(mine)) {
    const coders = new Map<string, Set<string>>()
    for (const i of members) {
      const r = mine[i]!
      const set = coders.get(r.codeId) ?? new Set()
      set.add(r.coderId)
      coders.set(r.codeId, set)
    }
    for (const i of members) if (coders.get(mine[i]!.codeId)!.size >= k) kept.add(i)
  }
  return mine.filter((_, i) => kept.has(i))
}

/** Checks a selection against the project's coders: every named coder exists and the consensus is reachable. */
export const check = (
  selection: Selection,
  known: ReadonlyArray<string>,
): Effect.Effect<Selection, BadInput> => {
  const unknown = (selection.coders ?? []).filter((c) => !known.includes(c))
  if (unknown.length > 0)
    return Effect.fail(
      new BadInput({
        reason: "unknown-coder",
        field: "coders",
        message: `no coder ${unknown.map((c) => `"${c}"`).join(", ")} in this project; its coders are ${known.join(", ") || "none yet"}`,
      }),
    )
  const pool = selection.coders && selection.coders.length > 0 ? selection.coders.length : known.length
  const k = selection.consensus
  if (k !== undefined && (!Number.isInteger(k) || k < 1 || k > pool))
    return Effect.fail(
      new BadInput({
        reason: "invalid-consensus",
        field: "consensus",
        message: `--consensus must be a whole number from 1 to ${pool} (the coders chosen), got ${k}`,
      }),
    )
  return Effect.succeed(selection)
}

/** How a figure names its selection: "all coders", "alice, bob", "at least 2 of alice, bob, carol in agreement". */
export const describe = (selection: Selection): string => {
  const who = selection.coders && selection.coders.length > 0 ? selection.coders.join(", ") : "all coders"
  return selection.consensus && selection.consensus > 1
    ? `at least ${selection.consensus} of ${who} in agreement`
    : who
}
