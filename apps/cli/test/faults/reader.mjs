// A second process holding the project open as the terminal UI does, for the concurrency tests: for the given
// time it reads the project continuously and writes a memo every tenth read, each in its own transaction, then
// prints what it did and every error it met as JSON.
import { Project } from "@valuelens/store"
import { Effect } from "effect"

const [dir, ms] = process.argv.slice(2)
const project = await Effect.runPromise(Project.open(dir))
const store = project.store
const until = performance.now() + Number(ms)
const errors = []
let reads = 0
let writes = 0
while (performance.now() < until) {
  const exit = await Effect.runPromiseExit(
    Effect.gen(function* () {
      yield* store.counts()
      yield* store.sources.list()
      reads++
      if (reads % 10 === 0) {
        yield* store.transaction((tx) =>
          tx.memos.insert({
            id: `memo-${process.pid}-${writes}`,
            target: "project",
            text: `written while another command imports (${writes})`,
            author: "reader",
            createdAt: new Date().toISOString(),
          }),
        )
        writes++
      }
    }),
  )
  if (exit._tag === "Failure") errors.push(String(exit.cause))
  await new Promise((r) => setTimeout(r, 5))
}
await Effect.runPromise(store.close())
process.stdout.write(`${JSON.stringify({ reads, writes, errors })}\n`)
