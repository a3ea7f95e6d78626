import { defineConfig } from "vitest/config"

// Tests drive the built binary; on a busy machine each spawn can take seconds.
export default defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 60_000 } })
