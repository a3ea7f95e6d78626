/**
 * `update`: the one pure function every change of the UI goes through. Global keys first (a prompt takes
 * every key while open; then `?`, back and undo), then the current screen's own keys.
 */
import * as Analyses from "./analyses.js"
import * as Codes from "./codes.js"
import * as Countries from "./countries.js"
import { index, reportFormats } from "./data.js"
import { isPrintable, type KeyPress, printable } from "./keys.js"
import { moveTo, navigate, visible } from "./list.js"
import * as Review from "./review.js"
import * as Sources from "./sources.js"
import {
  type Msg,
  type Prompt,
  push,
  type Screen,
  type State,
  type Step,
  screenOf,
  type Task,
} from "./types.js"

/** The dashboard's menu: key, screen, title. */
export const menu: ReadonlyArray<readonly [key: string, screen: Screen, title: string]> = [
  ["s", "sources", "Sources"],
  ["c", "codes", "Codes"],
  ["r", "review", "Review queue"],
  ["a", "analyses", "Analyses"],
  ["t", "triangulation", "Triangulation"],
  ["k", "countries", "Country comparison"],
  ["e", "export", "Export"],
]

/** Opens a screen; triangulation and the comparison are run afresh each time, so they match the codings. */
const open = (s: State, screen: Screen): Step => {
  const next = push({ ...s, message: undefined }, screen)
  switch (screen) {
    case "review":
      return [Review.open(next), []]
    case "triangulation":
      return [
        { ...next, triangulation: { ...next.triangulation, result: undefined } },
        [{ kind: "triangulate" }],
      ]
    case "countries":
      return [{ ...next, countries: { ...next.countries, result: undefined } }, [{ kind: "compare" }]]
    default:
      return [next, []]
  }
}

const back = (s: State): State =>
  s.stack.length > 1 ? { ...s, stack: s.stack.slice(0, -1), help: false, message: undefined } : s

const onDashboardKey = (s: State, key: KeyPress): Step => {
  const moved = navigate(s.dashboard, key, menu.length, menu.length)
  if (moved) return [{ ...s, dashboard: moved }, []]
  const entry = key === "enter" ? menu[s.dashboard.cursor] : menu.find(([k]) => k === key)
  return entry ? open(s, entry[1]) : [s, []]
}

const onExportKey = (s: State, key: KeyPress): Step => {
  if (s.export.state === "running") return [s, []]
  const e = s.export
  if (key === "enter")
    return [
      { ...s, export: { ...e, state: "running", done: 0, total: 1, step: "starting", path: undefined } },
      [{ kind: "export", format: e.format }],
    ]
  const at = reportFormats.indexOf(e.format)
  const chosen =
    key === "right" || key === "l" || key === "tab"
      ? reportFormats[(at + 1) % reportFormats.length]
      : key === "left" || key === "h" || key === "shift+tab"
        ? reportFormats[(at - 1 + reportFormats.length) % reportFormats.length]
        : undefined
  return chosen ? [{ ...s, export: { ...e, format: chosen, state: "idle", path: undefined } }, []] : [s, []]
}

const onScreenKey = (s: State, key: KeyPress): Step => {
  switch (screenOf(s)) {
    case "dashboard":
      return onDashboardKey(s, key)
    case "sources":
      return Sources.onListKey(s, key)
    case "reader":
      return Sources.onReaderKey(s, key)
    case "codes":
      return Codes.onTreeKey(s, key)
    case "code-segments":
      return Codes.onSegmentsKey(s, key)
    case "review":
      return Review.onKey(s, key)
    case "analyses":
      return Analyses.onKey(s, key)
    case "triangulation":
      return Countries.onTriangulationKey(s, key)
    case "countries":
      return Countries.onCountriesKey(s, key)
    case "export":
      return onExportKey(s, key)
  }
}

/** Picker items matching the query: every word of it appears in the label (any case). */
export const matching = (p: Extract<Prompt, { kind: "picker" }>) => {
  const words = p.query.toLowerCase().split(/\s+/).filter(Boolean)
  return words.length === 0
    ? p.items
    : p.items.filter((i) => words.every((w) => i.label.toLowerCase().includes(w)))
}

/** Rows a picker shows: the body minus its label, query line and border. */
export const pickerRows = (s: State): number => Math.max(1, Math.min(10, s.height - 8))

const submit = (s: State, prompt: Prompt, answer: { id?: string; text?: string }): Step => {
  const closed: State = { ...s, prompt: undefined }
  const purpose = prompt.purpose
  const text = answer.text?.trim() ?? ""
  switch (purpose.for) {
    case "code-span":
      return answer.id
        ? [
            {
              ...closed,
              reader: closed.reader ? { ...closed.reader, anchor: undefined, end: undefined } : undefined,
            },
            [
              {
                kind: "code",
                sourceId: purpose.sourceId,
                start: purpose.start,
                end: purpose.end,
                codeId: answer.id,
              },
            ],
          ]
        : [closed, []]
    case "uncode":
      return answer.id ? [closed, [{ kind: "uncode", codingId: answer.id }]] : [closed, []]
    case "memo":
      return text
        ? [closed, [{ kind: "memo", target: purpose.target, targetId: purpose.targetId, text }]]
        : [closed, []]
    case "new-code":
      return text ? [closed, [{ kind: "create-code", name: text }]] : [closed, []]
    case "rename-code":
      return text ? [closed, [{ kind: "rename-code", codeId: purpose.codeId, name: text }]] : [closed, []]
    case "merge-into":
      return answer.id ? [Codes.confirmMerge(closed, purpose.fromId, answer.id), []] : [closed, []]
    case "describe-code":
      // an empty answer clears a part of the definition, but adds no empty example
      return purpose.part === "example" && !text
        ? [closed, []]
        : [closed, [{ kind: "describe-code", codeId: purpose.codeId, part: purpose.part, text }]]
    case "move-code":
      return answer.id
        ? [
            closed,
            [
              {
                kind: "move-code",
                codeId: purpose.codeId,
                parentId: answer.id === Codes.TOP ? undefined : answer.id,
              },
            ],
          ]
        : [closed, []]
    case "split-code":
      return text
        ? [
            { ...closed, codes: { ...closed.codes, marked: [] } },
            [{ kind: "split-code", codeId: purpose.codeId, name: text, codingIds: purpose.codingIds }],
          ]
        : [closed, []]
    case "confirm":
      return /^y(es)?$/i.test(text) ? [closed, [purpose.task]] : [{ ...closed, message: "cancelled" }, []]
    case "edit-code": {
      const edit = closed.review.edit
      return answer.id && edit
        ? [{ ...closed, review: { ...closed.review, edit: { ...edit, codeId: answer.id } } }, []]
        : [closed, []]
    }
    case "bulk-score": {
      const threshold = Number(text)
      if (text === "" || !Number.isFinite(threshold))
        return [{ ...s, message: `"${text}" is not a score; type a number such as 0.8` }, []]
      return Review.bulkAccept(closed, purpose.codeId, threshold)
    }
  }
}

const onPromptKey = (s: State, prompt: Prompt, key: KeyPress): Step => {
  if (key === "esc") return [{ ...s, prompt: undefined, message: "cancelled" }, []]
  if (prompt.kind === "text") {
    if (key === "enter") return submit(s, prompt, { text: prompt.value })
    if (key === "backspace")
      return [{ ...s, prompt: { ...prompt, value: [...prompt.value].slice(0, -1).join("") } }, []]
    if (isPrintable(key)) return [{ ...s, prompt: { ...prompt, value: prompt.value + printable(key) } }, []]
    return [s, []]
  }
  const items = matching(prompt)
  if (key === "enter") {
    // only the row drawn under the cursor can be picked, so what is applied is what the person saw
    const item = visible(items, prompt.list, pickerRows(s))[prompt.list.cursor - prompt.list.top]
    return item ? submit(s, prompt, { id: item.id }) : [s, []]
  }
  if (key === "up" || key === "down" || key === "pageup" || key === "pagedown") {
    const moved = navigate(prompt.list, key, items.length, pickerRows(s))
    return [{ ...s, prompt: { ...prompt, list: moved ?? prompt.list } }, []]
  }
  const query =
    key === "backspace"
      ? [...prompt.query].slice(0, -1).join("")
      : isPrintable(key)
        ? prompt.query + printable(key)
        : undefined
  if (query === undefined) return [s, []]
  return [{ ...s, prompt: { ...prompt, query, list: { cursor: 0, top: 0 } } }, []]
}

/** A prompt holds one line, so the line breaks of pasted text become spaces. */
const onPaste = (s: State, text: string): Step => {
  const prompt = s.prompt
  const line = text.replace(/\s*[\r\n]+\s*/g, " ")
  if (!prompt) return [{ ...s, message: "pasted text goes into a prompt or a search; none is open" }, []]
  if (prompt.kind === "text") return [{ ...s, prompt: { ...prompt, value: prompt.value + line } }, []]
  return [{ ...s, prompt: { ...prompt, query: prompt.query + line, list: { cursor: 0, top: 0 } } }, []]
}

const onKey = (s: State, key: KeyPress): Step => {
  if (s.prompt) return onPromptKey(s, s.prompt, key)
  if (s.help) return [{ ...s, help: false }, []]
  if (key === "?") return [{ ...s, help: true }, []]
  const screen = screenOf(s)
  // the review editor and a reader selection use Esc themselves before it means "back"
  const ownsEsc =
    (screen === "review" && s.review.edit) ||
    (screen === "reader" && (s.reader?.anchor || s.reader?.end !== undefined))
  if (key === "q" || (key === "esc" && !ownsEsc)) {
    if (screen === "review" && s.review.edit) return onScreenKey(s, key)
    if (s.stack.length === 1) return key === "q" ? [{ ...s, quit: true }, []] : [s, []]
    return [back(s), []]
  }
  if (key === "u") return [{ ...s, busy: true }, [{ kind: "undo" }]]
  if (key === "U" || key === "ctrl+r") return [{ ...s, busy: true }, [{ kind: "redo" }]]
  if (!s.data && screen !== "dashboard") return [s, []]
  return onScreenKey(s, key)
}

const load: ReadonlyArray<Task> = [{ kind: "load" }]

export const update = (s: State, msg: Msg): Step => Review.withContext(step(s, msg))

const step = (s: State, msg: Msg): Step => {
  switch (msg.type) {
    case "key":
      return onKey(s, msg.key)
    case "paste":
      return onPaste(s, msg.text)
    case "resize":
      return [Sources.rewrap({ ...s, width: msg.width, height: msg.height }), []]
    case "loaded": {
      const data = index(msg.snapshot)
      const next = { ...s, data, busy: false }
      const codes = {
        ...next.codes,
        list: moveTo(next.codes.list, next.codes.list.cursor, data.codes.length, Codes.treeRows(s)),
      }
      return [Review.refresh({ ...next, codes }, data), []]
    }
    case "source-loaded":
      if (msg.purpose === "context")
        return msg.source.sourceId === s.review.contextFor
          ? [{ ...s, review: { ...s.review, context: msg.source } }, []]
          : [s, []]
      if (msg.purpose === "edit") return [Review.startEdit(s, msg.source.text), []]
      if (screenOf(s) !== "reader") return [s, []]
      return [{ ...s, reader: Sources.makeReader(s, msg.source, msg.focus) }, []]
    case "done":
      return [{ ...s, message: msg.message, busy: msg.reload }, msg.reload ? load : []]
    case "failed":
      return [
        {
          ...s,
          message: `failed: ${msg.message}`,
          busy: true,
          export: s.export.state === "running" ? { ...s.export, state: "failed" } : s.export,
        },
        load,
      ]
    case "progress":
      return [
        { ...s, export: { ...s.export, state: "running", done: msg.done, total: msg.total, step: msg.step } },
        [],
      ]
    case "triangulated":
      return [
        {
          ...s,
          triangulation: {
            ...s.triangulation,
            result: msg.result,
            evidence: { cursor: 0, top: 0 },
            list: moveTo(
              s.triangulation.list,
              s.triangulation.list.cursor,
              msg.result.themes.length,
              Countries.matrixRows(s),
            ),
          },
        },
        [],
      ]
    case "compared":
      return [{ ...s, countries: { list: { cursor: 0, top: 0 }, result: msg.result } }, []]
    case "exported":
      return [
        {
          ...s,
          export: { ...s.export, state: "done", done: s.export.total, path: msg.path },
          message: `report written to ${msg.path}`,
        },
        [],
      ]
  }
}
