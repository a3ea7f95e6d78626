/**
 * The tables as Kysely sees them. Internal: other packages use the repositories, never this type. Columns are
 * camelCase and quoted by Kysely, so the same names work on SQLite and PostgreSQL. JSON travels as text.
 */
export interface ParticipantTable {
  id: string
  group: string
  organisation: string | null
  location: string | null
  country: string | null
  attributes: string
}

export interface SourceTable {
  id: string
  kind: string
  title: string
  text: string
  hash: string
  fileName: string | null
  language: string | null
  country: string | null
  year: number | null
  date: string | null
  participantId: string | null
  documentType: string | null
  metadata: string
  position: number
  importedAt: string
}

export interface TurnTable {
  sourceId: string
  index: number
  speaker: string
  start: number
  end: number
  interviewer: number
}

export interface PageTable {
  sourceId: string
  number: number
  start: number
  end: number
}

export interface SegmentTable {
  id: string
  sourceId: string
  start: number
  end: number
  text: string
}

export interface CodeTable {
  id: string
  name: string
  description: string | null
  colour: string | null
  parentId: string | null
  kind: string
  plugin: string | null
}

export interface CoderTable {
  id: string
  name: string
  engine: number
}

export interface CodingTable {
  id: string
  segmentId: string
  codeId: string
  coderId: string
  status: string
  origin: string
  score: number | null
  explanation: string | null
  createdAt: string
  updatedAt: string
}

export interface MemoTable {
  id: string
  target: string
  targetId: string | null
  title: string | null
  text: string
  author: string
  createdAt: string
}

export interface ObservationTable {
  id: string
  country: string
  year: number
  indicator: string
  value: string
  valueKind: string
  unit: string | null
  source: string
  confidence: string | null
  note: string | null
}

/** A source's pending suggestions, packed (see Pending.ts). */
export interface PendingSuggestionsTable {
  sourceId: string
  coderId: string
  count: number
  codes: string
  strings: string
  data: Uint8Array
  createdAt: string
}

/** The operations log behind undo and redo: each entry stores what to write back to undo it. */
export interface OperationTable {
  id: number
  at: string
  label: string
  undo: string
  redo: string
  undone: number
}

/** Key/value facts about the project itself (schema version, last agreement figures, overrides). */
export interface SettingTable {
  key: string
  value: string
}

export interface AnalysisRunTable {
  kind: "agreement" | "saturation" | "triangulation"
  name: string
  at: string
  /** JSON */
  parameters: string
  /** JSON */
  result: string
}

/** A coding whose passage a re-imported source no longer holds (see Detached.ts). */
export interface DetachedCodingTable {
  id: string
  sourceId: string
  codeId: string
  coderId: string
  /** JSON */
  segment: string
  /** JSON */
  coding: string
  detachedAt: string
}

export interface Database {
  participant: ParticipantTable
  source: SourceTable
  turn: TurnTable
  page: PageTable
  segment: SegmentTable
  code: CodeTable
  coder: CoderTable
  coding: CodingTable
  pending_suggestions: PendingSuggestionsTable
  memo: MemoTable
  observation: ObservationTable
  operation: OperationTable
  setting: SettingTable
  analysis_run: AnalysisRunTable
  detached_coding: DetachedCodingTable
}
