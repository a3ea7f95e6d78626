import { defineConfig } from "vitest/config"

// Every package's test setup. The tests open real SQLite files, start the built CLI, drive tmux and Chromium and
// run property tests over the store; on a loaded two-core machine one of them can outlast vitest's 5 s default
// without anything being wrong, so the limit is a minute, for a test and for its set-up (a `beforeAll` that imports
// a real NVivo project, for one).
export default defineConfig({
  test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 60_000, hookTimeout: 60_000 },
})
