export * as Agreement from "./Agreement.js"
export * as Reliability from "./Reliability.js"
