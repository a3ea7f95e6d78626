export { root } from "./Cli.js"
export { exitCodeOf, main } from "./Main.js"
