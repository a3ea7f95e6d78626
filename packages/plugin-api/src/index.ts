export * from "./Plugin.js"
