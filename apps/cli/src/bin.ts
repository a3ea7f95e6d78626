#!/usr/bin/env node
import { enableCompileCache } from "node:module"

// Node keeps the compiled code of ValueLens and its dependencies on disk (its compile cache, in the system's
// temporary folder), so every command after the first starts about a fifth faster. The modules are imported
// after it is on, hence the dynamic import.
enableCompileCache()
const { main } = await import("./Main.js")

// `valuelens … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
