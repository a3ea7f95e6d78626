/** Services over a snapshot in memory, recording every call: what the component tests drive the UI with. */

import type { Project as Triangulation } from "@valuelens/triangulation"
import type { Services } from "../../src/tui/services.js"
import type { CountryComparison, Snapshot, SourceText } from "../../src/tui/state/data.js"
import { comparison, triangulation } from "./snapshot.js"

export const fakeServices = (
  snapshot: Snapshot,
  texts: Record<string, SourceText> = {},
  extra: {
    readonly triangulation?: Triangulation.Triangulation
    readonly comparison?: CountryComparison
  } = {},
) => {
  const calls: Array<readonly [string, ...unknown[]]> = []
  const write =
    (name: string, says: string) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args])
      return says
    }
  const services: Services = {
    load: async () => snapshot,
    sourceText: async (id) => texts[id] ?? { sourceId: id, text: "", turns: [] },
    decide: write("decide", "decided"),
    edit: write("edit", "edited"),
    code: write("code", "coded"),
    uncode: write("uncode", "uncoded"),
    createCode: write("createCode", "created"),
    renameCode: write("renameCode", "renamed"),
    mergeCodes: write("mergeCodes", "merged"),
    describeCode: write("describeCode", "described"),
    moveCode: write("moveCode", "moved"),
    splitCode: write("splitCode", "split"),
    deleteCode: write("deleteCode", "deleted"),
    addMemo: write("addMemo", "memo added"),
    undo: write("undo", "undone: accept Integrity"),
    redo: write("redo", "nothing to redo"),
    triangulate: async () => extra.triangulation ?? triangulation(),
    compare: async () => extra.comparison ?? comparison([]),
    exportReport: async (format, progress) => {
      calls.push(["exportReport", format])
      progress(0, 2, "analyses")
      progress(2, 2, "done")
      return `/study/reports/report.${format}`
    },
  }
  return { services, calls }
}
