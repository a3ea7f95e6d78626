import { defineConfig } from "vitest/config"

// End-to-end tests start the real binary several times each; on a loaded two-core machine that takes seconds.
export default defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 60_000 } })
