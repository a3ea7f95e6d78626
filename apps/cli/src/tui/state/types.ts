/**
 * The UI's whole state, the messages that change it and the tasks (effects) it asks for. `update` in `app.ts`
 * is a pure function `(State, Msg) => [State, Task[]]`; the runtime performs the tasks through `Services` and
 * feeds their outcomes back as messages.
 */
import type { MemoTarget } from "@valuelens/core"
import type { Project as Triangulation } from "@valuelens/triangulation"
import type { CountryComparison, Project, ReportFormat, Snapshot, SourceText } from "./data.js"
import type { KeyPress } from "./keys.js"
import type { ListCursor } from "./list.js"
import type { Range } from "./text.js"

export type Screen =
  | "dashboard"
  | "sources"
  | "reader"
  | "codes"
  | "code-segments"
  | "review"
  | "analyses"
  | "triangulation"
  | "countries"
  | "export"

/** What a prompt's answer is for. */
export type Purpose =
  | { readonly for: "code-span"; readonly sourceId: string; readonly start: number; readonly end: number }
  | { readonly for: "uncode" }
  | { readonly for: "memo"; readonly target: MemoTarget; readonly targetId: string | undefined }
  | { readonly for: "new-code" }
  | { readonly for: "rename-code"; readonly codeId: string }
  | { readonly for: "merge-into"; readonly fromId: string }
  | { readonly for: "describe-code"; readonly codeId: string; readonly part: DefinitionPart }
  | { readonly for: "move-code"; readonly codeId: string }
  | { readonly for: "split-code"; readonly codeId: string; readonly codingIds: ReadonlyArray<string> }
  /** A change that needs a yes: the label says what it would touch; `y` then Enter does `task`. */
  | { readonly for: "confirm"; readonly task: Task }
  | { readonly for: "edit-code" }
  | { readonly for: "bulk-score"; readonly codeId: string }

/** The parts of a code's definition the code tree edits; an example is added to the code's examples. */
export type DefinitionPart = "description" | "inclusion" | "exclusion" | "example"

export interface PickerItem {
  readonly id: string
  readonly label: string
}

export type Prompt =
  | { readonly kind: "text"; readonly label: string; readonly value: string; readonly purpose: Purpose }
  | {
      readonly kind: "picker"
      readonly label: string
      readonly query: string
      readonly items: ReadonlyArray<PickerItem>
      readonly list: ListCursor
      readonly purpose: Purpose
    }

export interface Reader {
  readonly sourceId: string
  readonly chars: ReadonlyArray<string>
  /** Units to move by: sentences, and speaker turns (paragraphs for a document). */
  readonly sentences: ReadonlyArray<Range>
  readonly turns: ReadonlyArray<Range>
  readonly speakers: ReadonlyArray<string>
  readonly unit: "sentence" | "turn"
  /** Index into the current unit's ranges. */
  readonly at: number
  /** Where a selection started (`v`), if one is being made. */
  readonly anchor: Range | undefined
  /** End of the selection when moved word by word, overriding the current unit's end. */
  readonly end: number | undefined
  readonly lines: ReadonlyArray<Range>
  readonly top: number
}

export interface ReviewEdit {
  readonly codingId: string
  readonly chars: ReadonlyArray<string>
  readonly start: number
  readonly end: number
  readonly codeId: string
}

export interface Review {
  /** Coding ids in the queue, in source order; decided ones stay so `p` can revisit them. */
  readonly ids: ReadonlyArray<string>
  readonly at: number
  readonly edit: ReviewEdit | undefined
  /** The text and turns of the current suggestion's source, to show the passage in its turn and the turns around it. */
  readonly context: SourceText | undefined
  /** The source whose text was last asked for, so it is asked for once. */
  readonly contextFor: string | undefined
}

export type AnalysisTab = "matrix" | "cooccurrence" | "links" | "saturation" | "agreement"

export interface ExportRun {
  readonly format: ReportFormat
  readonly state: "idle" | "running" | "done" | "failed"
  readonly done: number
  readonly total: number
  readonly step: string
  readonly path: string | undefined
}

export type SourceFilter = {
  readonly kind: "all" | "interview" | "document" | "statistics"
  readonly group: string
  readonly coded: "all" | "coded" | "uncoded"
}

export interface State {
  readonly width: number
  readonly height: number
  readonly data: Project | undefined
  readonly stack: ReadonlyArray<Screen>
  readonly help: boolean
  readonly prompt: Prompt | undefined
  /** One line for the person at the keyboard: what just happened, or what went wrong. */
  readonly message: string | undefined
  readonly busy: boolean
  readonly quit: boolean
  readonly dashboard: ListCursor
  readonly sources: { readonly list: ListCursor; readonly filter: SourceFilter }
  readonly reader: Reader | undefined
  readonly codes: {
    readonly list: ListCursor
    readonly segments: ListCursor
    readonly codeId: string | undefined
    /** Codings marked in the code's segments (Space), for a split. */
    readonly marked: ReadonlyArray<string>
  }
  readonly review: Review
  readonly analyses: { readonly tab: AnalysisTab; readonly list: ListCursor }
  readonly triangulation: {
    readonly list: ListCursor
    /** Index into the evidence pairs (`Convergence.pairs`): the selected column. */
    readonly pair: number
    /** The evidence line marked behind the selected cell (`j` `k`), and the window of it on screen. */
    readonly evidence: ListCursor
    /** Undefined until the run asked for on opening the screen comes back. */
    readonly result: Triangulation.Triangulation | undefined
  }
  readonly countries: { readonly list: ListCursor; readonly result: CountryComparison | undefined }
  readonly export: ExportRun
}

export type Task =
  | { readonly kind: "load" }
  | {
      readonly kind: "source"
      readonly sourceId: string
      readonly focus: number
      readonly purpose: "read" | "edit" | "context"
    }
  | {
      readonly kind: "decide"
      readonly ids: ReadonlyArray<string>
      readonly status: "accepted" | "rejected"
    }
  | {
      readonly kind: "edit"
      readonly codingId: string
      readonly start: number
      readonly end: number
      readonly codeId: string
    }
  | {
      readonly kind: "code"
      readonly sourceId: string
      readonly start: number
      readonly end: number
      readonly codeId: string
    }
  | { readonly kind: "uncode"; readonly codingId: string }
  | { readonly kind: "create-code"; readonly name: string }
  | { readonly kind: "rename-code"; readonly codeId: string; readonly name: string }
  | { readonly kind: "merge-codes"; readonly fromId: string; readonly intoId: string }
  | {
      readonly kind: "describe-code"
      readonly codeId: string
      readonly part: DefinitionPart
      readonly text: string
    }
  | { readonly kind: "move-code"; readonly codeId: string; readonly parentId: string | undefined }
  | {
      readonly kind: "split-code"
      readonly codeId: string
      readonly name: string
      readonly codingIds: ReadonlyArray<string>
    }
  | { readonly kind: "delete-code"; readonly codeId: string }
  | {
      readonly kind: "memo"
      readonly target: MemoTarget
      readonly targetId: string | undefined
      readonly text: string
    }
  | { readonly kind: "undo" }
  | { readonly kind: "redo" }
  | { readonly kind: "triangulate" }
  | { readonly kind: "compare" }
  | { readonly kind: "export"; readonly format: ReportFormat }

export type Msg =
  | { readonly type: "key"; readonly key: KeyPress }
  /** Text pasted in bracketed paste mode: it goes whole into the open prompt, never read as keys. */
  | { readonly type: "paste"; readonly text: string }
  | { readonly type: "resize"; readonly width: number; readonly height: number }
  | { readonly type: "loaded"; readonly snapshot: Snapshot }
  | {
      readonly type: "source-loaded"
      readonly source: SourceText
      readonly focus: number
      readonly purpose: "read" | "edit" | "context"
    }
  /** A write landed; `reload` asks for a fresh snapshot. */
  | { readonly type: "done"; readonly message: string; readonly reload: boolean }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly step: string }
  | { readonly type: "exported"; readonly path: string }
  | { readonly type: "triangulated"; readonly result: Triangulation.Triangulation }
  | { readonly type: "compared"; readonly result: CountryComparison }

export type Step = readonly [State, ReadonlyArray<Task>]

export const initial = (width: number, height: number): State => ({
  width,
  height,
  data: undefined,
  stack: ["dashboard"],
  help: false,
  prompt: undefined,
  message: undefined,
  busy: true,
  quit: false,
  dashboard: { cursor: 0, top: 0 },
  sources: { list: { cursor: 0, top: 0 }, filter: { kind: "all", group: "all", coded: "all" } },
  reader: undefined,
  codes: { list: { cursor: 0, top: 0 }, segments: { cursor: 0, top: 0 }, codeId: undefined, marked: [] },
  review: { ids: [], at: 0, edit: undefined, context: undefined, contextFor: undefined },
  analyses: { tab: "matrix", list: { cursor: 0, top: 0 } },
  triangulation: { list: { cursor: 0, top: 0 }, pair: 0, evidence: { cursor: 0, top: 0 }, result: undefined },
  countries: { list: { cursor: 0, top: 0 }, result: undefined },
  export: { format: "md", state: "idle", done: 0, total: 0, step: "", path: undefined },
})

export const screenOf = (s: State): Screen => s.stack[s.stack.length - 1] ?? "dashboard"

export const push = (s: State, screen: Screen): State => ({ ...s, stack: [...s.stack, screen], help: false })

/** Rows the body of a screen has: the terminal minus the title and status lines. */
export const bodyRows = (s: State): number => Math.max(1, s.height - 2)
