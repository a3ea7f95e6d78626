import { defineConfig } from "vitest/config"

// end-to-end tests start the built binary several times per test; a busy machine needs more than 5 s
export default defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 60_000 } })
