/** Services over a snapshot in memory, recording every call: what the component tests drive the UI with. */
import type { Services } from "../../src/tui/services.js"
import type { Snapshot, SourceText } from "../../src/tui/state/data.js"

export const fakeServices = (snapshot: Snapshot, texts: Record<string, SourceText> = {}) => {
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
    addMemo: write("addMemo", "memo added"),
    undo: write("undo", "undone: accept Integrity"),
    redo: write("redo", "nothing to redo"),
    exportReport: async (progress) => {
      calls.push(["exportReport"])
      progress(0, 2, "Sources")
      progress(2, 2, "done")
      return "/study/reports/summary.md"
    },
  }
  return { services, calls }
}
