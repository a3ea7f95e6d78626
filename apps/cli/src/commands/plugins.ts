import { Command } from "effect/cli"
import { pluginsList } from "./plugins-list.js"
import { pluginsNew } from "./plugins-new.js"

export const plugins = Command.make("plugins").pipe(
  Command.withDescription("list the project's plugins, or scaffold a new one"),
  Command.withSubcommands([pluginsList, pluginsNew]),
)
