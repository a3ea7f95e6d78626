/** Why plugins are refused: one not found, or one of the wrong shape. */
export type PluginReason = "invalid-plugin" | "plugin-not-found"

declare module "@valuelens/core" {
  interface BadInputReasons extends Record<PluginReason, true> {}
}
