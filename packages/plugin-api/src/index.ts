export * as Loader from "./Loader.js"
export * from "./Plugin.js"
export type { LoadedPlugin, Registry as PluginRegistry } from "./Registry.js"
export * as Registry from "./Registry.js"
