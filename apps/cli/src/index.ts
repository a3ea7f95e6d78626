export { root } from "./Cli.js"
export { exitCodeOf, main } from "./Main.js"
export type { CliReason } from "./Reasons.js"
