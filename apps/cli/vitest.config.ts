import { defineConfig } from "vitest/config"

// End-to-end tests spawn the built CLI several times per test; a busy machine makes each spawn slow.
export default defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"], testTimeout: 120_000 } })
