/**
 * Runs a report end to end for a workspace: the analyses (`Gather`), the findings model, and the rendered
 * files. `valuelens report` and the terminal UI's Export screen both write reports through this.
 */
import type { Coders } from "@valuelens/coding"
import type { BadInput } from "@valuelens/core"
import {
  buildFindings,
  type Findings,
  Gather,
  type Renderer,
  Report,
  type ReportError,
  type Sections,
} from "@valuelens/report"
import type { StoreError } from "@valuelens/store"
import { Effect } from "effect"
import type { Workspace } from "./Workspace.js"

/** The steps a report takes, for a progress bar: analyses, three of the findings, and the files. */
export const REPORT_STEPS = 5

export interface ReportOptions {
  readonly sections?: ReadonlyArray<Sections.SectionId>
  readonly quotes?: number
  readonly onProgress?: (done: number, total: number, step: string) => void
  /** Whose codings count (default: every coder's). */
  readonly coders?: Coders.Selection
  /** The recorded runs to show (default: the most recent of each kind). */
  readonly run?: string | undefined
}

export const writeReport = (
  workspace: Pick<Workspace, "project" | "registry">,
  format: Renderer.Format,
  out: string,
  options: ReportOptions = {},
): Effect.Effect<
  { readonly findings: Findings.Findings; readonly files: ReadonlyArray<string> },
  BadInput | StoreError | ReportError
> =>
  Effect.gen(function* () {
    const progress = options.onProgress ?? (() => {})
    progress(0, REPORT_STEPS, "analyses")
    const analyses = yield* Gather.analyses(workspace, { coders: options.coders, run: options.run })
    progress(1, REPORT_STEPS, "findings")
    const findings = yield* buildFindings(workspace, analyses, {
      quotes: options.quotes,
      coders: options.coders,
      onProgress: (done, total) => progress(1 + done, REPORT_STEPS, done === total ? "writing" : "findings"),
    })
    const files = yield* Report.write(format, findings, out, { sections: options.sections })
    progress(REPORT_STEPS, REPORT_STEPS, "done")
    return { findings, files }
  })
