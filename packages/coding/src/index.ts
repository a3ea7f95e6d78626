export * as Reliability from "./Reliability.js"
