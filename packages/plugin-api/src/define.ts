/**
 * What a plugin's own code needs at run time: `definePlugin`, the plugin types, and the readers of observation
 * CSV files and lexicon patterns. Import it as `@valuelens/plugin-api/define`: it is a few small modules, so
 * loading a plugin stays quick, whereas the package's main entry also brings the loader and Effect.
 */
export * as Observations from "./Observations.js"
export * as Patterns from "./Patterns.js"
export * from "./Plugin.js"
