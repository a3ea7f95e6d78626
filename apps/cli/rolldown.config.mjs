// The `valuelens` command as a few files rather than the ~2,000 modules of its packages and dependencies:
// Node starts a command faster reading one bundle than resolving and linking each module. Each command's
// handler (imported when it runs, see src/Lazy.ts) becomes its own chunk, so `--version` reads only the
// command definitions. better-sqlite3 stays a package: it loads its native addon from beside its own files;
// so does xmllint-wasm, which loads its WebAssembly from beside its own files, and pg (PostgreSQL), whose
// optional native binding the bundler cannot resolve, loaded only for a project on a server.
// The chunks sit beside the compiled modules in dist/ so paths relative to a module (Version.ts reads
// ../package.json) stay right.
import { defineConfig } from "rolldown"

// yoga-layout (Ink's layout engine) carries its WebAssembly as a data: URL and reads it with `fetch` whenever
// `fetch` exists; in Node that loads the whole undici HTTP client, tens of milliseconds before the terminal
// UI's first frame, to decode a string. Its loader decodes the same bytes itself when told there is no fetch.
const YOGA_FETCH = 'function ya(){return w||"function"!=typeof fetch?'
const yogaWithoutFetch = {
  name: "yoga-without-fetch",
  transform: {
    filter: { id: /yoga-wasm-base64-esm\.js$/ },
    handler(code) {
      if (!code.includes(YOGA_FETCH))
        throw new Error("yoga-layout's loader changed: update yogaWithoutFetch in rolldown.config.mjs")
      return code.replace(YOGA_FETCH, "function ya(){return true?")
    },
  },
}

export default defineConfig({
  input: { valuelens: "dist/Main.js" },
  platform: "node",
  external: ["better-sqlite3", "xmllint-wasm", "pg"],
  // React and its reconciler in their production builds: the development builds check every render
  transform: { define: { "process.env.NODE_ENV": JSON.stringify("production") } },
  plugins: [yogaWithoutFetch],
  output: {
    dir: "dist",
    format: "esm",
    entryFileNames: "[name].bundle.js",
    chunkFileNames: "[name]-[hash].bundle.js",
  },
})
