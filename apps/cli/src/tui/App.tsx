/**
 * The container: owns the state, turns key presses into messages, runs tasks through the runtime, and
 * draws the current screen. Screens only render what they are given.
 */
import { useApp, useInput, usePaste, useWindowSize } from "ink"
import { useCallback, useEffect, useRef, useState } from "react"
import { Analyses } from "./analyses/Analyses.js"
import { CodeSegments, CodeTree } from "./codes/CodeTree.js"
import { Frame } from "./components/Frame.js"
import { Help } from "./components/Help.js"
import { thousands } from "./components/Line.js"
import { PromptView } from "./components/PromptView.js"
import { Countries } from "./countries/Countries.js"
import { Dashboard } from "./dashboard/Dashboard.js"
import { Export } from "./export/Export.js"
import { ReviewQueue } from "./review/ReviewQueue.js"
import { perform } from "./runtime.js"
import type { Services } from "./services.js"
import { Reader } from "./sources/Reader.js"
import { SourceList } from "./sources/SourceList.js"
import { update } from "./state/app.js"
import { forScreen } from "./state/help.js"
import { keysOf } from "./state/keys.js"
import { initial, type Msg, type Screen, type State, screenOf, type Task } from "./state/types.js"
import { Triangulation } from "./triangulation/Triangulation.js"

export const titles: Readonly<Record<Screen, string>> = {
  dashboard: "Dashboard",
  sources: "Sources",
  reader: "Reader",
  codes: "Codes",
  "code-segments": "Code segments",
  review: "Review queue",
  analyses: "Analyses",
  triangulation: "Triangulation",
  countries: "Country comparison",
  export: "Export",
}

const hints: Readonly<Record<Screen, string>> = {
  dashboard: "s c r a t k e open a screen · ? keys · q quit",
  sources: "Enter read · f kind · g group · c coded · ? keys · q back",
  reader: "s/S sentence · t/T turn · v select · c code · x uncode · m memo · q back",
  codes: "Enter segments · n new · r rename · d i x e describe · p move · m merge · D delete",
  "code-segments": "Enter open in the reader · Space mark · s split · ? keys · q back",
  review: "a accept · r reject · e edit · n/p move · b bulk · u undo · ? keys · q back",
  analyses: "Tab next table · ↑ ↓ scroll · ? keys · q back",
  triangulation: "↑ ↓ theme · ← → pair · j k evidence · Enter open it · ? keys · q back",
  countries: "↑ ↓ scroll · ? keys · q back",
  export: "← → format · Enter write the report · ? keys · q back",
}

const editHint = "[ ] start · { } end · c code · Enter save and accept · Esc cancel"

const Body = ({ state }: { state: State }) => {
  const screen = screenOf(state)
  if (state.prompt) return <PromptView prompt={state.prompt} state={state} />
  if (state.help) return <Help title={titles[screen]} keys={forScreen(screen)} width={state.width} />
  switch (screen) {
    case "dashboard":
      return <Dashboard state={state} />
    case "sources":
      return <SourceList state={state} />
    case "reader":
      return <Reader state={state} />
    case "codes":
      return <CodeTree state={state} />
    case "code-segments":
      return <CodeSegments state={state} />
    case "review":
      return <ReviewQueue state={state} />
    case "analyses":
      return <Analyses state={state} />
    case "triangulation":
      return <Triangulation state={state} />
    case "countries":
      return <Countries state={state} />
    case "export":
      return <Export state={state} />
  }
}

/** The whole UI for a given state: what tests render to check a frame. */
export const View = ({ state }: { state: State }) => {
  const screen = screenOf(state)
  const status =
    state.message ??
    (screen === "review" && state.review.edit ? editHint : hints[screen]) +
      (screen === "dashboard" && state.data?.undo ? ` · u undo “${state.data.undo}”` : "")
  const title =
    screen === "review" && state.data
      ? `${titles.review} (${thousands(state.data.suggested)} open)`
      : titles[screen]
  return (
    <Frame
      width={state.width}
      height={state.height}
      project={state.data?.project}
      title={title}
      status={status}
    >
      <Body state={state} />
    </Frame>
  )
}

/** State, messages and the task runtime, as a hook: `update` decides, `perform` does. */
export const useProgram = (services: Services, width: number, height: number) => {
  const [state, setState] = useState(() => initial(width, height))
  const ref = useRef(state)
  const pending = useRef(new Set<Promise<void>>())
  // Every message is folded into the latest state held in the ref, never into a rendered copy, and a burst
  // of keys is folded in one go and drawn once: no key reads stale state and none waits for a render.
  const dispatch = useCallback(
    (...msgs: ReadonlyArray<Msg>) => {
      let next = ref.current
      const tasks: Task[] = []
      for (const msg of msgs) {
        const [after, asked] = update(next, msg)
        next = after
        tasks.push(...asked)
      }
      if (next !== ref.current) {
        ref.current = next
        setState(next)
      }
      for (const task of tasks) {
        const p: Promise<void> = perform(task, services, dispatch).finally(() => pending.current.delete(p))
        pending.current.add(p)
      }
    },
    [services],
  )
  /** Resolves once every write asked for so far has landed, so quitting never drops one. */
  const settled = useCallback(() => Promise.allSettled([...pending.current]).then(() => undefined), [])
  useEffect(() => {
    void perform({ kind: "load" }, services, dispatch)
  }, [services, dispatch])
  useEffect(() => {
    if (ref.current.width !== width || ref.current.height !== height)
      dispatch({ type: "resize", width, height })
  }, [width, height, dispatch])
  return [state, dispatch, settled] as const
}

export interface AppProps {
  readonly services: Services
  /** A fixed size (tests); the terminal's size otherwise. */
  readonly width?: number
  readonly height?: number
}

export const App = ({ services, width, height }: AppProps) => {
  const size = useWindowSize()
  const [state, dispatch, settled] = useProgram(services, width ?? size.columns, height ?? size.rows)
  const { exit } = useApp()
  useInput((input, key) => dispatch(...keysOf(input, key).map((k): Msg => ({ type: "key", key: k }))))
  usePaste((text) => dispatch({ type: "paste", text }))
  useEffect(() => {
    if (state.quit) void settled().then(() => exit())
  }, [state.quit, exit, settled])
  return <View state={state} />
}
