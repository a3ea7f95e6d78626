/**
 * The one runtime for effects: performs a task through `Services` and turns its outcome into a message.
 * Failures become a `failed` message with the reason, never an exception in the view.
 */
import type { Services } from "./services.js"
import type { Msg, Task } from "./state/types.js"

const reason = (e: unknown): string =>
  e && typeof e === "object" && "message" in e && typeof e.message === "string" ? e.message : String(e)

export const perform = async (
  task: Task,
  services: Services,
  dispatch: (msg: Msg) => void,
): Promise<void> => {
  const done = (message: string, reload = true): Msg => ({ type: "done", message, reload })
  try {
    switch (task.kind) {
      case "load":
        return dispatch({ type: "loaded", snapshot: await services.load() })
      case "source":
        return dispatch({
          type: "source-loaded",
          source: await services.sourceText(task.sourceId),
          focus: task.focus,
          purpose: task.purpose,
        })
      case "decide":
        // the reducer already shows the decision; a reload would only cost time on a long queue
        return dispatch(done(await services.decide(task.ids, task.status), false))
      case "edit":
        return dispatch(done(await services.edit(task.codingId, task.start, task.end, task.codeId)))
      case "code":
        return dispatch(done(await services.code(task.sourceId, task.start, task.end, task.codeId)))
      case "uncode":
        return dispatch(done(await services.uncode(task.codingId)))
      case "create-code":
        return dispatch(done(await services.createCode(task.name)))
      case "rename-code":
        return dispatch(done(await services.renameCode(task.codeId, task.name)))
      case "merge-codes":
        return dispatch(done(await services.mergeCodes(task.fromId, task.intoId)))
      case "describe-code":
        return dispatch(done(await services.describeCode(task.codeId, task.part, task.text)))
      case "move-code":
        return dispatch(done(await services.moveCode(task.codeId, task.parentId)))
      case "split-code":
        return dispatch(done(await services.splitCode(task.codeId, task.name, task.codingIds)))
      case "delete-code":
        return dispatch(done(await services.deleteCode(task.codeId)))
      case "memo":
        return dispatch(done(await services.addMemo(task.target, task.targetId, task.text)))
      case "undo":
        return dispatch(done(await services.undo()))
      case "redo":
        return dispatch(done(await services.redo()))
      case "triangulate":
        return dispatch({ type: "triangulated", result: await services.triangulate() })
      case "compare":
        return dispatch({ type: "compared", result: await services.compare() })
      case "export": {
        const path = await services.exportReport(task.format, (d, total, step) =>
          dispatch({ type: "progress", done: d, total, step }),
        )
        return dispatch({ type: "exported", path })
      }
    }
  } catch (e) {
    dispatch({ type: "failed", message: reason(e) })
  }
}
