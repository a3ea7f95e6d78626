#!/usr/bin/env node
// This module must parse and run on any Node, so that an older one hears which Node is needed rather than
// failing on syntax or a missing export: no static imports, and nothing newer than top-level await.
const major = Number(process.versions.node.split(".")[0])
if (major < 24) {
  process.stderr.write(
    `valuelens needs Node.js 24 or later, and this is Node.js ${process.versions.node}: run bin/valuelens from the ValueLens folder (it fetches Node 24), or install Node.js 24 (https://nodejs.org)\n`,
  )
  process.exit(1)
}

// Node keeps the compiled code on disk (its compile cache, in the system's temporary folder), so every command
// after the first starts faster. The CLI is imported after it is on, and as its bundle (see rolldown.config.mjs).
const { enableCompileCache } = await import("node:module")
enableCompileCache()
const { main }: typeof import("./Main.js") = await import(
  new URL("./valuelens.bundle.js", import.meta.url).href
)

// `valuelens … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
