/** The migrations, listed explicitly (no folder scanning), so bundles and published packages carry them. */
import type { Migration, MigrationProvider } from "kysely/migration"
import * as m0001 from "./migrations/0001_initial.js"
import * as m0002 from "./migrations/0002_coding_segment_index.js"
import * as m0003 from "./migrations/0003_pending_suggestions.js"
import * as m0004 from "./migrations/0004_source_identity_and_runs.js"
import * as m0006 from "./migrations/0006_text_search.js"
import * as m0007 from "./migrations/0007_code_guidance.js"
import * as m0008 from "./migrations/0008_detached_codings.js"
import * as m0009 from "./migrations/0009_coder_lanes.js"
import * as m0010 from "./migrations/0010_pending_per_coder.js"

export const all: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_coding_segment_index": m0002,
  "0003_pending_suggestions": m0003,
  "0004_source_identity_and_runs": m0004,
  "0006_text_search": m0006,
  "0007_code_guidance": m0007,
  "0008_detached_codings": m0008,
  "0009_coder_lanes": m0009,
  "0010_pending_per_coder": m0010,
}

export const provider: MigrationProvider = { getMigrations: async () => all }

/** The newest schema this version of ValueLens knows. */
export const latest = Object.keys(all).sort().at(-1)!
