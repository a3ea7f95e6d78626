/** Why triangulation or a country comparison refuses its input. */
export type TriangulationReason = "invalid-override" | "invalid-range" | "unknown-country"

declare module "@valuelens/core" {
  interface BadInputReasons extends Record<TriangulationReason, true> {}
}
