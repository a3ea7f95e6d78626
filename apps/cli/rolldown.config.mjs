// The `valuelens` command as a few files rather than the ~2,000 modules of its packages and dependencies:
// Node starts a command faster reading one bundle than resolving and linking each module. Each command's
// handler (imported when it runs, see src/Lazy.ts) becomes its own chunk, so `--version` reads only the
// command definitions. better-sqlite3 stays a package: it loads its native addon from beside its own files;
// so does xmllint-wasm, which loads its WebAssembly from beside its own files, and pg (PostgreSQL), whose
// optional native binding the bundler cannot resolve, loaded only for a project on a server.
// The chunks sit beside the compiled modules in dist/ so paths relative to a module (Version.ts reads
// ../package.json) stay right.
import { defineConfig } from "rolldown"

export default defineConfig({
  input: { valuelens: "dist/Main.js" },
  platform: "node",
  external: ["better-sqlite3", "xmllint-wasm", "pg"],
  output: {
    dir: "dist",
    format: "esm",
    entryFileNames: "[name].bundle.js",
    chunkFileNames: "[name]-[hash].bundle.js",
  },
})
