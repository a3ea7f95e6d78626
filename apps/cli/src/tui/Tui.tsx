/** Starts the terminal UI: its first screen at once, its data once the project is open. */
import { render } from "ink"
import { App } from "./App.js"
import type { Services } from "./services.js"

/**
 * Services that each wait for `ready` before they run: the view asks for its data as it mounts, and every
 * service returns a promise, so the ones asked for before the project is open simply resolve later. Each call
 * stays in `running` until it settles, so the project is closed only after the last one.
 */
const whenOpen = (ready: Promise<Services>, running: Set<Promise<unknown>>): Services =>
  new Proxy({} as Services, {
    get:
      (_, name) =>
      (...args: ReadonlyArray<unknown>) => {
        const call = ready.then((services) =>
          (services[name as keyof Services] as (...a: ReadonlyArray<unknown>) => Promise<unknown>)(...args),
        )
        running.add(call)
        const forget = () => running.delete(call)
        call.then(forget, forget)
        return call
      },
  })

/** The terminal UI on screen. */
export interface Screen {
  /** Hands the UI the open project's services: it loads its data and takes keys that act on the project. */
  readonly open: (services: Services) => void
  /** Closes the UI (the project could not be opened). */
  readonly close: () => Promise<void>
  /** Resolves when the person has quit and what they asked for has finished. */
  readonly quit: Promise<void>
}

/**
 * Draws the first screen and resolves once it is on the terminal, before the project is open: opening it
 * (the store, the plugins, the codebook brought in line) is most of the start-up, and the first frame needs
 * none of it.
 */
export const start = async (): Promise<Screen> => {
  let open!: (services: Services) => void
  const running = new Set<Promise<unknown>>()
  const services = whenOpen(new Promise<Services>((resolve) => (open = resolve)), running)
  // Ink treats any CI environment as non-interactive and then draws only the last frame; a terminal UI that a
  // person (or a test driving tmux) opened on a terminal must draw every frame, so the terminal decides.
  const app = render(<App services={services} />, {
    alternateScreen: true,
    exitOnCtrlC: true,
    interactive: process.stdout.isTTY === true,
  })
  await app.waitUntilRenderFlush()
  return {
    open,
    close: async () => {
      app.unmount()
      await app.waitUntilExit()
    },
    quit: app.waitUntilExit().then(async () => {
      await Promise.allSettled([...running])
    }),
  }
}
