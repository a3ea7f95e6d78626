import { defineConfig } from "vitest/config"

// The test loads this plugin and the framework through the real loader; on a busy machine that can take longer
// than vitest's 5 s default without anything being wrong.
export default defineConfig({ test: { testTimeout: 60_000 } })
