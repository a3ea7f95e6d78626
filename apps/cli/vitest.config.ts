import { defineConfig } from "vitest/config"

// end-to-end tests run the built binary, often several times per test; on a busy machine each run takes seconds
export default defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 120_000 } })
