export type { CodeGuidance } from "./CodeGuidance.js"
export type { DetachedCoding } from "./Detached.js"
export { latest as latestSchema } from "./Migrations.js"
export * as Pending from "./Pending.js"
export * as Project from "./Project.js"
export type { StoreReason } from "./Reasons.js"
export type {
  CodingFilter,
  CodingRow,
  CodingSpan,
  PendingFilter,
  RecordedRun,
  RunKind,
  SourceSummary,
} from "./Repositories.js"
export * as Sqlite from "./Sqlite.js"
export { make as makeStore, ProjectStore, type Store } from "./Store.js"
export { StoreError } from "./StoreError.js"
