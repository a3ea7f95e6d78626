import { defineConfig } from "vitest/config"

// Property tests run hundreds of store transactions on real SQLite files; on a loaded two-core machine that
// can take longer than vitest's 5 s default without anything being wrong.
export default defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 60_000 } })
